#!/usr/bin/env node
// Practice Paths — art generator.
// Writes every SVG in assets/art/ (places, characters, icon) from simple flat shapes.
// Run:  node assets/art/make-art.mjs
// Original artwork made for Practice Paths.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- helpers
const r1 = (n) => Math.round(n * 10) / 10;
const hex2rgb = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const rgb2hex = (c) => '#' + c.map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('');
/** mix colour a toward b by t (0..1) */
const mix = (a, b, t) => { const A = hex2rgb(a), B = hex2rgb(b); return rgb2hex(A.map((v, i) => v + (B[i] - v) * t)); };
const SHADOW = '#3b3346';
const dk = (c, t = 0.2) => mix(c, SHADOW, t);
const lt = (c, t = 0.2) => mix(c, '#ffffff', t);

/** Build a path "d" from a template literal, rounding every number. */
const P = (strs, ...vals) => strs.reduce((s, str, i) => s + str + (i < vals.length ? r1(vals[i]) : ''), '').replace(/\s+/g, ' ').trim();
const path = (d, fill, extra = '') => `<path d="${d}" fill="${fill}"${extra}/>`;
const rect = (x, y, w, h, fill, rx = 0, extra = '') => `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}"${rx ? ` rx="${r1(rx)}"` : ''} fill="${fill}"${extra}/>`;
const circ = (x, y, r, fill, extra = '') => `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${fill}"${extra}/>`;
const ell = (x, y, rx, ry, fill, extra = '') => `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(rx)}" ry="${r1(ry)}" fill="${fill}"${extra}/>`;
const poly = (pts, fill, extra = '') => `<polygon points="${pts.map((p) => p.map(r1).join(',')).join(' ')}" fill="${fill}"${extra}/>`;
const line = (d, stroke, w, extra = '') => `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"${extra}/>`;
const g = (inner, attrs = '') => `<g${attrs ? ' ' + attrs : ''}>${inner}</g>`;

function write(rel, svg) {
  const file = join(ROOT, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, svg.replace(/>\s+</g, '><') + '\n');
}

// ---------------------------------------------------------------- palette
const PAL = {
  ink: '#352f3d',
  paper: '#faf6ef',
  cream: '#f2eadc',
  sand: '#e4d5bf',
  sage: '#a9bf9f',
  sageDk: '#86a07e',
  teal: '#7eaaa5',
  blue: '#93b1c6',
  navy: '#4a5b72',
  terracotta: '#d3917a',
  mustard: '#e2bc6e',
  plum: '#9d829f',
  rose: '#e6b7ae',
  wood: '#c8a27e',
  grey: '#bfc3c6',
};

// ---------------------------------------------------------------- portraits
// One parametric figure: 600x800, head-and-shoulders to waist, turned slightly to the right,
// lit from the upper right (left side of face and body falls into a flat shade block).
const CX = 300;
const EYE = '#2e2833';

function geom(age, build) {
  if (age === 'teen') return { teen: true, w: 82, cy: 306, chin: 114, eye: 24, mouth: 70, sw: 166, sy: 492, nw: 58, dx: 11 };
  const m = build === 'm';
  return { teen: false, w: m ? 87 : 84, cy: 298, chin: m ? 132 : 126, eye: 14, mouth: m ? 82 : 78, sw: m ? 210 : 186, sy: 506, nw: m ? 80 : 64, dx: 12 };
}

function headPath(G) {
  const { w, cy, dx } = G; const x = CX; const cb = cy + G.chin;
  const j = G.teen ? 50 : 42; // softer, rounder jaw for the young people
  return P`M${x - w} ${cy} C${x - w} ${cy - 158} ${x + w} ${cy - 158} ${x + w} ${cy}
    C${x + w + 1} ${cy + 74} ${x + dx + j} ${cb} ${x + dx} ${cb}
    C${x + dx - j - 6} ${cb} ${x - w - 1} ${cy + 78} ${x - w} ${cy} Z`;
}

function torsoPath(G, dip = 36) {
  const { sw, sy } = G; const x = CX + 4; const nl = G.nw / 2 + 16;
  return P`M${x - sw} 800 L${x - sw} ${sy + 84} Q${x - sw + 2} ${sy - 2} ${x - sw + 88} ${sy - 10}
    L${x - nl} ${sy - 16} Q${x} ${sy + dip} ${x + nl} ${sy - 16}
    L${x + sw - 88} ${sy - 10} Q${x + sw - 2} ${sy - 2} ${x + sw} ${sy + 84} L${x + sw} 800 Z`;
}
function armLPath(G) {
  const { sw, sy } = G; const x = CX + 4;
  return P`M${x - sw} 800 L${x - sw} ${sy + 84} Q${x - sw + 2} ${sy - 2} ${x - sw + 88} ${sy - 10}
    Q${x - sw + 66} ${sy + 40} ${x - sw + 64} ${sy + 110} L${x - sw + 60} 800 Z`;
}
const armRLine = (G) => { const { sw, sy } = G; const x = CX + 4; return P`M${x + sw - 70} ${sy + 60} Q${x + sw - 62} ${sy + 160} ${x + sw - 60} 800`; };

// ---- hair: each returns { back, front } (back is drawn behind the head, front over it)
function capPath(G, o = {}) {
  const { w, cy, dx } = G; const x = CX;
  const v = o.vol ?? 14;          // volume above the skull
  const s = o.side ?? 6;          // extra width at the sides
  const hl = o.hairline ?? 62;    // hairline height above cy
  const low = o.low ?? 26;        // how far down the sides reach (below cy)
  const top = 158 + v * 1.33;
  return P`M${x - w - s} ${cy + low} C${x - w - s - 6} ${cy - top} ${x + w + s + 6} ${cy - top} ${x + w + s} ${cy + low - 6}
    Q${x + w + s / 2} ${cy + low + 6} ${x + w - 2} ${cy + low - 10} C${x + w - 6} ${cy - 30} ${x + dx + 40} ${cy - hl - 6} ${x + dx - 6} ${cy - hl}
    C${x - 34} ${cy - hl + 4} ${x - w + 8} ${cy - 34} ${x - w + 4} ${cy + low - 4} Q${x - w - s / 2} ${cy + low + 10} ${x - w - s} ${cy + low} Z`;
}

const HAIR = {
  braids(G, c) {
    // long box braids: a hair mass with a fine plait texture, one side forward over the shoulder
    const { w, cy, sy } = G; const x = CX; const c2 = lt(c, 0.14); const bead = '#e0b85a';
    const tex = (x0, x1, y0, y1, bend, step = 13) => { let t = ''; for (let bx = x0; bx <= x1; bx += step) t += line(P`M${bx} ${y0} Q${bx + bend} ${(y0 + y1) / 2} ${bx + bend * 0.6} ${y1}`, c2, 2.5); return t; };
    const backD = P`M${x - w - 26} ${cy} C${x - w - 34} ${cy - 190} ${x + w + 34} ${cy - 190} ${x + w + 26} ${cy}
      L${x + w + 48} ${sy + 150} Q${x + w} ${sy + 168} ${x + w - 12} ${sy + 140} L${x - w} ${sy + 40} L${x - w - 30} ${sy + 20} Z`;
    let back = path(backD, dk(c, 0.1)) + `<clipPath id="bb"><path d="${backD}"/></clipPath>` + g(tex(x + w - 30, x + w + 50, cy - 40, sy + 170, 10), 'clip-path="url(#bb)"');
    let front = path(capPath(G, { vol: 18, side: 12, hairline: 66, low: 10 }), c);
    // box-braid partings on the cap
    front += line(P`M${x + G.dx - 4} ${cy - 66} Q${x} ${cy - 110} ${x - 18} ${cy - 138}`, c2, 2.5);
    front += line(P`M${x - 40} ${cy - 60} Q${x - 56} ${cy - 96} ${x - 60} ${cy - 124}`, c2, 2.5);
    front += line(P`M${x + 48} ${cy - 60} Q${x + 58} ${cy - 96} ${x + 52} ${cy - 128}`, c2, 2.5);
    // forward curtain over her right shoulder (image left)
    const fD = P`M${x - w - 14} ${cy - 60} C${x - w - 30} ${cy + 40} ${x - w - 34} ${sy} ${x - w - 46} ${sy + 150}
      L${x - w + 16} ${sy + 160} C${x - w + 12} ${sy + 40} ${x - w + 6} ${cy + 60} ${x - w + 12} ${cy - 40} Z`;
    front += path(fD, c) + `<clipPath id="bf"><path d="${fD}"/></clipPath>` + g(tex(x - w - 40, x - w + 16, cy - 70, sy + 170, -12, 12), 'clip-path="url(#bf)"');
    for (let k = 0; k < 5; k++) front += circ(x - w - 40 + k * 12.5, sy + 154 + (k % 2) * 5, 6.5, c);
    front += rect(x - w - 32, sy + 120, 14, 9, bead, 3) + rect(x - w - 8, sy + 126, 14, 9, bead, 3);
    return { back, front };
  },
  bun(G, c, o = {}) {
    const { w, cy, dx } = G; const x = CX; const tip = o.tip ?? lt(c, 0.2);
    let back = circ(x - 8, cy - 136, 46, dk(c, 0.08)) + circ(x + 22, cy - 150, 26, c);
    back += path(P`M${x - w - 4} ${cy + 10} Q${x - w - 10} ${cy + 90} ${x - w + 14} ${cy + 120} L${x - w + 30} ${cy + 40} Z`, dk(c, 0.12));
    let front = path(capPath(G, { vol: 10, side: 6, hairline: 60, low: 30 }), c);
    // side-swept fringe
    front += path(P`M${x - 52} ${cy - 104} C${x + 10} ${cy - 96} ${x + w} ${cy - 70} ${x + w + 6} ${cy + 4}
      C${x + w - 14} ${cy - 36} ${x + 30} ${cy - 52} ${x - 10} ${cy - 50} C${x - 30} ${cy - 70} ${x - 50} ${cy - 86} ${x - 52} ${cy - 104} Z`, c);
    // a wisp by the left ear and a small hair clip
    front += line(P`M${x - w + 2} ${cy - 10} Q${x - w - 8} ${cy + 40} ${x - w + 4} ${cy + 80}`, c, 4);
    front += g(rect(x + 34, cy - 90, 34, 11, tip, 5), `transform="rotate(14 ${x + 50} ${cy - 84})"`);
    return { back, front };
  },
  long(G, c) {
    const { w, cy, dx } = G; const x = CX;
    const back = path(P`M${x - w - 22} ${cy} C${x - w - 30} ${cy - 190} ${x + w + 30} ${cy - 190} ${x + w + 22} ${cy}
      L${x + w + 40} ${G.sy + 120} Q${x} ${G.sy + 140} ${x - w - 44} ${G.sy + 120} Z`, dk(c, 0.12));
    let front = path(capPath(G, { vol: 12, side: 10, hairline: 64, low: 10 }), c);
    // curtains either side of the face, falling onto the shoulders with soft tapered ends
    front += path(P`M${x - w - 16} ${cy - 40} C${x - w - 26} ${cy + 80} ${x - w - 24} ${G.sy} ${x - w - 30} ${G.sy + 70}
      Q${x - w - 22} ${G.sy + 104} ${x - w - 4} ${G.sy + 92} C${x - w + 4} ${cy + 120} ${x - w + 4} ${cy + 20} ${x - w + 14} ${cy - 50} Z`, c);
    front += path(P`M${x + w - 10} ${cy - 50} C${x + w + 6} ${cy + 20} ${x + w + 4} ${cy + 120} ${x + w + 8} ${G.sy + 84}
      Q${x + w + 26} ${G.sy + 100} ${x + w + 32} ${G.sy + 64} C${x + w + 26} ${G.sy} ${x + w + 28} ${cy + 70} ${x + w + 16} ${cy - 40} Z`, c);
    // a side parting with a sweep across the forehead
    front += path(P`M${x - 26} ${cy - 120} C${x + 30} ${cy - 100} ${x + w - 6} ${cy - 74} ${x + w + 6} ${cy - 20}
      C${x + w - 20} ${cy - 50} ${x + 20} ${cy - 64} ${x - 14} ${cy - 60} Z`, lt(c, 0.06));
    return { back, front };
  },
  shoulder(G, c) {
    const { w, cy, dx } = G; const x = CX;
    const back = path(P`M${x - w - 18} ${cy} C${x - w - 26} ${cy - 190} ${x + w + 26} ${cy - 190} ${x + w + 18} ${cy}
      L${x + w + 24} ${cy + 150} Q${x} ${cy + 176} ${x - w - 26} ${cy + 150} Z`, dk(c, 0.12));
    let front = path(capPath(G, { vol: 14, side: 8, hairline: 62, low: 4 }), c);
    // right side falls to the jaw, left side tucked behind the ear
    front += path(P`M${x + w - 16} ${cy - 60} C${x + w + 8} ${cy} ${x + w + 4} ${cy + 100} ${x + w + 26} ${cy + 150}
      L${x + w - 6} ${cy + 150} C${x + w - 4} ${cy + 90} ${x + w - 4} ${cy + 20} ${x + w - 20} ${cy - 40} Z`, c);
    front += path(P`M${x - 40} ${cy - 118} C${x + 20} ${cy - 104} ${x + w - 10} ${cy - 80} ${x + w + 2} ${cy - 30}
      C${x + w - 26} ${cy - 56} ${x + 10} ${cy - 62} ${x - 24} ${cy - 58} Z`, lt(c, 0.07));
    return { back, front };
  },
  short(G, c, o = {}) {
    const { w, cy } = G; const x = CX;
    let front = path(capPath(G, { vol: o.vol ?? 12, side: 3, hairline: o.hairline ?? 70, low: o.low ?? 6 }), c);
    // a soft side-swept quiff and a parting
    front += path(P`M${x - 20} ${cy - 74} C${x + 10} ${cy - 96} ${x + 50} ${cy - 96} ${x + w - 4} ${cy - 60} C${x + 50} ${cy - 82} ${x + 14} ${cy - 84} ${x - 20} ${cy - 74} Z`, dk(c, 0.12));
    front += line(P`M${x - 38} ${cy - 74} Q${x - 44} ${cy - 100} ${x - 34} ${cy - 118}`, lt(c, 0.12), 3);
    return { back: '', front };
  },
  fade(G, c, o = {}) {
    // short on top with a crisp hairline, faded at the sides
    const { w, cy } = G; const x = CX; const side = mix(c, o.skin, 0.5);
    let front = path(P`M${x - w - 3} ${cy - 56} L${x - w + 1} ${cy + 16} L${x - w + 14} ${cy + 14} L${x - w + 12} ${cy - 56} Z`, side);
    front += path(P`M${x + w + 3} ${cy - 60} L${x + w} ${cy + 12} L${x + w - 8} ${cy + 10} L${x + w - 10} ${cy - 60} Z`, side);
    front += path(P`M${x - w - 3} ${cy - 26} C${x - w - 8} ${cy - 172} ${x + w + 8} ${cy - 172} ${x + w + 3} ${cy - 30}
      L${x + w - 6} ${cy - 48} Q${x + w - 12} ${cy - 74} ${x + w - 40} ${cy - 76} L${x - w + 40} ${cy - 74} Q${x - w + 12} ${cy - 72} ${x - w + 8} ${cy - 44} Z`, c);
    front += line(P`M${x - 40} ${cy - 116} Q${x} ${cy - 124} ${x + 44} ${cy - 112}`, lt(c, 0.1), 3) + line(P`M${x - 56} ${cy - 96} Q${x} ${cy - 104} ${x + 60} ${cy - 94}`, lt(c, 0.1), 3);
    return { back: '', front };
  },
  shaved(G, c, o = {}) {
    return { back: '', front: path(capPath(G, { vol: 1, side: 0, hairline: 70, low: -4 }), mix(c, o.skin, 0.55)) };
  },
  curlyShort(G, c) {
    const { w, cy } = G; const x = CX; let front = ''; const c2 = dk(c, 0.08);
    const pts = [[-78, 0, 22], [-84, -34, 24], [-76, -70, 26], [-52, -100, 28], [-18, -118, 28], [18, -120, 28], [52, -106, 28],
      [76, -76, 26], [86, -40, 22], [84, -6, 18], [-40, -70, 30], [0, -88, 30], [38, -80, 30], [64, -50, 22], [-60, -40, 22]];
    front += pts.map(([px, py, r], i) => circ(x + px, cy + py, r, i % 3 ? c : c2)).join('');
    return { back: '', front };
  },
  bob(G, c) {
    const { w, cy, dx } = G; const x = CX;
    const back = path(P`M${x - w - 22} ${cy} C${x - w - 30} ${cy - 190} ${x + w + 30} ${cy - 190} ${x + w + 22} ${cy}
      L${x + w + 22} ${cy + 112} L${x - w - 26} ${cy + 112} Z`, dk(c, 0.15));
    let front = path(P`M${x - w - 22} ${cy + 112} C${x - w - 30} ${cy - 40} ${x - w - 24} ${cy - 146} ${x} ${cy - 146}
      C${x + w + 24} ${cy - 146} ${x + w + 30} ${cy - 40} ${x + w + 22} ${cy + 112}
      L${x + w - 2} ${cy + 110} C${x + w - 4} ${cy + 40} ${x + w} ${cy - 10} ${x + w - 10} ${cy - 36}
      L${x - w + 10} ${cy - 36} C${x - w + 2} ${cy} ${x - w + 4} ${cy + 40} ${x - w + 2} ${cy + 112} Z`, c);
    // fringe edge, slightly uneven
    front += path(P`M${x - w + 8} ${cy - 36} L${x + w - 8} ${cy - 36} L${x + w - 14} ${cy - 28} L${x + 30} ${cy - 30} L${x - 10} ${cy - 26} L${x - w + 14} ${cy - 30} Z`, c);
    front += path(P`M${x - 40} ${cy - 130} C${x} ${cy - 138} ${x + 60} ${cy - 128} ${x + 74} ${cy - 90} C${x + 40} ${cy - 110} ${x} ${cy - 112} ${x - 40} ${cy - 110} Z`, lt(c, 0.12));
    return { back, front };
  },
  puff(G, c) {
    const { w, cy } = G; const x = CX;
    const back = circ(x - 34, cy - 110, 66, dk(c, 0.1)) + circ(x - 60, cy - 130, 36, dk(c, 0.04));
    let front = path(capPath(G, { vol: 6, side: 3, hairline: 64, low: 0 }), c);
    front += line(P`M${x - 36} ${cy - 104} Q${x - 10} ${cy - 140} ${x + 30} ${cy - 124}`, lt(c, 0.08), 3);
    front += line(P`M${x - 62} ${cy - 70} Q${x - 44} ${cy - 116} ${x - 10} ${cy - 128}`, lt(c, 0.08), 3);
    return { back, front };
  },
  curlyTop(G, c, o = {}) {
    const { w, cy } = G; const x = CX;
    let front = path(capPath(G, { vol: 2, side: 1, hairline: 66, low: 0 }), mix(c, o.skin, 0.3));
    const pts = [[-62, -88, 22], [-40, -112, 24], [-12, -124, 26], [18, -124, 26], [46, -114, 24], [66, -92, 22], [-30, -86, 22], [4, -96, 24], [36, -90, 22], [70, -70, 14], [-66, -66, 14]];
    front += pts.map(([px, py, r], i) => circ(x + px, cy + py, r, i % 2 ? c : lt(c, 0.08))).join('');
    return { back: '', front };
  },
  receding(G, c) {
    // close-cropped grey hair at the sides and back, bald on top
    const { w, cy } = G; const x = CX;
    let front = path(P`M${x - w - 7} ${cy + 34} C${x - w - 12} ${cy - 20} ${x - w - 6} ${cy - 70} ${x - w + 22} ${cy - 92}
      C${x - w + 16} ${cy - 60} ${x - w + 12} ${cy - 20} ${x - w + 10} ${cy + 34} Z`, c);
    front += path(P`M${x + w + 6} ${cy + 30} C${x + w + 10} ${cy - 20} ${x + w + 4} ${cy - 64} ${x + w - 18} ${cy - 86}
      C${x + w - 12} ${cy - 56} ${x + w - 6} ${cy - 20} ${x + w - 5} ${cy + 30} Z`, c);
    return { back: '', front };
  },
  layered(G, c) {
    const { w, cy, dx } = G; const x = CX;
    const back = path(P`M${x - w - 18} ${cy} C${x - w - 26} ${cy - 190} ${x + w + 26} ${cy - 190} ${x + w + 18} ${cy}
      L${x + w + 18} ${cy + 70} Q${x} ${cy + 90} ${x - w - 22} ${cy + 70} Z`, dk(c, 0.14));
    let front = path(capPath(G, { vol: 20, side: 12, hairline: 58, low: 40 }), c);
    front += path(P`M${x - 46} ${cy - 126} C${x + 30} ${cy - 124} ${x + w + 6} ${cy - 90} ${x + w + 10} ${cy - 16}
      C${x + w - 16} ${cy - 60} ${x + 20} ${cy - 62} ${x - 30} ${cy - 56} C${x - 50} ${cy - 80} ${x - 54} ${cy - 106} ${x - 46} ${cy - 126} Z`, lt(c, 0.1));
    return { back, front };
  },
  tousled(G, c) {
    const { w, cy } = G; const x = CX;
    let front = path(capPath(G, { vol: 22, side: 6, hairline: 58, low: 10 }), c);
    front += path(P`M${x - 50} ${cy - 118} C${x} ${cy - 128} ${x + w} ${cy - 100} ${x + w + 10} ${cy - 36}
      C${x + w - 16} ${cy - 60} ${x + 20} ${cy - 68} ${x - 24} ${cy - 64} C${x - 44} ${cy - 80} ${x - 52} ${cy - 100} ${x - 50} ${cy - 118} Z`, lt(c, 0.1));
    return { back: '', front };
  },
  tiedBack(G, c) {
    const { w, cy } = G; const x = CX;
    const back = '';
    let front = path(capPath(G, { vol: 8, side: 4, hairline: 62, low: 10 }), c);
    front += line(P`M${x - 50} ${cy - 90} Q${x - 10} ${cy - 124} ${x + 50} ${cy - 106}`, lt(c, 0.1), 4);
    return { back, front };
  },
  hijab(G, c) {
    // a headscarf framing the face and falling over the shoulders: one shape with the face cut out (even-odd)
    const { w, cy, dx, sy } = G; const x = CX;
    const top = cy - 62; const bottom = cy + G.chin - 8; const fcx = x + dx * 0.7;
    const fry = (bottom - top) / 2; const fcy = top + fry; const frx = w - 14;
    const outer = P`M${x - w - 30} ${cy + 10} C${x - w - 34} ${cy - 200} ${x + w + 34} ${cy - 200} ${x + w + 30} ${cy + 10}
      C${x + w + 34} ${cy + 120} ${x + w + 56} ${sy - 40} ${x + w + 76} ${sy + 10} Q${x} ${sy + 96} ${x - w - 76} ${sy + 10}
      C${x - w - 56} ${sy - 40} ${x - w - 34} ${cy + 120} ${x - w - 30} ${cy + 10} Z`;
    const face = P`M${fcx - frx} ${fcy} A${frx} ${fry} 0 1 0 ${fcx + frx} ${fcy} A${frx} ${fry} 0 1 0 ${fcx - frx} ${fcy} Z`;
    let front = `<path d="${outer} ${face}" fill="${c}" fill-rule="evenodd"/>`;
    // a soft fold from the crown to the shoulder, in shade on the left
    front += path(P`M${x - w - 30} ${cy + 10} C${x - w - 34} ${cy - 120} ${x - 40} ${cy - 170} ${x} ${cy - 168} C${x - 60} ${cy - 140} ${x - w - 4} ${cy - 60} ${x - w - 8} ${cy + 40}
      C${x - w - 20} ${cy + 120} ${x - w - 50} ${sy - 30} ${x - w - 76} ${sy + 10} C${x - w - 56} ${sy - 40} ${x - w - 34} ${cy + 120} ${x - w - 30} ${cy + 10} Z`, dk(c, 0.14));
    front += line(P`M${fcx - frx + 6} ${top + 40} Q${fcx} ${top - 14} ${fcx + frx - 6} ${top + 40}`, lt(c, 0.12), 5);
    return { back: '', front };
  },
};

// ---- beards
function beard(G, c, kind) {
  const { w, cy, dx } = G; const x = CX; const my = cy + G.eye + G.mouth; const cb = cy + G.chin;
  const op = kind === 'stubble' ? ' opacity=".25"' : '';
  const t = kind === 'short' ? 34 : 10; // a trimmed beard starts lower on the cheek
  const d = P`M${x - w - 2} ${cy + t} L${x - w + 8} ${cy + t} C${x - w + 14} ${cy + 70} ${x + dx - 40} ${my - 16} ${x + dx - 6} ${my - 16}
    C${x + dx + 30} ${my - 16} ${x + w - 12} ${cy + 70} ${x + w - 6} ${cy + t - 6} L${x + w + 4} ${cy + t - 6}
    L${x + w + 6} ${cb + 40} L${x - w - 6} ${cb + 40} Z`;
  let s = path(d, c, op);
  if (kind !== 'stubble') {
    s += path(P`M${x + dx - 26} ${my - 6} Q${x + dx} ${my - 22} ${x + dx + 28} ${my - 8} Q${x + dx} ${my - 14} ${x + dx - 26} ${my - 6} Z`, c);
  }
  return s;
}

// ---- clothing pieces (drawn over the torso)
function lanyard(G, strap, card = '#fbf8f2') {
  const { sy } = G; const x = CX + 4; const nl = G.nw / 2 + 10;
  let s = line(P`M${x - nl} ${sy - 14} Q${x - nl + 6} ${sy + 60} ${x - 14} ${sy + 130}`, strap, 9);
  s += line(P`M${x + nl} ${sy - 14} Q${x + nl - 6} ${sy + 60} ${x + 14} ${sy + 130}`, strap, 9);
  s += rect(x - 12, sy + 124, 24, 16, dk(strap, 0.25), 4);
  s += rect(x - 38, sy + 136, 76, 102, card, 9);
  s += rect(x - 26, sy + 150, 30, 34, mix(strap, '#ffffff', 0.55), 4);
  s += rect(x + 10, sy + 154, 18, 6, '#c9c3bb', 3) + rect(x - 26, sy + 196, 52, 6, '#c9c3bb', 3) + rect(x - 26, sy + 210, 38, 6, '#c9c3bb', 3);
  return s;
}

function clothes(G, o) {
  const { sy, sw, nw } = G; const x = CX + 4; const nl = nw / 2 + 16;
  const main = o.main; const sh = dk(main, 0.2);
  let behind = ''; let body = '';
  const base = (fill, dip = 36) => path(torsoPath(G, dip), fill) + path(armLPath(G), dk(fill, 0.18)) + line(armRLine(G), dk(fill, 0.14), 4);
  // a flat front opening (cardigan / jacket): the inner layer shows between two panels
  const opening = (inner, top, bottom, wTop = nl - 4, wBot = 22) =>
    path(P`M${x - wTop} ${top} L${x + wTop} ${top} L${x + wBot} ${bottom} L${x - wBot} ${bottom} Z`, inner);
  const crew = (fill) => line(P`M${x - nl + 2} ${sy - 14} Q${x} ${sy + 34} ${x + nl - 2} ${sy - 14}`, fill, 10);
  switch (o.type) {
    case 'hoodie': {
      behind += path(P`M${x - nl - 40} ${sy + 10} Q${x - nl - 34} ${sy - 50} ${x} ${sy - 50} Q${x + nl + 34} ${sy - 50} ${x + nl + 40} ${sy + 10} Z`, dk(main, 0.28));
      body += base(main, 40);
      body += line(P`M${x - nl - 8} ${sy - 22} Q${x} ${sy + 74} ${x + nl + 8} ${sy - 22}`, dk(main, 0.1), 24);
      body += line(P`M${x - 16} ${sy + 40} L${x - 20} ${sy + 120}`, o.cord ?? '#f3ede4', 5) + line(P`M${x + 18} ${sy + 40} L${x + 22} ${sy + 112}`, o.cord ?? '#f3ede4', 5);
      body += path(P`M${x - 100} 800 L${x - 82} ${sy + 196} L${x + 82} ${sy + 196} L${x + 100} 800 Z`, dk(main, 0.07));
      break;
    }
    case 'cardigan': {
      body += base(main);
      body += opening(o.inner, sy - 16, 800, nl - 2, o.open ?? 34);
      if (o.innerNeck) body += crew(dk(o.inner, 0.12));
      body += line(P`M${x - nl + 2} ${sy - 14} L${x - (o.open ?? 34)} 800`, dk(main, 0.12), 6) + line(P`M${x + nl - 2} ${sy - 14} L${x + (o.open ?? 34)} 800`, dk(main, 0.06), 6);
      if (o.buttons) for (let k = 0; k < 3; k++) body += circ(x + (o.open ?? 34) - 6 + (k * -4), sy + 150 + k * 70, 5, dk(main, 0.3));
      break;
    }
    case 'jacket': { // denim jacket / blazer with lapels over a top
      body += base(main);
      body += opening(o.inner, sy - 16, 800, nl - 2, o.open ?? 46);
      if (o.stripes) {
        const op = o.open ?? 46; const t0 = sy - 16; const wAt = (yy) => (nl - 2) + ((op) - (nl - 2)) * (yy - t0) / (800 - t0);
        for (let k = 0; k < 7; k++) { const y0 = sy + 40 + k * 40, y1 = y0 + 14; body += poly([[x - wAt(y0), y0], [x + wAt(y0), y0], [x + wAt(y1), y1], [x - wAt(y1), y1]], o.stripes); }
      }
      body += crew(dk(o.inner, 0.1));
      // lapels
      const lap = dk(main, 0.1);
      body += path(P`M${x - nl} ${sy - 18} L${x - nl - 26} ${sy - 4} L${x - 46} ${sy + 170} L${x - 42} ${sy + 60} Z`, lap);
      body += path(P`M${x + nl} ${sy - 18} L${x + nl + 26} ${sy - 4} L${x + 46} ${sy + 170} L${x + 42} ${sy + 60} Z`, lt(main, 0.06));
      if (o.seams) body += line(P`M${x - 150} ${sy + 120} L${x - 60} ${sy + 124}`, dk(main, 0.14), 4) + line(P`M${x + 60} ${sy + 124} L${x + 150} ${sy + 120}`, dk(main, 0.14), 4)
        + rect(x - 128, sy + 130, 54, 44, dk(main, 0.06), 6) + rect(x + 74, sy + 130, 54, 44, dk(main, 0.06), 6);
      break;
    }
    case 'fleece': {
      body += base(main, 10);
      body += path(P`M${x - nl - 2} ${sy + 8} L${x - nl + 2} ${sy - 44} Q${x} ${sy - 30} ${x + nl - 2} ${sy - 44} L${x + nl + 2} ${sy + 8} Q${x} ${sy + 30} ${x - nl - 2} ${sy + 8} Z`, dk(main, 0.08));
      body += line(P`M${x + 4} ${sy + 16} L${x + 4} 800`, dk(main, 0.3), 4) + rect(x - 1, sy + 14, 10, 22, '#c8c8c4', 3);
      body += rect(x + 60, sy + 90, 52, 30, o.badge ?? '#8fae87', 6) + path(P`M${x + 72} ${sy + 112} Q${x + 86} ${sy + 94} ${x + 100} ${sy + 98} Q${x + 92} ${sy + 112} ${x + 72} ${sy + 112} Z`, '#f1efe6');
      break;
    }
    case 'shirtJumper': { // v-neck jumper over a collared shirt
      body += base(main, 20);
      body += path(P`M${x - nl + 2} ${sy - 16} L${x} ${sy + 110} L${x + nl - 2} ${sy - 16} Q${x} ${sy + 24} ${x - nl + 2} ${sy - 16} Z`, o.shirt);
      body += path(P`M${x - nw / 2 - 2} ${sy - 38} L${x - nl - 10} ${sy - 8} L${x - 4} ${sy + 40} L${x - 30} ${sy + 44} Z`, lt(o.shirt, 0.3)) + path(P`M${x + nw / 2 + 2} ${sy - 38} L${x + nl + 10} ${sy - 8} L${x + 4} ${sy + 40} L${x + 30} ${sy + 44} Z`, lt(o.shirt, 0.5));
      body += path(P`M${x - nw / 2 - 2} ${sy - 38} L${x} ${sy + 6} L${x + nw / 2 + 2} ${sy - 38} L${x + nw / 2 + 6} ${sy - 30} L${x} ${sy + 26} L${x - nw / 2 - 6} ${sy - 30} Z`, dk(o.shirt, 0.05));
      body += line(P`M${x - nl + 4} ${sy - 10} L${x} ${sy + 112} L${x + nl - 4} ${sy - 10}`, dk(main, 0.12), 8);
      break;
    }
    case 'tee': {
      body += base(main, 34);
      body += crew(dk(main, 0.12));
      if (o.overshirt) {
        const os = o.overshirt;
        body += path(P`M${x - sw} 800 L${x - sw} ${sy + 84} Q${x - sw + 2} ${sy - 2} ${x - sw + 88} ${sy - 10} L${x - nl - 2} ${sy - 20} L${x - 58} 800 Z`, os);
        body += path(P`M${x + sw} 800 L${x + sw} ${sy + 84} Q${x + sw - 2} ${sy - 2} ${x + sw - 88} ${sy - 10} L${x + nl + 2} ${sy - 20} L${x + 58} 800 Z`, os);
        body += path(armLPath(G), dk(os, 0.18)) + line(armRLine(G), dk(os, 0.14), 4);
        body += path(P`M${x - nl - 2} ${sy - 22} L${x - nl - 30} ${sy - 6} L${x - 62} ${sy + 70} Z`, dk(os, 0.12)) + path(P`M${x + nl + 2} ${sy - 22} L${x + nl + 30} ${sy - 6} L${x + 62} ${sy + 70} Z`, lt(os, 0.08));
        body += line(P`M${x - 150} ${sy + 100} L${x - 84} ${sy + 100}`, dk(os, 0.14), 4) + line(P`M${x - 150} ${sy + 160} L${x - 84} ${sy + 160}`, dk(os, 0.14), 4);
      }
      break;
    }
    case 'sweat': {
      body += base(main, 30);
      body += crew(dk(main, 0.14));
      if (o.stripe) body += path(P`M${x - sw} ${sy + 200} L${x + sw} ${sy + 200} L${x + sw} ${sy + 226} L${x - sw} ${sy + 226} Z`, o.stripe);
      break;
    }
    case 'police': {
      const shirt = '#4b5a70'; const vest = '#2f3743';
      body += base(shirt, 20);
      body += path(P`M${x - nl - 6} ${sy - 30} L${x - nl + 8} ${sy + 10} L${x} ${sy + 40} L${x - 6} ${sy + 8} Z`, lt(shirt, 0.12)) + path(P`M${x + nl + 6} ${sy - 30} L${x + nl - 8} ${sy + 10} L${x} ${sy + 40} L${x + 6} ${sy + 8} Z`, lt(shirt, 0.18));
      body += path(P`M${x - sw + 70} 800 L${x - sw + 74} ${sy + 30} Q${x - sw + 80} ${sy - 8} ${x - nl - 10} ${sy - 10} Q${x} ${sy + 50} ${x + nl + 10} ${sy - 10} Q${x + sw - 80} ${sy - 8} ${x + sw - 74} ${sy + 30} L${x + sw - 70} 800 Z`, vest);
      body += path(P`M${x - sw + 70} 800 L${x - sw + 74} ${sy + 30} Q${x - sw + 80} ${sy - 8} ${x - nl - 10} ${sy - 10} L${x - sw + 120} 800 Z`, dk(vest, 0.2));
      body += rect(x - sw + 76, sy + 210, 2 * sw - 152, 18, '#9aa3ab') + rect(x - sw + 74, sy + 250, 2 * sw - 148, 18, '#9aa3ab');
      // shoulder epaulettes & a radio on the chest
      body += path(P`M${x - sw + 20} ${sy + 18} L${x - nl - 22} ${sy - 8} L${x - nl - 16} ${sy + 12} L${x - sw + 26} ${sy + 38} Z`, '#262c35');
      body += path(P`M${x + sw - 20} ${sy + 18} L${x + nl + 22} ${sy - 8} L${x + nl + 16} ${sy + 12} L${x + sw - 26} ${sy + 38} Z`, '#262c35');
      body += rect(x - 110, sy + 70, 40, 64, '#1f242c', 8) + rect(x - 102, sy + 80, 24, 14, '#6f8594', 3) + rect(x - 104, sy + 48, 8, 26, '#1f242c', 3);
      body += rect(x + 70, sy + 86, 54, 10, '#c8ccd0', 4);
      break;
    }
    case 'hivis': {
      const v = '#d7d768'; const band = '#c7ccd1';
      body += base(main, 26);
      body += crew(dk(main, 0.14));
      body += path(P`M${x - sw + 40} 800 L${x - sw + 60} ${sy + 20} Q${x - sw + 70} ${sy - 10} ${x - nl - 6} ${sy - 12} L${x - 30} 800 Z`, v);
      body += path(P`M${x + sw - 40} 800 L${x + sw - 60} ${sy + 20} Q${x + sw - 70} ${sy - 10} ${x + nl + 6} ${sy - 12} L${x + 30} 800 Z`, lt(v, 0.08));
      body += path(P`M${x - sw + 40} 800 L${x - sw + 60} ${sy + 20} Q${x - sw + 70} ${sy - 10} ${x - nl - 6} ${sy - 12} L${x - sw + 110} 800 Z`, dk(v, 0.14));
      for (const yy of [sy + 200, sy + 250]) {
        body += path(P`M${x - sw + 46} ${yy} L${x - 40} ${yy} L${x - 38} ${yy + 18} L${x - sw + 44} ${yy + 18} Z`, band);
        body += path(P`M${x + 40} ${yy} L${x + sw - 46} ${yy} L${x + sw - 44} ${yy + 18} L${x + 38} ${yy + 18} Z`, band);
      }
      break;
    }
  }
  return { behind, body };
}

// ---- the face
function face(G, o) {
  const { cy, dx } = G; const x = CX + dx; const ey = cy + G.eye;
  const t = G.teen ? 1.1 : 1;
  const skin = o.skin; const sh = dk(skin, 0.24);
  const brow = o.brow ?? dk(o.hair, 0.1);
  const exL = x - 36, exR = x + 32;
  let s = '';
  const nx0 = x + 2;
  if (o.faceless) return path(P`M${nx0 + 2} ${ey + 14} C${nx0 + 10} ${ey + 34} ${nx0 + 20} ${ey + 46} ${nx0 + 12} ${ey + 54} C${nx0 + 4} ${ey + 58} ${nx0 - 8} ${ey + 56} ${nx0 - 12} ${ey + 50} C${nx0 - 4} ${ey + 50} ${nx0 + 6} ${ey + 46} ${nx0 + 2} ${ey + 14} Z`, sh, ' opacity=".6"');
  const bo = o.blush ?? 0.2;
  s += ell(exL - 8, ey + 42, 17, 9, '#e07a68', ` opacity="${bo}"`) + ell(exR + 12, ey + 42, 15, 9, '#e07a68', ` opacity="${bo}"`);
  s += ell(exL, ey, 8.2 * t, 10 * t, EYE) + ell(exR, ey, 7.4 * t, 10 * t, EYE);
  s += circ(exL + 2.8, ey - 3.6, 2.6, '#ffffff') + circ(exR + 2.6, ey - 3.6, 2.4, '#ffffff');
  if (o.lashes) s += line(P`M${exL - 9} ${ey - 8} L${exL - 14} ${ey - 12}`, EYE, 3) + line(P`M${exR + 7} ${ey - 8} L${exR + 12} ${ey - 12}`, EYE, 3);
  if (o.tired) s += line(P`M${exL - 10} ${ey + 16} Q${exL} ${ey + 20} ${exL + 10} ${ey + 16}`, sh, 2.5, ' opacity=".8"') + line(P`M${exR - 9} ${ey + 16} Q${exR} ${ey + 20} ${exR + 9} ${ey + 16}`, sh, 2.5, ' opacity=".8"');
  if (o.lines) s += line(P`M${exR + 16} ${ey + 2} L${exR + 24} ${ey - 2}`, sh, 2.5) + line(P`M${exR + 16} ${ey + 8} L${exR + 24} ${ey + 10}`, sh, 2.5)
    + line(P`M${x - 30} ${ey + 56} Q${x - 42} ${ey + 70} ${x - 36} ${ey + 84}`, sh, 2.5, ' opacity=".7"');
  const by = ey - (o.browUp ?? 26);
  s += brows(o.expr, exL, exR, by, brow, o.browW ?? 6.5);
  if (o.expr === 'closed-off') {
    // lids lowered a little: a band of skin over the top of each eye, and a lid line
    s += path(P`M${exL - 11} ${ey - 13} L${exL + 11} ${ey - 13} L${exL + 11} ${ey - 3} Q${exL} ${ey - 1} ${exL - 11} ${ey - 3} Z`, skin);
    s += path(P`M${exR - 10} ${ey - 13} L${exR + 10} ${ey - 13} L${exR + 10} ${ey - 3} Q${exR} ${ey - 1} ${exR - 10} ${ey - 3} Z`, skin);
    s += line(P`M${exL - 10} ${ey - 3} Q${exL} ${ey - 1} ${exL + 10} ${ey - 3}`, EYE, 2.5) + line(P`M${exR - 9} ${ey - 3} Q${exR} ${ey - 1} ${exR + 9} ${ey - 3}`, EYE, 2.5);
  }
  // nose: a soft flat shape pointing right
  const nx = x + 2; const n = G.teen ? 0.9 : 1;
  s += path(P`M${nx + 2} ${ey + 14} C${nx + 10 * n} ${ey + 34} ${nx + 20 * n} ${ey + 46 * n} ${nx + 12 * n} ${ey + 54 * n} C${nx + 4} ${ey + 58 * n} ${nx - 8} ${ey + 56 * n} ${nx - 12 * n} ${ey + 50 * n} C${nx - 4} ${ey + 50 * n} ${nx + 6} ${ey + 46 * n} ${nx + 2} ${ey + 14} Z`, sh);
  // mouth: a closed, gentle smile
  const my = ey + G.mouth; const lip = o.lip ?? mix(skin, '#6b2f33', 0.5);
  s += mouth(o.expr, x, my, lip);
  return s;
}

// ---- expressions: the same face, brows and mouth changed (lids too, for closed-off). No expression: the old smile.
function brows(expr, exL, exR, by, c, w) {
  switch (expr) {
    case 'worried': // inner ends raised
      return line(P`M${exL - 15} ${by + 5} Q${exL - 2} ${by + 1} ${exL + 13} ${by - 7}`, c, w) + line(P`M${exR - 12} ${by - 8} Q${exR + 2} ${by + 1} ${exR + 14} ${by + 4}`, c, w);
    case 'closed-off': // lowered and level: guarded, not angry
      return line(P`M${exL - 15} ${by + 8} Q${exL} ${by + 6} ${exL + 13} ${by + 9}`, c, w) + line(P`M${exR - 12} ${by + 9} Q${exR + 2} ${by + 6} ${exR + 14} ${by + 8}`, c, w);
    default:
      return line(P`M${exL - 15} ${by + 4} Q${exL - 2} ${by - 5} ${exL + 13} ${by + 1}`, c, w) + line(P`M${exR - 12} ${by + 1} Q${exR + 2} ${by - 5} ${exR + 14} ${by + 3}`, c, w);
  }
}
function mouth(expr, x, my, lip) {
  switch (expr) {
    case 'neutral': // at rest: a small, level mouth with the faintest lift
      return path(P`M${x - 20} ${my} Q${x - 2} ${my + 7} ${x + 20} ${my - 1} Q${x} ${my + 3} ${x - 20} ${my} Z`, lip) + line(P`M${x - 20} ${my} Q${x - 2} ${my + 6} ${x + 20} ${my - 1}`, lip, 4);
    case 'worried': // small and turned down
      return line(P`M${x - 17} ${my + 4} Q${x} ${my - 4} ${x + 17} ${my + 3}`, lip, 4.5);
    case 'closed-off': // pressed into a flat line
      return line(P`M${x - 19} ${my + 1} L${x + 19} ${my}`, lip, 5);
    default: // the gentle closed smile of the role portraits
      return path(P`M${x - 24} ${my - 2} Q${x - 2} ${my + 16} ${x + 24} ${my - 4} Q${x} ${my + 6} ${x - 24} ${my - 2} Z`, lip) + line(P`M${x - 24} ${my - 2} Q${x - 2} ${my + 12} ${x + 24} ${my - 4}`, lip, 4);
  }
}

function portrait(o) {
  const G = geom(o.age, o.build);
  const id = o.id; const skin = o.skin; const sh = dk(skin, 0.24);
  const { w, cy } = G; const x = CX;
  const hair = HAIR[o.style](G, o.hair, { skin, ...(o.hairOpts ?? {}) });
  const cl = clothes(G, o.clothes);
  let s = '';
  s += hair.back;
  s += cl.behind;
  // neck (in shade: the head casts it)
  s += path(P`M${x + 4 - G.nw / 2} ${cy + 40} L${x + 4 + G.nw / 2} ${cy + 40} L${x + 6 + G.nw / 2} ${G.sy + 30} L${x + 2 - G.nw / 2} ${G.sy + 30} Z`, sh);
  s += cl.body;
  if (o.lanyard) s += lanyard(G, o.lanyard);
  if (o.badge) s += o.badge(G);
  if (o.behindHead) s += o.behindHead(G);
  // ears
  s += ell(x - w + 2, cy + G.eye + 20, 14, 23, skin) + ell(x - w + 4, cy + G.eye + 20, 7, 13, sh);
  s += ell(x + w - 2, cy + G.eye + 18, 10, 21, sh);
  if (o.earrings) s += o.earrings(G);
  // head with a flat shade block on the left
  s += `<clipPath id="h-${id}"><path d="${headPath(G)}"/></clipPath>`;
  s += path(headPath(G), skin);
  s += g(ell(x - w - 46, cy + 40, 92, 200, sh, ' opacity=".55"') + ell(x + G.dx, cy + G.chin + 34, 70, 30, sh, ' opacity=".35"'), `clip-path="url(#h-${id})"`);
  if (o.beard) s += g(beard(G, o.beardColor ?? o.hair, o.beard), `clip-path="url(#h-${id})"`);
  s += face(G, { ...o, hair: o.hair });
  s += hair.front;
  if (o.glasses) {
    const ey = cy + G.eye; const gx = x + G.dx; const gc = o.glasses;
    s += `<g fill="none" stroke="${gc}" stroke-width="4">${P`<rect x="${gx - 60}" y="${ey - 18}" width="48" height="36" rx="12"/><rect x="${gx + 10}" y="${ey - 18}" width="44" height="36" rx="12"/>`}${line(P`M${gx - 12} ${ey - 4} Q${gx - 1} ${ey - 10} ${gx + 10} ${ey - 4}`, gc, 4)}${line(P`M${gx - 60} ${ey - 6} L${x - w + 6} ${ey + 2}`, gc, 4)}</g>`;
  }
  if (o.extra) s += o.extra(G);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 800" width="600" height="800" role="img" aria-label="${o.label}"><g transform="translate(300 800) scale(1.1) translate(-300 -800)">${s}</g></svg>`;
}

const SKIN = {
  cassie: '#8a5a3e', cassieMum: '#744a33', cassieDad: '#613d2b', brother: '#7a4d35',
  jo: '#f2d4c2', joMum: '#eecdb8', partner: '#e8c0a2', nan: '#f0d6c8',
  counsellor: '#c48e68', support: '#edc7aa', yos: '#5e3d2c', police: '#efcfb7', social: '#ecc9a6',
  teacher: '#f1d7c6', youth: '#b37f5b', council: '#e4b99c', you: '#a9b4c2',
};

const PORTRAITS = {
  cassie: ({ id: 'cassie', label: 'Cassie', age: 'teen', build: 'f', skin: SKIN.cassie, hair: '#2a2224', style: 'braids', lashes: true, blush: 0.14,
    clothes: { type: 'hoodie', main: '#c98a74' },
    // a small round superhero-shield badge pinned to the hoodie
    badge: (G) => { const bx = CX + 96, by = G.sy + 74; return circ(bx, by, 19, '#c85a54') + circ(bx, by, 14, '#f4efe6') + circ(bx, by, 9, '#c85a54') + circ(bx, by, 6, '#4d6a9a') + path(P`M${bx} ${by - 5} L${bx + 1.5} ${by - 1.5} L${bx + 5} ${by - 1.5} L${bx + 2.2} ${by + 1} L${bx + 3} ${by + 5} L${bx} ${by + 2.6} L${bx - 3} ${by + 5} L${bx - 2.2} ${by + 1} L${bx - 5} ${by - 1.5} L${bx - 1.5} ${by - 1.5} Z`, '#f4efe6'); } }),
  jo: ({ id: 'jo', label: 'Jo', age: 'teen', build: 'f', skin: SKIN.jo, hair: '#a47a55', style: 'bun', hairOpts: { tip: '#d9a0ab' }, lashes: true,
    clothes: { type: 'jacket', main: '#7f9fbd', inner: '#f3ece0', stripes: '#d98f7e', open: 60, seams: true },
    behindHead: (G) => {
      // a pencil tucked behind the ear (mostly hidden by the head)
      const ex = CX - G.w, ey = G.cy + G.eye;
      return g(rect(ex - 40, ey - 5, 84, 10, '#e2bc6e', 3) + rect(ex - 46, ey - 5, 9, 10, '#d8928a', 2), `transform="rotate(-32 ${ex} ${ey})"`);
    },
    extra: (G) => {
      const sy = G.sy; let s = '';
      // paint spots on the jacket
      s += circ(CX + 150, sy + 120, 7, '#e2bc6e') + circ(CX + 134, sy + 140, 5, '#d98f7e') + circ(CX - 128, sy + 170, 6, '#a9bf9f');
      // a spiral-bound sketchbook hugged to the chest
      let b = rect(CX - 30, sy + 170, 200, 160, '#d3917a', 12) + rect(CX - 22, sy + 178, 184, 144, '#f6f0e4', 8);
      b += line(P`M${CX - 4} ${sy + 290} Q${CX + 36} ${sy + 220} ${CX + 76} ${sy + 260} T${CX + 140} ${sy + 230}`, '#86a07e', 10) + circ(CX + 110, sy + 212, 15, '#e2bc6e');
      for (let k = 0; k < 9; k++) b += rect(CX - 14 + k * 20, sy + 162, 7, 18, '#6b6470', 3);
      s += g(b, `transform="rotate(-8 ${CX + 70} ${sy + 250})"`);
      // her hand over the edge of the book, paint on the fingertips
      const hx = CX + 150, hy = sy + 236; const sk = SKIN.jo; const shd = dk(sk, 0.12);
      s += rect(hx, hy - 10, 56, 96, shd, 26);
      for (let k = 0; k < 4; k++) s += rect(hx - 34, hy + k * 20, 62, 19, k % 2 ? sk : lt(sk, 0.05), 9.5);
      s += circ(hx - 26, hy + 9, 5, '#d98f7e') + circ(hx - 26, hy + 29, 5, '#7f9fbd') + circ(hx - 26, hy + 49, 5, '#e2bc6e');
      return s;
    } }),
  'jo-mum': ({ id: 'jo-mum', label: "Jo's mum", age: 'adult', build: 'f', skin: SKIN.joMum, hair: '#8c6a4f', style: 'shoulder', tired: true, lashes: true,
    clothes: { type: 'cardigan', main: '#a9bf9f', inner: '#ece4d6', innerNeck: true, open: 40 } }),
  'jo-mum-partner': ({ id: 'jo-mum-partner', label: "Jo's mum's partner", age: 'adult', build: 'm', skin: SKIN.partner, hair: '#6d5646', style: 'short', beard: 'stubble',
    clothes: { type: 'fleece', main: '#4f6378', badge: '#8fae87' } }),
  'jo-nan': ({ id: 'jo-nan', label: "Jo's nan", age: 'adult', build: 'f', skin: SKIN.nan, hair: '#dcd8d3', brow: '#b9aea4', style: 'curlyShort', lines: true, glasses: '#8d6f8f',
    clothes: { type: 'cardigan', main: '#c99aa4', inner: '#f3ece0', innerNeck: true, open: 30, buttons: true },
    extra: (G) => { let s = ''; for (let k = 0; k < 9; k++) { const a = (k - 4) * 0.16; s += circ(CX + 4 + Math.sin(a) * 64, G.sy + 6 + Math.cos(a) * 40, 6, '#b9c9d6'); } return s; } }),
  'cassie-mum': ({ id: 'cassie-mum', label: "Cassie's mum", age: 'adult', build: 'f', skin: SKIN.cassieMum, hair: '#2a2224', style: 'puff', lashes: true, blush: 0.12,
    clothes: { type: 'cardigan', main: '#e2bc6e', inner: '#9d829f', innerNeck: true, open: 36 },
    earrings: (G) => `<circle cx="${CX - G.w + 4}" cy="${G.cy + G.eye + 50}" r="11" fill="none" stroke="#d4a94e" stroke-width="4"/>` }),
  'cassie-dad': ({ id: 'cassie-dad', label: "Cassie's dad", age: 'adult', build: 'm', skin: SKIN.cassieDad, hair: '#353030', brow: '#241e1f', style: 'fade', beard: 'short', beardColor: '#433c3b', blush: 0.1, lines: true,
    clothes: { type: 'shirtJumper', main: '#6f8a8a', shirt: '#e8e1d4' } }),
  'cassie-brother': ({ id: 'cassie-brother', label: "Cassie's brother", age: 'adult', build: 'm', skin: SKIN.brother, hair: '#231d1e', style: 'fade', blush: 0.1,
    clothes: { type: 'hoodie', main: '#8fa6b8', cord: '#eef0ee' } }),
  counsellor: ({ id: 'counsellor', label: 'School counsellor', age: 'adult', build: 'f', skin: SKIN.counsellor, hair: '#2b2121', style: 'long', lashes: true, blush: 0.16,
    clothes: { type: 'cardigan', main: '#9d829f', inner: '#efe3cf', innerNeck: true, open: 40 }, lanyard: '#7eaaa5',
    earrings: (G) => circ(CX - G.w + 4, G.cy + G.eye + 46, 5, '#d4a94e') }),
  'support-worker': ({ id: 'support-worker', label: 'Support worker', age: 'adult', build: 'm', skin: SKIN.support, hair: '#8a6a4f', style: 'short', hairOpts: { vol: 20 }, beard: 'short',
    clothes: { type: 'tee', main: '#e9e2d3', overshirt: '#7f9f86' }, lanyard: '#d3917a' }),
  'yos-worker': ({ id: 'yos-worker', label: 'Youth offending worker', age: 'adult', build: 'm', skin: SKIN.yos, hair: '#241d1e', style: 'shaved', beard: 'full', beardColor: '#2e2626', blush: 0.1, glasses: '#c9a86a',
    clothes: { type: 'sweat', main: '#d3917a' }, lanyard: '#4a5b72' }),
  'police-officer': ({ id: 'police-officer', label: 'Police officer', age: 'adult', build: 'f', skin: SKIN.police, hair: '#8a5a40', style: 'tiedBack', lashes: true,
    clothes: { type: 'police', main: '#4b5a70' },
    extra: (G) => {
      // a bowler-style police hat with a chequered band
      const x = CX, y = G.cy - 96; let s = '';
      s += path(P`M${x - 96} ${y + 30} Q${x} ${y + 54} ${x + 104} ${y + 26} L${x + 100} ${y + 40} Q${x} ${y + 70} ${x - 100} ${y + 44} Z`, '#262c35');
      s += path(P`M${x - 80} ${y + 32} C${x - 84} ${y - 70} ${x + 88} ${y - 70} ${x + 86} ${y + 28} Q${x} ${y + 48} ${x - 80} ${y + 32} Z`, '#2f3743');
      const cells = 10; for (let k = 0; k < cells; k++) for (let r = 0; r < 2; r++) {
        const cx0 = x - 80 + k * 16.6; const yy = y + 8 + r * 12 + Math.pow((k - 4.8) / 5, 2) * 12;
        s += rect(cx0, yy, 16.6, 12, (k + r) % 2 ? '#f2f0ea' : '#262c35');
      }
      s += circ(x + 8, y - 16, 11, '#c8ccd0');
      return s;
    } }),
  'social-worker': ({ id: 'social-worker', label: 'Social worker', age: 'adult', build: 'f', skin: SKIN.social, hair: '#241f24', style: 'bob', lashes: true,
    clothes: { type: 'jacket', main: '#7eaaa5', inner: '#f3ece0', open: 44 }, lanyard: '#e2bc6e' }),
  teacher: ({ id: 'teacher', label: 'Head of year', age: 'adult', build: 'f', skin: SKIN.teacher, hair: '#cbbca6', brow: '#a99a86', style: 'layered', lines: true, glasses: '#6f5a7a', lashes: true,
    clothes: { type: 'cardigan', main: '#d3917a', inner: '#e9e1d2', innerNeck: true, open: 38, buttons: true }, lanyard: '#4a5b72' }),
  'youth-worker': ({ id: 'youth-worker', label: 'Youth worker', age: 'adult', build: 'm', skin: SKIN.youth, hair: '#3a2b24', style: 'curlyTop', blush: 0.14,
    clothes: { type: 'sweat', main: '#e2bc6e', stripe: '#7eaaa5' }, lanyard: '#9d829f' }),
  'council-officer': ({ id: 'council-officer', label: 'Council parks officer', age: 'adult', build: 'm', skin: SKIN.council, hair: '#bdb7b0', brow: '#a29a92', style: 'receding', lines: true, beard: 'stubble', beardColor: '#a29a92',
    clothes: { type: 'hivis', main: '#5f7a64' } }),
  you: ({ id: 'you', label: 'You', age: 'adult', build: 'f', skin: SKIN.you, hair: '#8392a7', style: 'tousled', faceless: true,
    clothes: { type: 'sweat', main: '#8094aa' }, lanyard: '#e2bc6e' }),
};


// The people of the stories (stories/characters.json gives each one a portrait id): drawn in the same style,
// each in three expressions. Teenagers (Cassie, Jo) use the young figure. Many reuse a role portrait's look.
const PEOPLE = {
  cassie: { ...PORTRAITS.cassie },
  jo: { ...PORTRAITS.jo },
  michelle: { ...PORTRAITS['jo-mum'], label: 'Michelle, Jo\u2019s mum' },
  lee: { ...PORTRAITS['jo-mum-partner'], label: 'Lee, Jo\u2019s mum\u2019s partner' },
  pauline: { ...PORTRAITS['jo-nan'], label: 'Pauline, Jo\u2019s nan' },
  angela: { ...PORTRAITS['cassie-mum'], label: 'Angela, Cassie\u2019s mum' },
  michael: { ...PORTRAITS['cassie-dad'], label: 'Michael, Cassie\u2019s dad' },
  daniel: { ...PORTRAITS['cassie-brother'], label: 'Daniel, Cassie\u2019s brother' },
  ruth: { ...PORTRAITS.counsellor, label: 'Ruth, school counsellor' },
  marcus: { ...PORTRAITS['yos-worker'], label: 'Marcus, youth offending worker', beard: 'short' },
  'mr-barnes': { ...PORTRAITS['council-officer'], label: 'Mr Barnes, council parks officer' },
  kerry: { label: 'Kerry, support worker', age: 'adult', build: 'f', skin: '#efcdb4', hair: '#a8573a', style: 'long', lashes: true, blush: 0.22,
    clothes: { type: 'tee', main: '#e9e2d3', overshirt: '#7f9f86' }, lanyard: '#d3917a',
    earrings: (G) => circ(CX - G.w + 4, G.cy + G.eye + 46, 5, '#c9c3bb') },
  'dc-priestley': { label: 'DC Priestley, police', age: 'adult', build: 'f', skin: '#e9c6ac', hair: '#5a3f33', style: 'tiedBack', lashes: true, lines: true,
    clothes: { type: 'jacket', main: '#3f4b5e', inner: '#ece8e0', open: 40 }, lanyard: '#2f3743' },
  'police-sergeant': { label: 'Police sergeant', age: 'adult', build: 'm', skin: '#d8a57f', hair: '#57504c', style: 'short', hairOpts: { vol: 6, hairline: 74 }, lines: true,
    clothes: { type: 'police', main: '#4b5a70' } },
  nadia: { label: 'Nadia, social work team manager', age: 'adult', build: 'f', skin: '#c7976f', hair: '#6f5a7a', style: 'hijab', lashes: true, brow: '#2f2628',
    clothes: { type: 'jacket', main: '#7eaaa5', inner: '#f3ece0', open: 44 }, lanyard: '#e2bc6e' },
  gavin: { label: 'Gavin, duty social worker', age: 'adult', build: 'm', skin: '#f0d0bb', hair: '#9c6a44', style: 'short', beard: 'stubble', tired: true,
    clothes: { type: 'shirtJumper', main: '#8a9bb0', shirt: '#eef0f2' }, lanyard: '#e2bc6e' },
  'mr-hale': { label: 'Mr Hale, head of year', age: 'adult', build: 'm', skin: '#eed3c1', hair: '#b7afa6', brow: '#9a918a', style: 'short', hairOpts: { vol: 8, hairline: 78 }, lines: true, glasses: '#5b5162',
    clothes: { type: 'shirtJumper', main: '#7d8f6c', shirt: '#e8e1d4' }, lanyard: '#4a5b72' },
  priya: { label: 'Priya, youth worker', age: 'adult', build: 'f', skin: '#b07b58', hair: '#231c1e', style: 'bun', hairOpts: { tip: '#e2bc6e' }, lashes: true, blush: 0.14,
    clothes: { type: 'sweat', main: '#93b1c6', stripe: '#e2bc6e' }, lanyard: '#9d829f',
    earrings: (G) => `<circle cx="${CX - G.w + 4}" cy="${G.cy + G.eye + 48}" r="10" fill="none" stroke="#d4a94e" stroke-width="4"/>` },
  dean: { ...PORTRAITS['youth-worker'], label: 'Dean, youth worker', beard: 'stubble', beardColor: '#3a2b24', lines: true },
};
const EXPRESSIONS = ['neutral', 'worried', 'closed-off'];

// ---------------------------------------------------------------- places
// 1920x1080 full-bleed scenes, no people. Interest sits in the upper 60%; the lower 40%
// (where the game lays its text panel) is kept to calm, low-contrast floor / table / grass.
const W = 1920, H = 1080;
function lin(id, stops, x2 = 0, y2 = 1) {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join('')}</linearGradient>`;
}
function scene(label, defs, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" preserveAspectRatio="xMidYMid slice" role="img" aria-label="${label}"><defs>${defs}</defs>${body}</svg>`;
}
const lerp = (a, b, t) => a + (b - a) * t;

// ---- small furniture kit
function plant(x, y, s = 1, pot = PAL.terracotta, leaf = PAL.sageDk) {
  // (x, y) = bottom centre of the pot
  let o = '';
  const lv = [[-60, -150, -20], [-20, -190, 0], [30, -170, 20], [60, -120, 35], [-70, -90, -40], [10, -130, 8]];
  lv.forEach(([dx, dy, rot], i) => { o += ell(x + dx * s * 0.6, y - 70 * s + dy * s * 0.55, 22 * s, 52 * s, i % 2 ? leaf : lt(leaf, 0.15), ` transform="rotate(${rot} ${r1(x + dx * s * 0.6)} ${r1(y - 70 * s + dy * s * 0.55)})"`); });
  o += path(P`M${x - 46 * s} ${y - 80 * s} L${x + 46 * s} ${y - 80 * s} L${x + 36 * s} ${y} L${x - 36 * s} ${y} Z`, pot);
  o += rect(x - 50 * s, y - 92 * s, 100 * s, 18 * s, dk(pot, 0.1), 4);
  return o;
}
function windowFrame(x, y, w, h, inner, o = {}) {
  const f = o.frame ?? '#f7f3ec'; const t = o.t ?? 16;
  let s = rect(x - t, y - t, w + 2 * t, h + 2 * t, f, 4) + inner;
  if (o.bars !== false) s += rect(x + w / 2 - t / 3, y, t * 0.66, h, f) + (o.hbar ? rect(x, y + h * o.hbar - t / 3, w, t * 0.66, f) : '');
  if (o.sill !== false) s += rect(x - t - 20, y + h + t - 4, w + 2 * t + 40, 18, dk(f, 0.06), 3);
  return s;
}
function skyView(id, x, y, w, h, o = {}) {
  // a clipped view through a window: sky, far buildings / trees
  const clip = `<clipPath id="${id}"><rect x="${x}" y="${y}" width="${w}" height="${h}"/></clipPath>`;
  let v = rect(x, y, w, h, `url(#${o.sky ?? 'sky'})`);
  const gy = y + h * (o.horizon ?? 0.7);
  if (o.buildings) {
    o.buildings.forEach(([bx, bw, bh, c], i) => { v += rect(x + bx * w, gy - bh, bw * w, bh + 200, c); for (let k = 0; k < 4; k++) for (let r = 0; r < Math.floor(bh / 40); r++) v += rect(x + bx * w + 10 + k * (bw * w - 14) / 4, gy - bh + 14 + r * 40, (bw * w - 14) / 4 - 10, 18, lt(c, 0.25)); });
  }
  if (o.trees) o.trees.forEach(([tx, tr, c]) => { v += circ(x + tx * w, gy - tr * 0.4, tr, c); });
  v += rect(x, gy, w, h, o.ground ?? PAL.sage);
  return clip + g(v, `clip-path="url(#${id})"`);
}
function blinds(x, y, w, h, c, n = 9) {
  let s = '';
  for (let k = 0; k < n; k++) s += rect(x, y + k * (h / n), w, h / n - 6, c, 2);
  return s + rect(x - 6, y - 14, w + 12, 16, dk(c, 0.1), 3);
}
function frame(x, y, w, h, art, fc = '#f7f3ec') {
  return rect(x - 12, y - 12, w + 24, h + 24, fc, 3) + rect(x, y, w, h, art.bg) + art.fg;
}
function abstractArt(x, y, w, h, cols) {
  return { bg: cols[0], fg: circ(x + w * 0.68, y + h * 0.32, Math.min(w, h) * 0.16, cols[1]) + path(P`M${x} ${y + h} L${x} ${y + h * 0.7} Q${x + w * 0.3} ${y + h * 0.45} ${x + w * 0.6} ${y + h * 0.7} T${x + w} ${y + h * 0.6} L${x + w} ${y + h} Z`, cols[2]) + path(P`M${x} ${y + h} L${x} ${y + h * 0.86} Q${x + w * 0.5} ${y + h * 0.7} ${x + w} ${y + h * 0.84} L${x + w} ${y + h} Z`, cols[3]) };
}
function books(x, y, w, cols, hMax = 110) {
  let s = ''; let bx = x; let i = 0;
  while (bx < x + w - 20) { const bw = 18 + ((i * 7) % 4) * 6; const bh = hMax - ((i * 13) % 5) * 10; if (i % 7 === 5) s += g(rect(bx, y - bh, bw, bh, cols[i % cols.length], 2), `transform="rotate(12 ${r1(bx)} ${r1(y)})"`), bx += 10; else s += rect(bx, y - bh, bw, bh, cols[i % cols.length], 2); bx += bw + 3; i++; }
  return s;
}
function shelf(x, y, w, c = PAL.wood) { return rect(x, y, w, 16, c, 2) + rect(x, y + 16, w, 6, dk(c, 0.2)); }
function mug(x, y, c, s = 1) { return rect(x, y - 40 * s, 34 * s, 40 * s, c, 5) + `<path d="${P`M${x + 34 * s} ${y - 32 * s} q${16 * s} 0 ${16 * s} ${12 * s} q0 ${12 * s} ${-16 * s} ${12 * s}`}" fill="none" stroke="${c}" stroke-width="${r1(6 * s)}"/>`; }
function clock(x, y, r) {
  let s = circ(x, y, r + 8, '#f7f3ec') + circ(x, y, r, '#fffdf8');
  for (let k = 0; k < 12; k++) { const a = k * Math.PI / 6; s += line(P`M${x + Math.cos(a) * r * 0.8} ${y + Math.sin(a) * r * 0.8} L${x + Math.cos(a) * r * 0.92} ${y + Math.sin(a) * r * 0.92}`, '#9a948c', Math.max(1.5, r / 10)); }
  return s + line(P`M${x} ${y} L${x} ${y - r * 0.6}`, PAL.ink, Math.max(2, r / 7)) + line(P`M${x} ${y} L${x + r * 0.45} ${y + r * 0.2}`, PAL.ink, Math.max(2, r / 7)) + circ(x, y, Math.max(2, r / 7), PAL.terracotta);
}
function noticeboard(x, y, w, h, cork = '#cfae86') {
  let s = rect(x - 12, y - 12, w + 24, h + 24, PAL.wood, 4) + rect(x, y, w, h, cork);
  const papers = [[0.06, 0.08, 0.3, 0.4, '#fbf8f1', -3], [0.42, 0.1, 0.24, 0.3, '#e9c9c2', 2], [0.72, 0.06, 0.22, 0.42, '#cfe0df', -2], [0.1, 0.56, 0.26, 0.36, '#f2dfaa', 3], [0.44, 0.5, 0.3, 0.42, '#fbf8f1', -1], [0.78, 0.58, 0.16, 0.28, '#d9d3e6', 4]];
  papers.forEach(([px, py, pw, ph, c, rot]) => {
    const X = x + px * w, Y = y + py * h, Wd = pw * w, Hd = ph * h;
    let p = rect(X, Y, Wd, Hd, c, 2);
    for (let k = 0; k < 3; k++) p += rect(X + Wd * 0.14, Y + Hd * (0.3 + k * 0.2), Wd * (0.72 - k * 0.15), 6, dk(c, 0.12), 3);
    p += circ(X + Wd / 2, Y + 10, 7, [PAL.terracotta, PAL.teal, PAL.mustard][Math.round(px * 10) % 3]);
    s += g(p, `transform="rotate(${rot} ${r1(X + Wd / 2)} ${r1(Y + Hd / 2)})"`);
  });
  return s;
}
function radiator(x, y, w, h, c = '#f1ede6') {
  let s = rect(x, y, w, h, c, 8);
  for (let k = 1; k < Math.floor(w / 28); k++) s += rect(x + k * 28 - 3, y + 10, 6, h - 20, dk(c, 0.06), 3);
  return s;
}
function lampPendant(x, y, len, c) { return rect(x - 2, 0, 4, len, '#8a8580') + path(P`M${x - 60} ${y + len + 50} L${x - 24} ${y + len} L${x + 24} ${y + len} L${x + 60} ${y + len + 50} Z`, c) + ell(x, y + len + 52, 40, 8, '#fff3d6'); }
function tree(x, y, r, c, trunk = '#9c8068') {
  return rect(x - r * 0.09, y - r * 1.4, r * 0.18, r * 1.4, trunk, 4) + circ(x, y - r * 1.7, r, c) + circ(x - r * 0.55, y - r * 1.35, r * 0.65, dk(c, 0.08)) + circ(x + r * 0.5, y - r * 1.45, r * 0.7, lt(c, 0.06));
}
function bench(x, y, s, c, leg) {
  // (x, y) = bottom-left of the legs
  return rect(x + 20 * s, y - 60 * s, 12 * s, 60 * s, leg) + rect(x + 228 * s, y - 60 * s, 12 * s, 60 * s, leg)
    + rect(x, y - 72 * s, 260 * s, 16 * s, c, 4) + rect(x + 6 * s, y - 112 * s, 248 * s, 14 * s, c, 4) + rect(x + 6 * s, y - 138 * s, 248 * s, 14 * s, c, 4)
    + rect(x + 24 * s, y - 140 * s, 8 * s, 80 * s, leg) + rect(x + 228 * s, y - 140 * s, 8 * s, 80 * s, leg);
}
function armchair(x, y, w, c, leg = PAL.wood) {
  // (x, y) = floor under the front; a simple boxy armchair seen from the front
  const h = w * 0.85;
  return rect(x + w * 0.1, y - 14, 10, 16, leg) + rect(x + w * 0.86, y - 14, 10, 16, leg)
    + rect(x + w * 0.1, y - h, w * 0.8, h * 0.7, dk(c, 0.08), 26)
    + rect(x, y - h * 0.6, w * 0.2, h * 0.6 - 12, c, 20) + rect(x + w * 0.8, y - h * 0.6, w * 0.2, h * 0.6 - 12, c, 20)
    + rect(x + w * 0.16, y - h * 0.42, w * 0.68, h * 0.3 - 12, lt(c, 0.08), 14) + rect(x + w * 0.16, y - h * 0.14, w * 0.68, h * 0.14 - 12, dk(c, 0.12), 4);
}
function sofa(x, y, w, c, leg = PAL.wood) {
  const h = 250;
  let s = rect(x + 30, y - 16, 14, 18, leg) + rect(x + w - 44, y - 16, 14, 18, leg);
  s += rect(x + 40, y - h, w - 80, 150, dk(c, 0.08), 30);
  s += rect(x, y - 150, 80, 136, c, 28) + rect(x + w - 80, y - 150, 80, 136, c, 28);
  s += rect(x + 60, y - 110, w - 120, 70, lt(c, 0.08), 16) + rect(x + 60, y - 50, w - 120, 36, dk(c, 0.12), 6);
  return s;
}
function chairBack(x, y, c) { return rect(x, y, 120, 130, c, 22) + rect(x + 14, y + 14, 92, 10, lt(c, 0.1), 5); }
function chairFront(x, y, c, leg = '#7b7f86') { // simple side-on-ish chair, (x,y) = floor at front leg
  return rect(x, y - 180, 110, 110, c, 18) + rect(x - 10, y - 86, 140, 24, dk(c, 0.1), 10) + rect(x + 4, y - 62, 8, 62, leg) + rect(x + 108, y - 62, 8, 62, leg);
}

// ---- outdoor
function park(night) {
  const C = night
    ? { s0: '#2c3552', s1: '#575c7e', s2: '#9a8597', city: '#48506b', lit: '#f1d38f', far: '#3c4c55', grass0: '#42544d', grass1: '#37463f', path: '#6c6f7e', tree: '#3d544d', tree2: '#46605a', trunk: '#4a4145', bench: '#6b5d6a', leg: '#3a3640', lamp: '#3a3e4a' }
    : { s0: '#b7d3e2', s1: '#d8e6e6', s2: '#f1efe2', city: '#bdccd2', lit: '#d4dfe2', far: '#9fbb98', grass0: '#b6cc9c', grass1: '#a5bd8b', path: '#e8dec9', tree: '#8fb283', tree2: '#a1c08f', trunk: '#9c8068', bench: '#c8a27e', leg: '#6d6a6a', lamp: '#5f6670' };
  const defs = lin('sky', [[0, C.s0], [0.62, C.s1], [1, C.s2]]) + lin('grass', [[0, C.grass0], [1, C.grass1]]);
  let b = rect(0, 0, W, 640, 'url(#sky)');
  if (night) {
    for (let k = 0; k < 40; k++) { const sx = (k * 467) % 1900 + 10, sy = (k * 137) % 380 + 20; b += circ(sx, sy, k % 5 ? 1.8 : 3, '#f4efe2', ` opacity="${k % 3 ? 0.5 : 0.85}"`); }
    b += `<mask id="moon"><circle cx="1540" cy="170" r="54" fill="#fff"/><circle cx="1566" cy="154" r="50" fill="#000"/></mask>` + circ(1540, 170, 54, '#efe6cc', ' mask="url(#moon)"');
  } else {
    b += circ(1540, 190, 72, '#f7e6b8');
    const cloud = (x, y, s) => g(ell(x, y, 90 * s, 34 * s, '#ffffff') + ell(x - 60 * s, y + 10 * s, 60 * s, 26 * s, '#ffffff') + ell(x + 70 * s, y + 8 * s, 70 * s, 28 * s, '#ffffff') + ell(x + 10 * s, y - 22 * s, 56 * s, 30 * s, '#ffffff'), 'opacity=".8"');
    b += cloud(420, 170, 1.2) + cloud(1120, 110, 0.9) + cloud(1760, 330, 0.7);
    b += line('M860 300 q12 -10 24 0 q12 -10 24 0', '#7d8a96', 4) + line('M930 260 q9 -8 18 0 q9 -8 18 0', '#7d8a96', 3.5);
  }
  // distant city
  const blds = [[60, 80, 170], [150, 70, 230], [230, 110, 160], [360, 60, 270], [430, 90, 190], [540, 120, 150], [700, 80, 130], [1180, 90, 200], [1280, 60, 290], [1350, 110, 170], [1470, 80, 240], [1560, 120, 180], [1690, 70, 260], [1770, 130, 170]];
  blds.forEach(([x, w, h], i) => {
    b += rect(x, 600 - h, w, h + 40, C.city);
    if (night) for (let k = 0; k < 9; k++) { if ((i + k) % 2 === 0) b += rect(x + 12 + (k % 3) * (w - 24) / 3, 600 - h + 20 + Math.floor(k / 3) * 40, 12, 16, C.lit, 0, ' opacity=".85"'); }
  });
  // far tree line
  for (let k = 0; k < 26; k++) b += circ(k * 78 + (k % 2) * 20, 610 - (k % 3) * 10, 46 + (k % 4) * 8, k % 2 ? C.far : dk(C.far, 0.06));
  b += rect(0, 620, W, 460, 'url(#grass)');
  // path curving to the horizon
  b += path('M1040 1080 C1000 900 1150 760 1010 636 L1070 636 C1250 760 1160 900 1490 1080 Z', C.path);
  // trees
  b += tree(250, 700, 150, C.tree, C.trunk) + tree(560, 650, 95, C.tree2, C.trunk) + tree(1720, 720, 160, C.tree, C.trunk) + tree(1320, 640, 80, C.tree2, C.trunk);
  // bench, bin, lamp post
  b += bench(1380, 700, 0.95, C.bench, C.leg);
  b += rect(1290, 626, 50, 74, C.leg, 8) + rect(1284, 618, 62, 14, dk(C.leg, 0.1), 4);
  // flower beds and tufts along the mid ground
  [[380, 690], [760, 700], [1560, 706], [1820, 690]].forEach(([fx, fy], i) => { b += ell(fx, fy, 90, 18, dk(C.grass0, 0.08)); for (let k = 0; k < 5; k++) b += circ(fx - 60 + k * 30, fy - 8 - (k % 2) * 6, 7, night ? '#7d7390' : [PAL.rose, '#f3e3b0', '#efe9f2'][(i + k) % 3]); });
  b += rect(1226, 330, 12, 370, C.lamp) + rect(1206, 312, 52, 26, C.lamp, 8) + rect(1214, 336, 36, 10, night ? '#7a7d88' : '#e9e6dc', 3) + rect(1210, 690, 44, 12, C.lamp, 4);
  if (night) b += rect(0, 0, W, H, '#1c2038', 0, ' opacity=".12"');
  return scene(night ? 'The park after dark' : 'The park by day', defs, b);
}

function calm() {
  const defs = lin('sky', [[0, '#c9dde3'], [0.55, '#efe6da'], [1, '#f6dcc6']]) + lin('h1', [[0, '#b7cdb0'], [1, '#a7c2a2']]) + lin('h3', [[0, '#8fb09a'], [1, '#86a78f']]);
  let b = rect(0, 0, W, H, 'url(#sky)');
  b += circ(1320, 420, 110, '#f8e9cf') + circ(1320, 420, 150, '#f8e9cf', ' opacity=".35"');
  b += path('M0 640 C300 560 560 600 820 640 C1100 690 1400 560 1920 610 L1920 1080 L0 1080 Z', '#cfdccb');
  b += path('M0 760 C380 660 700 700 1000 760 C1300 820 1600 700 1920 740 L1920 1080 L0 1080 Z', 'url(#h1)');
  b += path('M0 900 C420 820 900 860 1200 900 C1500 940 1700 880 1920 880 L1920 1080 L0 1080 Z', 'url(#h3)');
  b += line('M640 300 q14 -12 28 0 q14 -12 28 0', '#8a93a0', 4) + line('M720 250 q10 -9 20 0 q10 -9 20 0', '#8a93a0', 3.5);
  return scene('A quiet place', defs, b);
}

// ---- school
function schoolCorridor() {
  // a simple true one-point perspective: corridor 2.5 wide, 3 high, camera at 1.5 (units: metres)
  const VX = 1010, VY = 430, F = 600, XL = -1.7, XR = 1.6, ZB = 11;
  const pt = (X, Y, Z) => [VX + F * X / Z, VY - F * (Y - 1.5) / Z];
  const wallQ = (X, y0, y1, z0, z1, c, extra = '') => poly([pt(X, y0, z0), pt(X, y0, z1), pt(X, y1, z1), pt(X, y1, z0)], c, extra);
  const ceilQ = (x0, x1, z0, z1, c) => poly([pt(x0, 3, z0), pt(x1, 3, z0), pt(x1, 3, z1), pt(x0, 3, z1)], c);
  const wall = '#efe7d8', dado = '#bdd0c2', floor0 = '#d9cfc0', floor1 = '#cec3b3';
  const defs = lin('fl', [[0, floor0], [1, floor1]]);
  const N = 0.5;
  let b = rect(0, 0, W, H, wall);
  b += poly([pt(XL, 3, N), pt(XR, 3, N), pt(XR, 3, ZB), pt(XL, 3, ZB)], '#f6f2ea');
  for (let z = 2; z < ZB - 0.5; z += 1.6) b += ceilQ(-0.35, 0.35, z, z + 0.7, '#fffcf2');
  b += poly([pt(XL, 0, N), pt(XR, 0, N), pt(XR, 0, ZB), pt(XL, 0, ZB)], 'url(#fl)');
  b += poly([pt(-0.4, 0, N), pt(0.4, 0, N), pt(0.4, 0, ZB), pt(-0.4, 0, ZB)], '#d4c9b9', ' opacity=".5"');
  // lower painted band and rail on both walls
  b += wallQ(XL, 0, 1.0, N, ZB, dado) + wallQ(XR, 0, 1.0, N, ZB, dk(dado, 0.04));
  b += wallQ(XL, 1.0, 1.06, N, ZB, dk(dado, 0.14)) + wallQ(XR, 1.0, 1.06, N, ZB, dk(dado, 0.14));
  b += wallQ(XL, 0, 0.1, N, ZB, dk(dado, 0.1)) + wallQ(XR, 0, 0.1, N, ZB, dk(dado, 0.1));
  // left wall: tall windows onto the playground, and a classroom door
  for (const [z0, z1] of [[4.3, 5.4], [7.0, 7.8]]) {
    b += wallQ(XL, 1.45, 2.75, z0, z1, '#f9f6f0') + wallQ(XL, 1.52, 2.68, z0 + 0.06, z1 - 0.06, '#c6dce6');
    b += wallQ(XL, 1.52, 2.68, (z0 + z1) / 2 - 0.03, (z0 + z1) / 2 + 0.03, '#f9f6f0');
  }
  b += wallQ(XL, 0, 2.1, 3.2, 3.95, '#c8a27e') + wallQ(XL, 1.2, 1.8, 3.28, 3.48, '#d7e4e8') + wallQ(XL, 0.95, 1.05, 3.75, 3.85, '#8a7a6a');
  b += wallQ(XL, 0, 2.1, 5.9, 6.5, '#c8a27e');
  // left wall near: a noticeboard
  const nz = (z) => 1.95 + (z - 0.75) * 1.5;
  b += wallQ(XL, 1.25, 2.25, nz(0.75), nz(1.35), '#cfae86');
  [[1.4, 1.9, 0.8, 0.95, '#fbf8f1'], [1.5, 2.15, 1.0, 1.12, '#e9c9c2'], [1.35, 1.75, 1.16, 1.3, '#cfe0df'], [1.95, 2.2, 0.82, 0.96, '#f2dfaa'], [1.85, 2.2, 1.17, 1.3, '#fbf8f1']].forEach(([y0, y1, z0, z1, c]) => { b += wallQ(XL, y0, y1, nz(z0), nz(z1), c); });
  // right wall: a run of lockers
  const cols = ['#93b1c6', '#88a8bd'];
  for (let i = 0; i < 12; i++) {
    const z0 = 3.6 + i * 0.42, z1 = z0 + 0.42, c = cols[i % 2];
    b += wallQ(XR, 0.1, 1.85, z0, z1, c);
    b += wallQ(XR, 1.55, 1.6, z0 + 0.07, z1 - 0.07, dk(c, 0.14)) + wallQ(XR, 1.45, 1.5, z0 + 0.07, z1 - 0.07, dk(c, 0.14));
    b += wallQ(XR, 0.95, 1.15, z1 - 0.1, z1 - 0.06, '#eef0ee');
  }
  b += wallQ(XR, 1.85, 1.92, 3.6, 3.6 + 12 * 0.42, dk(cols[0], 0.22));
  // right wall near: a display of pupils' artwork
  const dz = (z) => 1.7 + (z - 0.9) * 1.2;
  b += wallQ(XR, 1.4, 2.5, dz(0.9), dz(2.1), '#f9f6f0');
  [[1.5, 1.95, 0.98, 1.2, PAL.mustard], [1.55, 2.4, 1.28, 1.5, PAL.terracotta], [1.5, 2.1, 1.6, 1.8, PAL.sage], [2.05, 2.4, 0.98, 1.2, PAL.plum], [2.2, 2.4, 1.6, 1.8, PAL.teal], [1.5, 2.0, 1.88, 2.02, PAL.blue]].forEach(([y0, y1, z0, z1, c]) => { b += wallQ(XR, y0, y1, dz(z0), dz(z1), c); });
  // back wall: double doors with round-cornered windows, a clock
  const [bx0, by0] = pt(XL, 3, ZB), [bx1, by1] = pt(XR, 0, ZB);
  b += rect(bx0, by0, bx1 - bx0, by1 - by0, '#e8dfcf') + rect(bx0, pt(0, 1.0, ZB)[1], bx1 - bx0, by1 - pt(0, 1.0, ZB)[1], dado);
  const [dx0, dy0] = pt(-0.6, 2.1, ZB), [dx1, dy1] = pt(0.6, 0, ZB);
  b += rect(dx0, dy0, dx1 - dx0, dy1 - dy0, '#7eaaa5') + rect((dx0 + dx1) / 2 - 1.5, dy0, 3, dy1 - dy0, dk('#7eaaa5', 0.2));
  b += rect(dx0 + 12, dy0 + 14, 18, 30, '#d8e6ea', 4) + rect(dx1 - 30, dy0 + 14, 18, 30, '#d8e6ea', 4);
  b += rect((dx0 + dx1) / 2 - 18, dy0 - 14, 36, 9, '#8fb89a', 2);
  b += clock((bx0 + bx1) / 2, by0 + 22, 11);
  return scene('School corridor', defs, b);
}

function staffroom() {
  const wall = '#ece4d4', floor = '#c9bfae';
  const defs = lin('sky', [[0, '#bad4e0'], [1, '#edf0e6']]) + lin('fl', [[0, floor], [1, dk(floor, 0.06)]]);
  let b = rect(0, 0, W, 700, wall) + rect(0, 700, W, 380, 'url(#fl)') + rect(0, 690, W, 14, '#f4efe6');
  // window with a view of trees and the playground fence
  b += windowFrame(520, 150, 520, 400, skyView('v1', 520, 150, 520, 400, { horizon: 0.66, trees: [[0.15, 80, '#9fbf92'], [0.4, 110, '#8fb283'], [0.85, 90, '#a6c496']], ground: '#b7cba1' }), { hbar: 0.45 });
  // noticeboard
  b += noticeboard(140, 200, 290, 250);
  // kitchenette: wall cupboards, counter, kettle, mugs, microwave
  b += rect(1200, 40, 600, 190, '#d9dfd8', 6);
  for (let k = 0; k < 4; k++) b += rect(1212 + k * 148, 52, 136, 166, '#e6ebe3', 4) + rect(1212 + k * 148 + (k % 2 ? 12 : 110), 170, 12, 40, '#a9aca6', 4);
  b += rect(1200, 230, 600, 130, '#e3e8e4');
  b += rect(1200, 360, 600, 40, '#e2d2bb') + rect(1540, 380, 140, 10, '#f2efe9');
  b += rect(1200, 400, 600, 290, '#d9dfd8');
  for (let k = 0; k < 4; k++) b += rect(1212 + k * 148, 416, 136, 262, '#e6ebe3', 4) + rect(1212 + k * 148 + 58, 430, 20, 8, '#a9aca6', 4);
  b += rect(1240, 270, 140, 90, '#e9e9e6', 8) + rect(1252, 282, 90, 66, '#5b6470', 4) + rect(1352, 290, 16, 8, '#b5b5b0', 3);
  b += path('M1430 360 L1436 300 Q1460 286 1490 300 L1496 360 Z', '#7eaaa5') + rect(1454, 286, 16, 8, '#5c7f7b', 3) + path('M1496 312 q20 4 12 30', 'none', ' stroke="#5c7f7b" stroke-width="8"');
  b += mug(1690, 360, PAL.mustard) + mug(1740, 360, PAL.terracotta);
  // wall clock
  b += clock(1110, 90, 40);
  // a calendar
  b += rect(260, 500, 120, 150, '#fbf8f1', 4) + rect(260, 500, 120, 34, PAL.terracotta, 4);
  for (let r = 0; r < 4; r++) for (let k = 0; k < 4; k++) b += rect(272 + k * 26, 546 + r * 24, 18, 14, '#e6ded1', 2);
  // soft seating and a coffee table (kept low and calm)
  b += sofa(120, 980, 560, '#9fb6c6');
  b += rect(780, 840, 360, 24, '#c8a27e', 6) + rect(800, 864, 14, 120, '#a9825e') + rect(1106, 864, 14, 120, '#a9825e');
  b += mug(860, 840, '#f3ece0') + rect(940, 826, 120, 14, '#ecdcbc', 2);
  b += armchair(1270, 990, 300, '#d7a48f');
  b += plant(1710, 700, 1.2);
  return scene('School staffroom', defs, b);
}

function counsellorRoom() {
  const wall = '#efe2d6', floor = '#cdbfae';
  const defs = lin('sky', [[0, '#c3d9e2'], [1, '#f0efe4']]) + lin('fl', [[0, floor], [1, dk(floor, 0.05)]]);
  let b = rect(0, 0, W, 690, wall) + rect(0, 690, W, 390, 'url(#fl)') + rect(0, 680, W, 14, '#f6f0e8');
  // a window with blinds partly raised
  b += windowFrame(140, 140, 420, 420, skyView('v1', 140, 140, 420, 420, { horizon: 0.72, trees: [[0.25, 100, '#9fbf92'], [0.7, 130, '#8fb283']], ground: '#b7cba1' }), { bars: false });
  b += blinds(140, 140, 420, 170, '#f4efe6', 6);
  // framed soft print and a shelf of books & objects
  b += frame(760, 170, 260, 190, abstractArt(760, 170, 260, 190, ['#f3e6d3', '#e8b49c', '#a9bf9f', '#8fae9c']));
  b += shelf(1180, 300, 520) + books(1200, 300, 260, ['#9d829f', '#7eaaa5', '#e2bc6e', '#d3917a', '#93b1c6']) + plant(1560, 300, 0.55, '#f1ede6') + circ(1640, 270, 30, '#e6b7ae');
  b += shelf(1180, 470, 520) + books(1420, 470, 220, ['#a9bf9f', '#e6b7ae', '#93b1c6', '#e2bc6e']) + rect(1220, 400, 120, 70, '#fbf8f1', 6) + rect(1234, 414, 92, 42, '#cfe0df', 4);
  // floor lamp
  b += rect(1080, 320, 8, 380, '#8a8580') + path('M1034 330 L1050 250 L1118 250 L1134 330 Z', '#f0d9b0') + ell(1084, 700, 44, 8, '#8a8580');
  // rug, two armchairs angled, a low table with tissues, water and a plant
  b += ell(960, 930, 700, 110, '#e3c9b8');
  b += ell(960, 930, 600, 86, '#e9d4c6');
  b += armchair(260, 960, 380, '#a9bf9f');
  b += armchair(1300, 960, 380, '#9fb6c6');
  b += rect(790, 820, 340, 22, '#c8a27e', 8) + rect(820, 842, 14, 100, '#a9825e') + rect(1086, 842, 14, 100, '#a9825e');
  b += rect(830, 780, 110, 42, '#e6b7ae', 6) + path('M868 780 q16 -28 34 0 Z', '#fbf8f1') + rect(980, 770, 40, 52, '#d6e4ea', 6) + plant(1080, 820, 0.4, '#f1ede6');
  b += plant(1790, 690, 1.3);
  return scene("School counsellor's room", defs, b);
}

function meetingRoom() {
  const wall = '#e6e4dc', floor = '#b9bfc2';
  const defs = lin('sky', [[0, '#bcd3df'], [1, '#e9eee8']]) + lin('tab', [[0, '#dcc4a6'], [1, '#d0b494']]);
  let b = rect(0, 0, W, 600, wall) + rect(0, 600, W, 480, floor) + rect(0, 590, W, 12, '#f2f0ea');
  // window with blinds (left), city view
  b += windowFrame(80, 110, 380, 400, skyView('v1', 80, 110, 380, 400, { horizon: 0.86, buildings: [[0.05, 0.25, 210, '#c5cfd6'], [0.36, 0.22, 290, '#b7c4cd'], [0.66, 0.3, 180, '#c9d2d8']], ground: '#aebfae' }), { bars: false });
  b += blinds(80, 110, 380, 140, '#f4f2ec', 5);
  // wall screen with a soft, text-free chart
  b += rect(640, 70, 640, 330, '#3f4a5a', 10) + rect(654, 84, 612, 302, '#eef2f2', 4);
  b += rect(690, 116, 220, 22, '#93b1c6', 4) + rect(690, 154, 160, 14, '#cfd6da', 4) + rect(690, 180, 190, 14, '#cfd6da', 4);
  [[0.5, '#7eaaa5'], [0.75, '#e2bc6e'], [0.4, '#d3917a'], [0.9, '#93b1c6'], [0.62, '#a9bf9f']].forEach(([hh, c], i) => { b += rect(960 + i * 56, 360 - 220 * hh, 36, 220 * hh, c, 4); });
  b += circ(790, 296, 58, '#e2bc6e') + path('M790 296 L790 238 A58 58 0 0 1 845 314 Z', '#7eaaa5') + circ(790, 296, 28, '#eef2f2');
  // flipchart on an easel (right)
  b += line('M1560 560 L1620 180 L1680 560', '#8a8580', 10) + line('M1620 180 L1620 560', '#8a8580', 8);
  b += rect(1510, 140, 220, 270, '#fbfaf6', 4) + rect(1500, 130, 240, 20, '#59626e', 4);
  b += line('M1540 190 q40 -16 80 0 t80 0', '#d3917a', 8) + line('M1540 240 L1690 240', '#93b1c6', 7) + line('M1540 276 L1650 276', '#93b1c6', 7) + line('M1540 312 L1670 312', '#93b1c6', 7);
  b += circ(1560, 362, 15, 'none', ' stroke="#7eaaa5" stroke-width="6"') + line('M1590 362 L1690 362', '#7eaaa5', 7);
  b += plant(1840, 580, 1.05, '#e6ded1');
  b += clock(1390, 110, 32);
  // chairs behind the table, then the long table running toward us
  const chair = (x, c) => rect(x, 420, 130, 170, c, 26) + rect(x + 14, 434, 102, 12, lt(c, 0.12), 6);
  [[420, '#7eaaa5'], [640, '#93b1c6'], [860, '#7eaaa5'], [1080, '#93b1c6'], [1300, '#7eaaa5']].forEach(([x, c]) => { b += chair(x, c); });
  b += path('M330 570 L1590 570 L1920 1080 L0 1080 Z', 'url(#tab)') + rect(330, 562, 1260, 14, '#e0c9ad', 6);
  // papers, jug and glasses near the far edge of the table
  b += g(rect(560, 584, 120, 60, '#f7f4ee', 3), 'transform="rotate(-4 620 614)"') + g(rect(1180, 588, 120, 60, '#f7f4ee', 3), 'transform="rotate(4 1240 618)"');
  b += rect(920, 548, 44, 66, '#dbe8ec', 10) + rect(978, 578, 24, 36, '#dbe8ec', 5) + rect(886, 580, 22, 34, '#dbe8ec', 5);
  b += mug(760, 612, PAL.mustard, 0.85) + mug(1080, 614, PAL.teal, 0.85);
  return scene('Multi-agency meeting room', defs, b);
}

function joHome() {
  // a ground-floor Housing Association flat: plain walls, modest and cared for
  const wall = '#efe8da', floor = '#cbb79c';
  const defs = lin('sky', [[0, '#c4d9e2'], [1, '#eef0e6']]) + lin('fl', [[0, floor], [1, dk(floor, 0.06)]]);
  let b = rect(0, 0, W, 690, wall) + rect(0, 690, W, 390, 'url(#fl)') + rect(0, 680, W, 14, '#f5f1e9');
  for (let k = 0; k < 12; k++) b += rect(k * 170 - 40, 694, 4, 386, dk(floor, 0.05));
  // window with net curtain: a patch of grass and the next block
  b += windowFrame(1130, 140, 520, 400, skyView('v1', 1130, 140, 520, 400, { horizon: 0.78, buildings: [[0.05, 0.6, 220, '#d6c2a8']], trees: [[0.84, 80, '#9fbf92']], ground: '#b7cba1' }), { hbar: 0.3 });
  b += rect(1130, 260, 520, 280, '#fbfaf6', 0, ' opacity=".55"');
  b += rect(1090, 110, 600, 12, '#c9c2b6', 4) + path('M1080 118 L1180 118 Q1160 330 1190 560 L1090 560 Z', '#b7c9d6') + path('M1700 118 L1600 118 Q1620 330 1590 560 L1700 560 Z', '#b7c9d6');
  b += radiator(1200, 580, 380, 90);
  // Jo's artwork in frames, and a mirror
  b += frame(200, 170, 230, 170, { bg: '#f6efe2', fg: circ(280, 250, 46, '#d98f7e') + circ(340, 280, 36, '#93b1c6', ' opacity=".85"') + path('M220 320 q60 -40 100 -10 t100 -14', 'none', ' stroke="#86a07e" stroke-width="10" stroke-linecap="round"') });
  b += frame(480, 210, 130, 130, { bg: '#2f3a4a', fg: circ(545, 275, 40, '#e2bc6e') + circ(545, 275, 24, '#2f3a4a') + circ(560, 262, 10, '#e6b7ae') });
  b += frame(660, 160, 150, 200, { bg: '#e9f0ec', fg: path('M675 340 L710 250 L745 300 L770 230 L795 340 Z', '#9d829f') + circ(760, 200, 16, '#e2bc6e') });
  // TV unit with a small TV, games console, plant
  b += rect(820, 560, 300, 120, '#c8a27e', 6) + rect(836, 578, 130, 86, dk('#c8a27e', 0.1), 4) + rect(976, 578, 130, 86, dk('#c8a27e', 0.1), 4);
  b += rect(850, 400, 240, 150, '#3a404a', 8) + rect(860, 410, 220, 130, '#56606c', 4) + rect(950, 550, 40, 10, '#3a404a');
  b += rect(996, 596, 90, 20, '#f0efeb', 5);
  b += plant(1810, 690, 1.0, '#e6ded1');
  // pendant light
  b += lampPendant(700, 0, 60, '#e6b7ae');
  // sofa with a throw and cushions, rug, small coffee table
  b += ell(960, 960, 640, 90, '#d9c4b0');
  b += sofa(140, 1000, 640, '#93a9b8');
  b += path('M560 760 L690 770 L700 900 L570 905 Z', '#d3917a', ' opacity=".85"');
  b += rect(230, 770, 110, 90, '#e2bc6e', 22) + rect(370, 776, 100, 84, '#f3ece0', 22);
  b += rect(1000, 850, 320, 20, '#c8a27e', 6) + rect(1020, 870, 14, 100, '#a9825e') + rect(1286, 870, 14, 100, '#a9825e');
  b += mug(1060, 850, '#e6b7ae', 0.9) + rect(1140, 838, 110, 12, '#9d829f', 2);
  return scene("Jo's home", defs, b);
}

function cassieHome() {
  // first floor of a converted Victorian terrace: tall sash window, high ceiling, warm family touches,
  // and a patch of damp in the top corner.
  const wall = '#ecd9bf', floor = '#b99a7b';
  const defs = lin('sky', [[0, '#c6d8e0'], [1, '#efece2']]) + lin('fl', [[0, floor], [1, dk(floor, 0.06)]]);
  let b = rect(0, 0, W, 700, wall) + rect(0, 700, W, 380, 'url(#fl)');
  for (let k = 0; k < 16; k++) b += rect(k * 128 - 20, 706, 3, 374, dk(floor, 0.08));
  b += rect(0, 0, W, 46, '#f4ecdd') + rect(0, 46, W, 10, '#dcc7aa') + rect(0, 688, W, 18, '#f1e6d4');
  // picture rail
  b += rect(0, 150, W, 8, '#dcc7aa');
  // damp and mould in the top-left corner (soft, irregular tide marks)
  b += path('M0 56 L380 56 C360 90 320 86 300 120 C280 160 230 140 210 190 C190 240 120 220 90 270 C60 310 30 290 0 320 Z', '#c9bb9b', ' opacity=".55"');
  b += path('M0 56 L240 56 C220 84 190 90 170 120 C150 150 100 140 80 180 C60 210 30 200 0 230 Z', '#b3a88d', ' opacity=".55"');
  for (const [x, y, r] of [[60, 90, 14], [110, 120, 9], [40, 150, 11], [150, 80, 8], [90, 180, 6], [30, 210, 7]]) b += circ(x, y, r, '#8f8a75', ' opacity=".35"');
  // tall sash window onto the terrace opposite (chimney pots)
  const vx = 700, vy = 170, vw = 420, vh = 430;
  let view = rect(vx, vy, vw, vh, 'url(#sky)');
  view += rect(vx, vy + 250, vw, 240, '#c79a80') + rect(vx, vy + 236, vw, 18, '#8e8f96');
  for (let k = 0; k < 4; k++) { view += rect(vx + 20 + k * 110, vy + 290, 60, 80, '#e7ecee', 4) + rect(vx + 20 + k * 110, vy + 390, 60, 80, '#e7ecee', 4); }
  view += rect(vx + 60, vy + 180, 40, 60, '#b5866d') + rect(vx + 64, vy + 166, 12, 16, '#c9a58a') + rect(vx + 84, vy + 166, 12, 16, '#c9a58a');
  view += rect(vx + 300, vy + 190, 40, 50, '#b5866d') + rect(vx + 306, vy + 176, 12, 16, '#c9a58a');
  view += path(`M${vx} ${vy + 238} L${vx + 140} ${vy + 150} L${vx + 280} ${vy + 238} Z`, '#8e8f96', ' opacity=".6"');
  b += `<clipPath id="v1"><rect x="${vx}" y="${vy}" width="${vw}" height="${vh}"/></clipPath>` + g(view, 'clip-path="url(#v1)"');
  b += rect(vx - 22, vy - 22, vw + 44, vh + 44, 'none', 6, ' stroke="#f7f2ea" stroke-width="26"');
  b += rect(vx, vy + vh / 2 - 10, vw, 20, '#f7f2ea') + rect(vx + vw / 2 - 6, vy, 12, vh, '#f7f2ea');
  b += rect(vx - 50, vy + vh + 20, vw + 100, 20, '#efe6d8', 3);
  b += path(`M${vx - 70} 150 L${vx + 30} 150 Q${vx + 10} 400 ${vx + 40} 630 L${vx - 70} 630 Z`, '#c98f7c') + path(`M${vx + vw + 70} 150 L${vx + vw - 30} 150 Q${vx + vw - 10} 400 ${vx + vw - 40} 630 L${vx + vw + 70} 630 Z`, '#c98f7c');
  // family photos along the picture rail / on the wall
  const photo = (x, y, w, h, c1, c2) => rect(x - 10, y - 10, w + 20, h + 20, '#7a5a44', 3) + rect(x, y, w, h, c1) + circ(x + w * 0.35, y + h * 0.45, Math.min(w, h) * 0.18, c2) + circ(x + w * 0.65, y + h * 0.5, Math.min(w, h) * 0.22, c2) + rect(x, y + h * 0.72, w, h * 0.28, c2);
  b += photo(250, 250, 150, 110, '#e8d9c8', '#9d829f') + photo(440, 230, 100, 130, '#dfe8e6', '#7eaaa5') + photo(300, 400, 120, 90, '#f1e3c8', '#d3917a');
  b += photo(1300, 240, 130, 100, '#e3e6ef', '#93b1c6') + photo(1470, 220, 110, 140, '#f1e3c8', '#e2bc6e');
  // shelf with books, a candle and a plant
  b += shelf(1280, 450, 440) + books(1300, 450, 200, ['#d3917a', '#7eaaa5', '#e2bc6e', '#9d829f', '#a9bf9f']) + plant(1620, 450, 0.5, '#e6ded1') + rect(1530, 410, 26, 40, '#f6efe2', 4);
  // radiator under the window, a row of trainers by the door
  b += radiator(760, 642, 300, 46);
  b += rect(1760, 240, 160, 460, '#8c6a52') + rect(1780, 260, 120, 200, dk('#8c6a52', 0.1), 4) + circ(1790, 480, 8, '#d8c08e');
  const shoe = (x, c) => path(P`M${x} 700 L${x} 676 Q${x + 6} 660 ${x + 26} 662 L${x + 44} 676 Q${x + 70} 680 ${x + 74} 692 L${x + 74} 700 Z`, c) + rect(x, 694, 74, 6, '#f6f2ea', 2);
  b += shoe(1560, '#f1eee8') + shoe(1640, '#d3917a') + shoe(1720, '#93b1c6');
  // sofa with a patterned throw and cushions
  b += ell(820, 960, 640, 92, '#c98f7c', ' opacity=".55"');
  b += sofa(120, 1000, 700, '#e2bc6e');
  b += rect(560, 760, 180, 140, '#7eaaa5', 10);
  for (let k = 0; k < 5; k++) b += rect(560, 776 + k * 26, 180, 8, '#f1ece2', 0, ' opacity=".7"');
  b += rect(220, 774, 110, 90, '#9d829f', 22) + rect(360, 780, 100, 84, '#d3917a', 22);
  b += rect(1020, 860, 300, 20, '#a9825e', 6) + rect(1040, 880, 14, 90, '#8c6a52') + rect(1286, 880, 14, 90, '#8c6a52');
  b += rect(1080, 830, 140, 30, '#fbf7ee', 4) + rect(1090, 840, 60, 4, '#cfc7b8');
  return scene("Cassie's home", defs, b);
}

function yosOffice() {
  // a youth offending service interview room: public-sector plain, made a little friendlier
  const wall = '#dfe6e0', floor = '#a9b3b8';
  const defs = lin('sky', [[0, '#c3d7e0'], [1, '#eef0e8']]) + lin('fl', [[0, floor], [1, dk(floor, 0.05)]]);
  let b = rect(0, 0, W, 680, wall) + rect(0, 680, W, 400, 'url(#fl)') + rect(0, 668, W, 14, '#c7cfca');
  for (let k = 0; k < 10; k++) b += rect(k * 200, 682, 2, 398, dk(floor, 0.06)) ;
  b += rect(0, 580, W, 88, '#cfd9d2');
  // window with vertical blinds partly open
  b += windowFrame(120, 130, 440, 380, skyView('v1', 120, 130, 440, 380, { horizon: 0.8, buildings: [[0.1, 0.3, 190, '#d4c7b6'], [0.5, 0.4, 250, '#c5cfd6']], ground: '#aebfae' }), { bars: false, frame: '#f1f1ee' });
  for (let k = 0; k < 8; k++) b += rect(120 + k * 55 + (k < 3 ? 0 : 26), 130, k < 3 ? 40 : 20, 380, '#eef0ec', 2);
  // friendly poster (hills and sun), a pinboard with leaflets, a wall clock
  b += frame(700, 150, 240, 320, abstractArt(700, 150, 240, 320, ['#f4ead8', '#e2bc6e', '#a9bf9f', '#7eaaa5']), '#ffffff');
  b += noticeboard(1020, 170, 330, 230);
  b += clock(1460, 150, 38);
  // filing cabinet, water cooler, plant
  b += rect(1540, 400, 150, 280, '#b8c2c6', 6);
  for (let k = 0; k < 3; k++) b += rect(1552, 414 + k * 88, 126, 76, '#c7d0d3', 4) + rect(1596, 440 + k * 88, 40, 10, '#8d979c', 4);
  b += plant(1615, 400, 0.6, '#eef0ec');
  b += rect(1760, 500, 90, 180, '#e9ecea', 8) + rect(1770, 380, 70, 120, '#bcd8e4', 20) + rect(1786, 530, 24, 14, '#7a8a94', 3);
  // round table with two chairs and a box of tissues, a jug of water
  b += chairFront(560, 930, '#7eaaa5') + g(chairFront(1260, 930, '#e2bc6e'), 'transform="translate(2620 0) scale(-1 1)"');
  b += ell(960, 760, 330, 60, '#d8c3a6') + rect(940, 770, 40, 190, '#a9825e') + ell(960, 960, 110, 16, '#a9825e');
  b += ell(960, 752, 330, 54, '#e4d1b6');
  b += rect(830, 700, 110, 44, '#cfe0df', 6) + path('M868 700 q16 -26 34 0 Z', '#fbf8f1');
  b += rect(1000, 680, 44, 66, '#dbe8ec', 10) + rect(1060, 706, 24, 38, '#dbe8ec', 5);
  return scene('Youth offending service', defs, b);
}

function youthCentre() {
  const wall = '#efe6d6', floor = '#d3b48f';
  const defs = lin('sky', [[0, '#c3d7e0'], [1, '#eef0e8']]) + lin('fl', [[0, floor], [1, dk(floor, 0.05)]]);
  let b = rect(0, 0, W, 700, wall) + rect(0, 700, W, 380, 'url(#fl)') + rect(0, 690, W, 12, '#e8dcc6');
  for (let k = 0; k < 24; k++) b += rect(k * 84, 702, 2, 378, dk(floor, 0.06));
  b += line('M0 900 Q960 820 1920 900', '#e9d9bd', 8) + line('M760 1080 Q960 960 1160 1080', '#e9d9bd', 8);
  // high windows
  for (let k = 0; k < 5; k++) b += rect(120 + k * 360, 40, 260, 110, '#f7f3ec', 4) + rect(132 + k * 360, 52, 236, 86, '#c9dde6');
  // a big painted mural: hills, sun, shapes
  b += rect(140, 200, 1040, 380, '#f6ecd9', 12);
  b += circ(900, 320, 80, '#e2bc6e') + path('M140 580 L140 440 Q320 330 520 450 T900 420 T1180 450 L1180 580 Z', '#a9bf9f') + path('M140 580 L140 510 Q420 430 700 520 T1180 500 L1180 580 Z', '#7eaaa5');
  b += circ(300, 300, 36, '#d3917a') + rect(420, 250, 70, 70, '#9d829f', 10) + path('M600 330 L650 250 L700 330 Z', '#93b1c6') + circ(1080, 280, 26, '#e6b7ae') + rect(1000, 360, 90, 26, '#d3917a', 13);
  // bunting
  let d = ''; for (let k = 0; k < 16; k++) { const x = 120 + k * 112; const y = 180 + Math.sin(k / 15 * Math.PI) * 30; d += poly([[x, y], [x + 60, y + 4], [x + 30, y + 58]], [PAL.terracotta, PAL.mustard, PAL.teal, PAL.plum][k % 4]); }
  b += line('M100 178 Q960 222 1840 178', '#9a948c', 3) + d;
  // noticeboard, shelves of board games, kitchen hatch
  b += rect(1280, 240, 300, 220, '#efe9dd', 6) + rect(1296, 256, 268, 188, '#d9e3e0', 4) + rect(1296, 430, 268, 18, '#c8a27e');
  b += mug(1330, 430, PAL.terracotta, 0.8) + mug(1380, 430, PAL.mustard, 0.8) + mug(1430, 430, PAL.teal, 0.8);
  b += shelf(1640, 330, 240) + rect(1660, 270, 90, 60, '#d3917a', 4) + rect(1760, 284, 100, 46, '#7eaaa5', 4) + shelf(1640, 470, 240) + rect(1660, 404, 100, 66, '#e2bc6e', 4) + rect(1770, 420, 90, 50, '#9d829f', 4);
  // table football and beanbags (kept soft in the lower area)
  b += rect(1220, 640, 420, 150, '#7eaaa5', 10) + rect(1240, 656, 380, 118, '#a9c9a0', 6);
  for (let k = 0; k < 4; k++) b += rect(1180, 676 + k * 26, 500, 6, '#8a8580', 3);
  b += rect(1250, 790, 20, 120, '#5f7f7b') + rect(1590, 790, 20, 120, '#5f7f7b');
  b += path('M220 960 Q200 830 330 820 Q460 830 450 960 Z', '#d3917a') + path('M480 980 Q470 860 590 850 Q710 860 700 980 Z', '#9d829f');
  b += sofa(760, 1000, 380, '#93b1c6');
  return scene('Youth centre', defs, b);
}

function cafe() {
  const wall = '#f0e3cf', floor = '#b89a80';
  const defs = lin('sky', [[0, '#c6dae2'], [1, '#efeee4']]) + lin('fl', [[0, floor], [1, dk(floor, 0.05)]]);
  let b = rect(0, 0, W, 700, wall) + rect(0, 700, W, 380, 'url(#fl)');
  b += `<pattern id="tiles" width="248" height="128" patternUnits="userSpaceOnUse" y="706">${rect(0, 0, 124, 64, dk(floor, 0.05))}${rect(124, 64, 124, 64, dk(floor, 0.05))}</pattern>` + rect(0, 706, W, 374, 'url(#tiles)');
  b += rect(0, 400, 1000, 300, '#d8c2a4');
  for (let k = 0; k < 20; k++) b += rect(k * 50, 400, 3, 300, dk('#d8c2a4', 0.08));
  // big window onto the street
  b += windowFrame(80, 80, 820, 280, skyView('v1', 80, 80, 820, 280, { horizon: 0.95, buildings: [[0.02, 0.26, 230, '#d4bda6'], [0.3, 0.22, 260, '#c9d2d8'], [0.55, 0.2, 210, '#e0c9b0'], [0.78, 0.22, 250, '#c5cfd6']], ground: '#aab2b6' }), { hbar: false, sill: false, frame: '#5f6f6e' });
  b += rect(70, 60, 840, 26, '#7eaaa5', 4) + path('M70 86 L910 86 L890 120 L90 120 Z', '#7eaaa5', ' opacity=".9"');
  for (let k = 0; k < 12; k++) b += rect(90 + k * 70, 86, 35, 34, '#f3ece0', 0, ' opacity=".8"');
  // pendant lights
  b += lampPendant(560, 0, 110, '#e2bc6e') + lampPendant(1200, 0, 80, '#7eaaa5') + lampPendant(1560, 0, 120, '#d3917a');
  // counter with coffee machine, cake stand, cups; text-free chalkboard with little drawings
  b += rect(1100, 200, 420, 240, '#3f4a48', 8) + rect(1116, 216, 388, 208, '#485654', 4);
  b += mug(1160, 300, '#efe6d6', 1.2) + circ(1320, 280, 34, 'none', ' stroke="#e2bc6e" stroke-width="5"') + line('M1400 270 L1470 270', '#e6b7ae', 6) + line('M1400 300 L1450 300', '#efe6d6', 6) + line('M1160 360 L1300 360', '#a9bf9f', 6) + line('M1360 360 L1470 360', '#efe6d6', 6);
  b += shelf(1560, 220, 300) + mug(1580, 220, PAL.mustard) + mug(1640, 220, PAL.teal) + mug(1700, 220, PAL.terracotta) + mug(1760, 220, '#efe6d6');
  b += shelf(1560, 340, 300) + plant(1620, 340, 0.5, '#efe6d6') + rect(1700, 280, 60, 60, '#c8a27e', 6) + rect(1780, 290, 50, 50, '#d3917a', 6);
  b += rect(1060, 470, 860, 40, '#c8a27e', 4) + rect(1080, 510, 840, 190, '#8e6b55') + rect(1080, 510, 840, 20, dk('#8e6b55', 0.15));
  for (let k = 0; k < 6; k++) b += rect(1100 + k * 140, 550, 120, 130, lt('#8e6b55', 0.06), 6);
  b += rect(1140, 360, 160, 110, '#9aa3a6', 10) + rect(1160, 380, 120, 40, '#d7dcde', 6) + rect(1180, 428, 30, 26, '#4c5456', 3) + rect(1230, 428, 30, 26, '#4c5456', 3);
  b += ell(1440, 468, 80, 10, '#e6ded1') + rect(1436, 430, 8, 38, '#e6ded1') + path('M1380 430 Q1380 370 1440 370 Q1500 370 1500 430 Z', '#ecf3f4', ' opacity=".8"') + rect(1400, 400, 80, 30, '#e6b7ae', 6) + rect(1400, 392, 80, 10, '#f6efe2', 4);
  b += plant(1000, 700, 1.2);
  // small round tables with chairs
  const tbl = (x) => ell(x, 800, 130, 22, '#e9dccb') + rect(x - 8, 810, 16, 150, '#5f5a5a') + ell(x, 960, 60, 10, '#5f5a5a');
  const stool = (x, c) => rect(x, 760, 90, 100, c, 16) + rect(x - 6, 850, 102, 20, dk(c, 0.1), 8) + rect(x + 6, 870, 8, 100, '#5f5a5a') + rect(x + 76, 870, 8, 100, '#5f5a5a');
  b += stool(160, '#7eaaa5') + stool(520, '#7eaaa5') + tbl(380) + mug(340, 792, '#efe6d6', 0.8);
  b += stool(1260, '#d3917a') + stool(1620, '#d3917a') + tbl(1480) + mug(1460, 792, '#efe6d6', 0.8);
  return scene('Café', defs, b);
}

function office() {
  // a practitioner's desk area in an open-plan office
  const wall = '#e9e7e0';
  const defs = lin('sky', [[0, '#bcd4df'], [1, '#eaeee8']]) + lin('desk', [[0, '#e3d6c2'], [1, '#d8c9b2']]);
  let b = rect(0, 0, W, 640, wall);
  // long window wall with a city view
  b += windowFrame(80, 70, 820, 400, skyView('v1', 80, 70, 820, 400, { horizon: 0.98, buildings: [[0.02, 0.14, 220, '#cdd5da'], [0.18, 0.12, 300, '#bcc8cf'], [0.33, 0.16, 180, '#d6cbbd'], [0.52, 0.1, 260, '#c5cfd6'], [0.66, 0.16, 200, '#cdd5da'], [0.84, 0.14, 280, '#bfc9ce']], ground: '#aab2b6' }), { hbar: false, frame: '#dcdcd6' });
  b += rect(80 + 273, 70, 10, 400, '#dcdcd6') + rect(80 + 546, 70, 10, 400, '#dcdcd6');
  // shelves of files, a pinboard with notes, a wall planner grid
  b += rect(1020, 60, 340, 210, '#cfae86', 4) + rect(1032, 72, 316, 186, '#d9bb93');
  [[1050, 86, '#fbf8f1'], [1130, 96, '#f2dfaa'], [1210, 84, '#cfe0df'], [1280, 100, '#e9c9c2'], [1060, 176, '#e9c9c2'], [1150, 184, '#fbf8f1'], [1240, 176, '#f2dfaa']].forEach(([x, y, c], i) => { b += g(rect(x, y, 64, 64, c, 2) + rect(x + 10, y + 24, 44, 5, dk(c, 0.15), 2) + rect(x + 10, y + 38, 30, 5, dk(c, 0.15), 2), `transform="rotate(${(i % 3) * 3 - 3} ${x + 32} ${y + 32})"`); });
  b += rect(1440, 60, 260, 190, '#fbfaf6', 4);
  for (let r = 0; r < 5; r++) for (let k = 0; k < 7; k++) b += rect(1454 + k * 35, 80 + r * 33, 28, 26, (r * 7 + k) % 9 === 2 ? PAL.rose : (r * 7 + k) % 11 === 5 ? '#cfe0df' : '#eeebe4', 2);
  b += shelf(1580, 390, 300, '#b8c2c6') + books(1600, 390, 240, ['#93b1c6', '#7eaaa5', '#d3917a', '#e2bc6e', '#9d829f'], 90);
  b += shelf(1580, 520, 300, '#b8c2c6') + books(1600, 520, 160, ['#a9bf9f', '#93b1c6', '#e6b7ae'], 90) + plant(1810, 520, 0.5, '#eef0ec');
  // the desk in front of us: monitor, lamp, mug, plant, a stack of files, a notebook
  b += rect(0, 640, W, 440, 'url(#desk)') + rect(0, 632, W, 14, '#ece2d3');
  const mx = 1000;
  b += rect(mx, 300, 500, 310, '#3a414c', 12) + rect(mx + 16, 316, 468, 266, '#eef2f2', 4) + rect(mx + 220, 610, 60, 24, '#3a414c') + rect(mx + 170, 630, 160, 12, '#3a414c', 4);
  b += rect(mx + 36, 340, 130, 226, '#dfe7ea', 4) + rect(mx + 186, 340, 270, 40, '#93b1c6', 4);
  for (let k = 0; k < 5; k++) b += rect(mx + 186, 400 + k * 36, 270 - (k % 3) * 50, 14, '#cfd6da', 4);
  for (let k = 0; k < 6; k++) b += rect(mx + 50, 356 + k * 36, 102, 20, k === 1 ? '#cfe0df' : '#eef2f2', 4);
  b += rect(866, 520, 14, 124, '#5f6670') + path('M806 540 L846 460 L946 470 L926 540 Z', '#e2bc6e') + ell(873, 644, 50, 10, '#5f6670');
  b += mug(1580, 644, PAL.terracotta) + plant(1700, 646, 0.55, '#eef0ec');
  b += rect(560, 624, 200, 20, '#93b1c6', 3) + rect(570, 604, 190, 20, '#e2bc6e', 3) + rect(556, 584, 196, 20, '#a9bf9f', 3);
  return scene('Your office', defs, b);
}

const PLACES = {
  'yos-office': yosOffice,
  'youth-centre': youthCentre,
  cafe,
  office,
  'meeting-room': meetingRoom,
  'jo-home': joHome,
  'cassie-home': cassieHome,
  'school-corridor': schoolCorridor,
  staffroom,
  'counsellor-room': counsellorRoom,
  'park-day': () => park(false),
  'park-night': () => park(true),
  calm,
};


// ---------------------------------------------------------------- icon
function icon() {
  // a path that branches in two, under a low sun
  const b = rect(0, 0, 64, 64, '#8fb5b8', 14)
    + circ(44, 18, 8, '#f3d9a0')
    + path('M0 36 C14 30 26 33 36 31 C46 29 56 28 64 30 L64 50 Q64 64 50 64 L14 64 Q0 64 0 50 Z', '#a9bf9f')
    + path('M0 46 C18 42 40 46 64 42 L64 50 Q64 64 50 64 L14 64 Q0 64 0 50 Z', '#97b38d')
    + path('M19 64 C25 55 28 49 30 44 L34 44 C36 49 39 55 45 64 Z', '#faf6ef')
    + path('M30.5 45 C27 40 20 36 10 34 L10.5 32.5 C21 33 29 37 34 42 Z', '#faf6ef')
    + path('M33.5 45 C37 40 44 36 54 34 L53.5 32.5 C43 33 35 37 30 42 Z', '#faf6ef') + circ(32, 44.5, 2.6, '#faf6ef');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">${b}</svg>`;
}

// ---------------------------------------------------------------- write
const only = process.argv[2];
for (const [id, o] of Object.entries(PORTRAITS)) if (!only || only === id) write(`characters/${id}.svg`, portrait({ id, ...o }));
for (const [id, o] of Object.entries(PEOPLE)) {
  if (only && only !== id) continue;
  for (const expr of EXPRESSIONS) {
    const name = expr === 'neutral' ? id : `${id}-${expr}`;
    write(`characters/${name}.svg`, portrait({ ...o, id: name, expr }));
  }
}
for (const [id, fn] of Object.entries(PLACES)) if (!only || only === id) write(`places/${id}.svg`, fn());
if (!only || only === 'icon') write('icon.svg', icon());
console.log('art written to', ROOT);
