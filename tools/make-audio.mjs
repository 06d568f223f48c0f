#!/usr/bin/env node
// Practice Paths: synthesise every sound the game ships, deterministically.
//
//   node tools/make-audio.mjs              regenerate everything
//   node tools/make-audio.mjs --only=cafe,phone-ping
//   node tools/make-audio.mjs --keep-wav   also keep the intermediate WAVs (path printed)
//
// Plain Node 20 ESM, no npm dependencies. Every sound is built from seeded noise, sines and
// simple filters, so re-running produces the same audio. The script writes 16-bit PCM WAVs to a
// temporary folder and encodes them to MP3 with ffmpeg (libmp3lame). ffmpeg is ONLY needed to
// regenerate the sounds; building, testing and playing the game do not need it.
//
// Outputs (committed):
//   assets/audio/ambient/<place-id>.mp3   mono 44.1 kHz, 56 kbit/s, seamless loops, peak about -18 dBFS
//   assets/audio/sfx/<id>.mp3             mono 44.1 kHz, 64 kbit/s, under 1.5 s, peak about -12 dBFS
//
// Ambient loops are built to be exactly periodic: noise is filtered "cyclically" (the filter runs
// over the loop once to settle, then again to produce the output, so the end flows into the start),
// slow modulations use whole numbers of cycles per loop, tones use frequencies with whole numbers of
// cycles per loop, and one-off events (ticks, chirps, bounces) wrap around the loop point. There is
// therefore no crossfade and no seam; the loop point is put in the quietest moment. Loops are MP3-encoded
// with a little of themselves wrapped on either side and the LAME gapless tag widened to match, so
// gapless decoders (ffmpeg, Chromium) return exactly the loop (see widenGaplessTag). After encoding,
// the script decodes each MP3 and prints duration, size, peak, RMS and, for loops, a seam check: how the
// level step and the high-frequency energy at the loop point rank against every other moment of the
// file (a percentile; a click would show up near 100).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'assets', 'audio');
const SR = 44100;
const TAU = Math.PI * 2;

const AMBIENT_PEAK_DB = -18;
const SFX_PEAK_DB = -12;
const AMBIENT_BITRATE = '56k';
const SFX_BITRATE = '64k';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function hash32(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  constructor(seed) {
    this.s = (typeof seed === 'string' ? hash32(seed) : seed) >>> 0;
  }
  next() {
    // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  range(a, b) {
    return a + (b - a) * this.next();
  }
  int(a, b) {
    return Math.floor(this.range(a, b + 1));
  }
  gauss() {
    let u = 0;
    while (u === 0) u = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(TAU * this.next());
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  fork(label) {
    return new Rng((hash32(label) ^ Math.floor(this.next() * 4294967296)) >>> 0);
  }
}

// ---------------------------------------------------------------------------------------------
// Buffers and levels

const secs = (s) => Math.max(0, Math.round(s * SR));
const dbToGain = (db) => Math.pow(10, db / 20);
const gainToDb = (g) => (g > 0 ? 20 * Math.log10(g) : -Infinity);

function rms(buf, from = 0, to = buf.length) {
  let s = 0;
  for (let i = from; i < to; i++) s += buf[i] * buf[i];
  return Math.sqrt(s / Math.max(1, to - from));
}
function peak(buf) {
  let p = 0;
  for (let i = 0; i < buf.length; i++) p = Math.max(p, Math.abs(buf[i]));
  return p;
}
function scale(buf, g) {
  for (let i = 0; i < buf.length; i++) buf[i] *= g;
  return buf;
}
/** Set RMS to `db` (relative, 0 dB = RMS 1). */
const atRms = (buf, db) => scale(buf, dbToGain(db) / (rms(buf) || 1));
/** Set peak to `db` (relative, 0 dB = peak 1). */
const atPeak = (buf, db) => scale(buf, dbToGain(db) / (peak(buf) || 1));

function mix(n, ...layers) {
  const out = new Float64Array(n);
  for (const layer of layers) for (let i = 0; i < n; i++) out[i] += layer[i];
  return out;
}
function mulEnv(buf, env) {
  for (let i = 0; i < buf.length; i++) buf[i] *= env[i];
  return buf;
}
/** Add `src` into `dst` starting at sample `start`; wraps around the end when `wrap` (loops). */
function place(dst, src, start, gain = 1, wrap = true) {
  const n = dst.length;
  start = Math.round(start);
  for (let j = 0; j < src.length; j++) {
    let k = start + j;
    if (wrap) k = ((k % n) + n) % n;
    else if (k < 0 || k >= n) continue;
    dst[k] += src[j] * gain;
  }
}
function removeMean(buf) {
  let m = 0;
  for (let i = 0; i < buf.length; i++) m += buf[i];
  m /= buf.length;
  for (let i = 0; i < buf.length; i++) buf[i] -= m;
  return buf;
}

// ---------------------------------------------------------------------------------------------
// Processing. A processor is a stateful function (x, i) => y. `run` applies it to a buffer; with
// `cyclic` it first runs one full warm-up pass so the state at the start equals the state at the end
// (the result is then exactly periodic: the loop's end flows into its start).

function run(input, proc, cyclic) {
  const n = input.length;
  const out = new Float64Array(n);
  if (cyclic) for (let i = 0; i < n; i++) proc(input[i], i);
  for (let i = 0; i < n; i++) out[i] = proc(input[i], i);
  return out;
}

/** Topology-preserving state-variable filter. freq: Hz, or a function of sample index. */
function svf(mode, freq, q = 0.707) {
  let ic1 = 0,
    ic2 = 0,
    a1 = 0,
    a2 = 0,
    a3 = 0;
  const k = 1 / q;
  const set = (f) => {
    const g = Math.tan((Math.PI * Math.min(Math.max(f, 5), SR * 0.45)) / SR);
    a1 = 1 / (1 + g * (g + k));
    a2 = g * a1;
    a3 = g * a2;
  };
  const varying = typeof freq === 'function';
  if (!varying) set(freq);
  return (x, i) => {
    if (varying) set(freq(i));
    const v3 = x - ic2;
    const v1 = a1 * ic1 + a2 * v3;
    const v2 = ic2 + a2 * ic1 + a3 * v3;
    ic1 = 2 * v1 - ic1;
    ic2 = 2 * v2 - ic2;
    if (mode === 'lp') return v2;
    if (mode === 'bp') return k * v1; // unity gain at the centre
    return x - k * v1 - v2; // hp
  };
}

function pinkProc() {
  // Paul Kellet's refined pink filter
  let b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0,
    b4 = 0,
    b5 = 0,
    b6 = 0;
  return (w) => {
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    const o = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362;
    b6 = w * 0.115926;
    return o * 0.11;
  };
}

/** Small mono Freeverb-style reverb. */
function reverbProc({ room = 0.82, damp = 0.35, size = 1 } = {}) {
  const mk = (d) => ({ buf: new Float64Array(Math.max(1, Math.round(d * size))), i: 0, store: 0 });
  const combs = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617].map(mk);
  const aps = [556, 441, 341, 225].map((d) => ({ buf: new Float64Array(Math.round(d * Math.sqrt(size))), i: 0 }));
  return (x) => {
    let out = 0;
    for (const c of combs) {
      const y = c.buf[c.i];
      c.store = y * (1 - damp) + c.store * damp;
      c.buf[c.i] = x + c.store * room;
      if (++c.i >= c.buf.length) c.i = 0;
      out += y;
    }
    for (const a of aps) {
      const b = a.buf[a.i];
      a.buf[a.i] = out + b * 0.5;
      out = b - out;
      if (++a.i >= a.buf.length) a.i = 0;
    }
    return out;
  };
}

/** Filter helpers bound to looping (cyclic) or one-shot processing. */
function tools(cyclic) {
  const chain = (buf, ...procs) => procs.reduce((b, p) => run(b, p, cyclic), buf);
  return {
    cyclic,
    chain,
    lp: (b, f, q = 0.707, order = 1) => chain(b, ...Array.from({ length: order }, () => svf('lp', f, q))),
    hp: (b, f, q = 0.707, order = 1) => chain(b, ...Array.from({ length: order }, () => svf('hp', f, q))),
    bp: (b, f, q = 1) => chain(b, svf('bp', f, q)),
    pink: (rng, n) => run(white(rng, n), pinkProc(), cyclic),
    /** Mix `amount` (0..1) of reverberated signal in, wet level matched to the dry level. */
    reverb(b, amount, opts) {
      const wet = run(b, reverbProc(opts), cyclic);
      const g = (rms(b) || 1) / (rms(wet) || 1);
      const dry = Math.sqrt(1 - amount),
        w = Math.sqrt(amount) * g;
      const out = new Float64Array(b.length);
      for (let i = 0; i < b.length; i++) out[i] = b[i] * dry + wet[i] * w;
      return out;
    },
  };
}
const LOOP = tools(true);
const ONCE = tools(false);

function white(rng, n) {
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) b[i] = rng.gauss();
  return b;
}

/** Smooth periodic modulation in [lo, hi] built from sines with whole cycles per loop. */
function slowLfo(rng, n, { kMin = 1, kMax = 4, parts = 3, lo = 0, hi = 1 } = {}) {
  const comps = Array.from({ length: parts }, () => ({
    k: rng.int(kMin, kMax),
    ph: rng.range(0, TAU),
    a: rng.range(0.4, 1),
  }));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (const c of comps) s += c.a * Math.sin((TAU * c.k * i) / n + c.ph);
    out[i] = s;
  }
  let mn = Infinity,
    mx = -Infinity;
  for (const v of out) {
    mn = Math.min(mn, v);
    mx = Math.max(mx, v);
  }
  for (let i = 0; i < n; i++) out[i] = lo + ((out[i] - mn) / (mx - mn || 1)) * (hi - lo);
  return out;
}

/** Fast random flutter around 1 (cyclic lowpassed noise, log-normal so dips stay gentle). */
function flutter(rng, n, hz, depth) {
  const f = atRms(LOOP.lp(white(rng, n), hz, 0.707, 2), 0);
  for (let i = 0; i < n; i++) f[i] = Math.exp(depth * f[i]);
  return f;
}

/** Nearest frequency with a whole number of cycles in a loop of n samples. */
const loopFreq = (f, n) => Math.max(1, Math.round((f * n) / SR)) * (SR / n);

// ---------------------------------------------------------------------------------------------
// Little sound-making blocks

/** Envelope: smooth (sin^2) attack then exponential decay. */
function adEnv(n, attackS, tauS) {
  const a = Math.max(1, secs(attackS));
  const e = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const att = i < a ? Math.sin((Math.PI / 2) * (i / a)) ** 2 : 1;
    e[i] = att * Math.exp(-Math.max(0, i - a) / (tauS * SR));
  }
  return e;
}

/** Sum of decaying sine modes [[freqHz, amp, tauS], ...]. */
function modal(durS, modes, attackS = 0.001) {
  const n = secs(durS);
  const out = new Float64Array(n);
  for (const [f, amp, tau] of modes) {
    const e = adEnv(n, attackS, tau);
    for (let i = 0; i < n; i++) out[i] += amp * e[i] * Math.sin((TAU * f * i) / SR);
  }
  return tailFade(out, Math.min(0.01, durS / 4));
}

/** A short noise burst through a band-pass, with a smooth attack and exponential decay. */
function noiseBurst(rng, durS, centre, q, tauS, attackS = 0.0008) {
  const n = secs(durS);
  return mulEnv(ONCE.bp(white(rng, n), centre, q), adEnv(n, attackS, tauS));
}

/** A tone whose frequency follows freqAt(x) for x in 0..1, harmonics [[mult, amp]], shaped by env. */
function glideTone(durS, freqAt, partials, env) {
  const n = secs(durS);
  const out = new Float64Array(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    ph += (TAU * freqAt(i / n)) / SR;
    let s = 0;
    for (const [m, a] of partials) s += a * Math.sin(m * ph);
    out[i] = s * (env ? env(i / n, i) : 1);
  }
  return tailFade(out, Math.min(0.005, durS / 4));
}
/** Short cosine fade over the last `fadeS` seconds, so nothing is cut off mid-wave. */
function tailFade(buf, fadeS = 0.01) {
  const f = Math.min(buf.length, secs(fadeS));
  for (let i = 0; i < f; i++) buf[buf.length - 1 - i] *= Math.sin((Math.PI / 2) * (i / f)) ** 2;
  return buf;
}
const bump = (x, p = 1) => Math.pow(Math.sin(Math.PI * Math.min(1, Math.max(0, x))), p);

/** Room tone: soft low pink noise. */
function roomTone(rng, n, lpHz = 280) {
  return atRms(LOOP.hp(LOOP.lp(LOOP.pink(rng, n), lpHz, 0.707, 2), 35), 0);
}

/** One syllable of indistinct speech (buzz + breath through two wandering formants). */
function syllable(rng, f0, durS) {
  const n = secs(durS + 0.07);
  const glide = rng.range(-0.12, 0.06);
  const f1 = rng.range(320, 820),
    f2 = rng.range(950, 2200);
  const voiced = rng.next() < 0.85;
  const att = rng.range(0.02, 0.05),
    rel = 0.06;
  const src = new Float64Array(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    ph += (f0 * (1 + glide * Math.min(1, t / durS))) / SR;
    ph -= Math.floor(ph);
    const buzz = voiced ? 2 * ph - 1 : 0;
    const env =
      t < att
        ? Math.sin((Math.PI / 2) * (t / att)) ** 2
        : t < durS
          ? 1
          : t < durS + rel
            ? Math.cos((Math.PI / 2) * ((t - durS) / rel)) ** 2
            : 0;
    src[i] = (buzz + 0.25 * rng.gauss()) * env;
  }
  const a = ONCE.bp(src, f1, 4),
    b = ONCE.bp(src, f2, 5);
  for (let i = 0; i < n; i++) src[i] = a[i] + 0.5 * b[i];
  return src;
}

/** Indistinct voices: each talks in phrases with pauses. Returned RMS 1, not yet band-limited. */
function babble(rng, n, { voices, f0 = [100, 240], pause = [0.3, 1.6], phrase = [3, 11] }) {
  const out = new Float64Array(n);
  const lenS = n / SR;
  for (let v = 0; v < voices; v++) {
    const r = rng.fork(`voice${v}`);
    const base = r.range(f0[0], f0[1]);
    const vol = r.range(0.35, 1);
    let t = r.range(0, lenS);
    const end = t + lenS;
    while (t < end) {
      let pitch = base * r.range(1.0, 1.18);
      const count = r.int(phrase[0], phrase[1]);
      for (let s = 0; s < count; s++) {
        const d = r.range(0.09, 0.24);
        place(out, syllable(r, pitch, d), secs(t), vol * r.range(0.55, 1));
        t += d * r.range(0.85, 1.1);
        pitch *= r.range(0.965, 1.01);
      }
      t += r.range(pause[0], pause[1]);
    }
  }
  return atRms(out, 0);
}

function footstep(rng) {
  const n = secs(0.12);
  const out = new Float64Array(n);
  place(out, noiseBurst(rng, 0.05, rng.range(1400, 2100), 1.3, 0.007), 0, 1, false);
  place(
    out,
    modal(0.1, [
      [rng.range(110, 160), 0.6, 0.022],
      [rng.range(260, 340), 0.25, 0.012],
    ]),
    0,
    1,
    false,
  );
  place(out, noiseBurst(rng, 0.04, rng.range(1800, 2500), 1.5, 0.005), secs(rng.range(0.03, 0.045)), 0.3, false);
  return out;
}

function clockTick(rng, tock) {
  const base = tock ? 1250 : 1500;
  const m = modal(
    0.08,
    [
      [base, 1, 0.007],
      [base * 2.37, 0.35, 0.004],
      [base * 0.55, 0.35, 0.012],
    ],
    0.0006,
  );
  place(m, noiseBurst(rng, 0.02, 2600, 1, 0.002), 0, 0.5, false);
  return m;
}

function birdPhrase(rng) {
  const kind = rng.pick(['tweet', 'whistle', 'trill', 'tweet']);
  const notes = [];
  const pitch = rng.range(0.9, 1.12);
  if (kind === 'tweet') {
    const count = rng.int(2, 5);
    for (let i = 0; i < count; i++)
      notes.push({ t: i * rng.range(0.13, 0.17), d: rng.range(0.06, 0.09), f0: 3100 * pitch, f1: 4300 * pitch });
  } else if (kind === 'whistle') {
    notes.push({ t: 0, d: 0.2, f0: 2900 * pitch, f1: 3350 * pitch });
    notes.push({ t: 0.26, d: 0.24, f0: 3600 * pitch, f1: 2800 * pitch });
  } else {
    const count = rng.int(7, 12);
    for (let i = 0; i < count; i++) notes.push({ t: i * 0.07, d: 0.04, f0: 5000 * pitch, f1: 4400 * pitch });
  }
  const last = notes[notes.length - 1];
  const out = new Float64Array(secs(last.t + last.d + 0.02));
  for (const nt of notes) {
    const tone = glideTone(
      nt.d,
      (x) => nt.f0 * Math.pow(nt.f1 / nt.f0, x),
      [
        [1, 1],
        [2, 0.06],
      ],
      (x) => bump(x, 1.5),
    );
    place(out, tone, secs(nt.t), rng.range(0.7, 1), false);
  }
  return out;
}

function cricketRun(rng, carrier) {
  const chirps = rng.int(3, 6);
  const gap = rng.range(0.7, 0.95);
  const pulses = rng.int(3, 4);
  const out = new Float64Array(secs(chirps * gap + 0.2));
  for (let c = 0; c < chirps; c++) {
    for (let p = 0; p < pulses; p++) {
      const tone = glideTone(
        0.018,
        () => carrier,
        [[1, 1]],
        (x) => bump(x, 2),
      );
      place(out, tone, secs(c * gap + p * 0.032), bump((c + 0.5) / chirps, 0.6), false);
    }
  }
  return out;
}

function ballBounce(rng) {
  const n = secs(0.3);
  const thump = glideTone(
    0.3,
    (x) => 95 + 90 * Math.exp((-x * 0.3) / 0.02),
    [
      [1, 1],
      [2.1, 0.25],
    ],
    (x, i) => {
      const t = i / SR;
      return Math.min(1, t / 0.0015) * Math.exp(-t / 0.045);
    },
  );
  const out = new Float64Array(n);
  place(out, thump, 0, 1, false);
  // the hollow "pung" of the ball's shell and the slap on the floor
  place(
    out,
    modal(
      0.2,
      [
        [rng.range(330, 370), 0.45, 0.035],
        [rng.range(700, 760), 0.15, 0.02],
      ],
      0.001,
    ),
    0,
    1,
    false,
  );
  place(out, noiseBurst(rng, 0.03, 900, 0.8, 0.004), 0, 0.5, false);
  return out;
}

function cupClink(rng) {
  const f = rng.range(1900, 2900);
  const c = modal(
    0.25,
    [
      [f, 1, rng.range(0.05, 0.1)],
      [f * 2.32, 0.45, 0.04],
      [f * 0.61, 0.3, 0.03],
    ],
    0.0006,
  );
  place(c, noiseBurst(rng, 0.02, 3000, 1, 0.002), 0, 0.4, false);
  return c;
}

function keyClick(rng, space) {
  const out = new Float64Array(secs(0.14));
  place(out, noiseBurst(rng, 0.03, space ? 1700 : rng.range(2300, 3200), 1.5, 0.004), 0, 1, false);
  place(out, modal(0.05, [[space ? rng.range(300, 360) : rng.range(480, 700), space ? 0.9 : 0.5, 0.009]]), 0, 1, false);
  place(out, noiseBurst(rng, 0.02, rng.range(2600, 3400), 1.5, 0.003), secs(rng.range(0.07, 0.1)), 0.3, false);
  return out;
}

function rainDrop(rng) {
  const n = secs(0.012);
  return mulEnv(ONCE.bp(white(rng, n), rng.range(1800, 6000), 1.2), adEnv(n, 0.0003, rng.range(0.0008, 0.0025)));
}

// ---------------------------------------------------------------------------------------------
// Ambient loops. Each maker gets (rng, n) and returns a buffer of n samples (any level; it is
// normalised afterwards). Relative levels: continuous beds use atRms (dB re RMS 1),
// event layers use atPeak.

const L = LOOP;

const AMBIENT = {
  'school-corridor': {
    seconds: 16,
    make(rng, n) {
      const murmur = atRms(
        L.lp(L.hp(babble(rng.fork('murmur'), n, { voices: 9, f0: [120, 260] }), 150), 850, 0.707, 2),
        0,
      );
      const room = atRms(roomTone(rng.fork('room'), n, 300), -8);
      const steps = new Float64Array(n);
      const r = rng.fork('steps');
      const walkers = 3;
      for (let w = 0; w < walkers; w++) {
        // spread out over the loop: someone passes every few seconds
        const count = r.int(9, 14),
          interval = r.range(0.5, 0.6),
          start = ((w + r.range(0, 0.4)) / walkers) * (n / SR);
        for (let s = 0; s < count; s++) {
          const x = (s + 0.5) / count;
          place(steps, footstep(r), secs(start + s * interval + r.range(-0.01, 0.01)), bump(x, 1.2) * r.range(0.75, 1));
        }
      }
      const stepsSoft = atPeak(L.lp(steps, 3000, 0.707, 2), 3);
      return L.reverb(mix(n, murmur, room, stepsSoft), 0.4, { room: 0.86, damp: 0.45, size: 1.3 });
    },
  },

  staffroom: {
    seconds: 16,
    make(rng, n) {
      const room = atRms(roomTone(rng.fork('room'), n, 320), 0);
      // A kettle slowly comes to the boil and settles again over the loop.
      const swell = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const x = i / n; // rises over ~9 s, eases off over ~7 s, never fully silent
        const y =
          x < 0.56 ? Math.sin((Math.PI / 2) * (x / 0.56)) ** 2 : Math.cos((Math.PI / 2) * ((x - 0.56) / 0.44)) ** 2;
        swell[i] = 0.08 + 0.92 * y;
      }
      const hiss = L.lp(L.bp(white(rng.fork('hiss'), n), 3600, 0.9), 5200, 0.707, 2);
      mulEnv(hiss, flutter(rng.fork('hf'), n, 6, 0.2));
      const rumble = L.lp(L.bp(white(rng.fork('rumble'), n), 420, 1.2), 900);
      mulEnv(rumble, flutter(rng.fork('bubbles'), n, 14, 0.6));
      const kettle = mix(n, atRms(hiss, 0), atRms(rumble, -2));
      const swell2 = new Float64Array(n);
      for (let i = 0; i < n; i++) swell2[i] = swell[i] ** 1.5;
      const murmur = atRms(
        L.lp(babble(rng.fork('murmur'), n, { voices: 3, f0: [100, 210], pause: [0.8, 2.5] }), 700, 0.707, 2),
        -12,
      );
      return L.reverb(mix(n, room, atRms(mulEnv(kettle, swell2), -3), murmur), 0.2, {
        room: 0.7,
        damp: 0.5,
        size: 0.7,
      });
    },
  },

  'counsellor-room': {
    seconds: 16,
    make(rng, n) {
      const room = atRms(roomTone(rng.fork('room'), n, 260), 0);
      const ticks = new Float64Array(n);
      const r = rng.fork('ticks');
      const beats = Math.round(n / SR); // one soft tick a second, exactly periodic
      for (let b = 0; b < beats; b++) place(ticks, clockTick(r, b % 2 === 1), secs(b + 0.25), r.range(0.9, 1));
      const soft = L.reverb(L.lp(ticks, 2400, 0.707, 2), 0.25, { room: 0.6, damp: 0.6, size: 0.5 });
      return mix(n, room, atPeak(soft, 14));
    },
  },

  'meeting-room': {
    seconds: 16,
    make(rng, n) {
      const air = L.hp(L.lp(L.pink(rng.fork('air'), n), 650, 0.707, 2), 60);
      mulEnv(air, slowLfo(rng.fork('drift'), n, { kMin: 1, kMax: 5, lo: 0.85, hi: 1.05 }));
      const hum = new Float64Array(n);
      const wob = slowLfo(rng.fork('wob'), n, { kMin: 2, kMax: 6, lo: 0.8, hi: 1 });
      const tones = [
        [100, 1],
        [200, 0.45],
        [300, 0.2],
        [147, 0.3],
      ];
      for (const [f, a] of tones) {
        const fq = loopFreq(f, n);
        for (let i = 0; i < n; i++) hum[i] += a * wob[i] * Math.sin((TAU * fq * i) / SR);
      }
      return mix(n, atRms(air, 0), atRms(hum, -9), atRms(roomTone(rng.fork('room'), n, 250), -8));
    },
  },

  'park-day': {
    seconds: 18,
    make(rng, n) {
      const gust = slowLfo(rng.fork('gust'), n, { kMin: 1, kMax: 6, parts: 4, lo: 0.25, hi: 1 });
      const leaves = L.lp(L.hp(L.pink(rng.fork('leaves'), n), 900, 0.707, 2), 4500, 0.707, 2);
      mulEnv(leaves, flutter(rng.fork('lf'), n, 9, 0.4));
      mulEnv(leaves, gust);
      const low = L.hp(L.lp(L.pink(rng.fork('low'), n), 600, 0.707, 2), 80);
      mulEnv(low, gust);
      const birds = new Float64Array(n);
      const r = rng.fork('birds');
      const phrases = 6;
      for (let p = 0; p < phrases; p++) {
        const t = ((p + r.range(0.1, 0.9)) / phrases) * (n / SR);
        place(birds, birdPhrase(r), secs(t), r.range(0.5, 1));
      }
      const birdsSoft = L.reverb(L.lp(birds, 6500), 0.25, { room: 0.7, damp: 0.5, size: 1.2 });
      return mix(n, atRms(leaves, -2), atRms(low, 0), atPeak(birdsSoft, 14));
    },
  },

  'park-night': {
    seconds: 18,
    make(rng, n) {
      const gust = slowLfo(rng.fork('gust'), n, { kMin: 1, kMax: 3, parts: 3, lo: 0.35, hi: 1 });
      const wind = L.lp(L.hp(L.pink(rng.fork('wind'), n), 500, 0.707, 2), 2200, 0.707, 2);
      mulEnv(wind, flutter(rng.fork('wf'), n, 5, 0.3));
      mulEnv(wind, gust);
      // Distant city: a soft low broadband wash with a slow passing swell, no tonal drone.
      const city = L.hp(L.lp(L.pink(rng.fork('city'), n), 240, 0.707, 2), 40);
      mulEnv(city, slowLfo(rng.fork('traffic'), n, { kMin: 1, kMax: 3, lo: 0.7, hi: 1 }));
      const crickets = new Float64Array(n);
      const r = rng.fork('crickets');
      const runs = 3;
      for (let k = 0; k < runs; k++) {
        const t = ((k + r.range(0.1, 0.7)) / runs) * (n / SR);
        place(crickets, cricketRun(r, r.range(4100, 4600)), secs(t), r.range(0.6, 1));
      }
      const cricketsSoft = L.reverb(L.lp(crickets, 5500), 0.3, { room: 0.7, damp: 0.5 });
      return mix(n, atRms(wind, 0), atRms(city, -1), atPeak(cricketsSoft, 1));
    },
  },

  'jo-home': {
    seconds: 16,
    make(rng, n) {
      const room = atRms(roomTone(rng.fork('room'), n, 300), 0);
      // Two TV voices taking turns, heard through a wall.
      const tv = babble(rng.fork('tv'), n, { voices: 2, f0: [105, 210], pause: [0.25, 1.0], phrase: [4, 14] });
      const tvBand = L.lp(L.hp(tv, 220, 0.707, 2), 700, 0.707, 2);
      const music = new Float64Array(n); // a faint soft chord under the voices, like a programme's music
      for (const f of [196, 246.94, 293.66]) {
        const fq = loopFreq(f, n);
        for (let i = 0; i < n; i++)
          music[i] += Math.sin((TAU * fq * i) / SR) * (0.6 + 0.4 * Math.sin((TAU * 2 * i) / n));
      }
      return L.reverb(mix(n, room, atRms(tvBand, 4), atRms(music, -12)), 0.2, { room: 0.6, damp: 0.6, size: 0.6 });
    },
  },

  'cassie-home': {
    seconds: 16,
    make(rng, n) {
      const room = atRms(roomTone(rng.fork('room'), n, 300), 0);
      const r = rng.fork('rain');
      const drops = new Float64Array(n);
      const rate = 260; // drops per second on the glass
      for (let t = r.range(0, 0.01); t < n / SR; t += -Math.log(1 - r.next()) / rate) {
        place(drops, rainDrop(r), secs(t), Math.pow(r.next(), 3));
      }
      const heavy = new Float64Array(n);
      for (let t = r.range(0, 1); t < n / SR; t += r.range(0.6, 1.8)) {
        const f = r.range(1100, 1700);
        place(
          heavy,
          glideTone(
            0.04,
            (x) => f * (1 - 0.25 * x),
            [[1, 1]],
            (x, i) => Math.min(1, i / 20) * Math.exp(-x * 5),
          ),
          secs(t),
          r.range(0.3, 1),
        );
      }
      const wash = L.lp(L.bp(L.pink(rng.fork('wash'), n), 1100, 0.6), 3500);
      mulEnv(wash, slowLfo(rng.fork('wl'), n, { kMin: 1, kMax: 4, lo: 0.7, hi: 1 }));
      const rain = L.lp(mix(n, atRms(drops, 0), atRms(wash, -1), atRms(heavy, -10)), 4500, 0.707, 2);
      return L.reverb(mix(n, room, atRms(rain, 1)), 0.15, { room: 0.6, damp: 0.6, size: 0.6 });
    },
  },

  'yos-office': {
    seconds: 16,
    make(rng, n) {
      const room = atRms(roomTone(rng.fork('room'), n, 300), 0);
      const hum = new Float64Array(n);
      const wob = slowLfo(rng.fork('wob'), n, { kMin: 3, kMax: 9, lo: 0.85, hi: 1 });
      for (const [f, a] of [
        [100, 1],
        [200, 0.55],
        [300, 0.3],
        [400, 0.16],
        [500, 0.08],
        [600, 0.05],
      ]) {
        const fq = loopFreq(f, n);
        const ph = rng.range(0, TAU);
        for (let i = 0; i < n; i++) hum[i] += a * wob[i] * Math.sin((TAU * fq * i) / SR + ph);
      }
      const murmur = atRms(
        L.lp(babble(rng.fork('murmur'), n, { voices: 2, f0: [100, 200], pause: [1.5, 4] }), 600, 0.707, 2),
        -12,
      );
      return mix(n, room, atRms(hum, -3), murmur);
    },
  },

  'youth-centre': {
    seconds: 16,
    make(rng, n) {
      const chatter = atRms(
        L.lp(
          L.hp(babble(rng.fork('chatter'), n, { voices: 12, f0: [150, 300], pause: [0.2, 1.2] }), 150),
          1300,
          0.707,
          2,
        ),
        0,
      );
      const balls = new Float64Array(n);
      const r = rng.fork('ball');
      // a few lazy dribbles and one ball settling after a drop
      let t = r.range(0, 2);
      for (let k = 0; k < 4; k++) place(balls, ballBounce(r), secs(t + k * r.range(0.5, 0.56)), r.range(0.75, 1));
      t += r.range(7, 9);
      let gap = 0.48,
        a = 1;
      for (let k = 0; k < 6; k++) {
        place(balls, ballBounce(r), secs(t), a);
        t += gap;
        gap *= 0.78;
        a *= 0.72;
      }
      const ballsSoft = L.lp(balls, 2000);
      const hall = L.reverb(mix(n, chatter, atPeak(ballsSoft, 7)), 0.45, { room: 0.88, damp: 0.4, size: 1.5 });
      return mix(n, hall, atRms(roomTone(rng.fork('room'), n, 300), -10));
    },
  },

  cafe: {
    seconds: 16,
    make(rng, n) {
      const murmur = atRms(
        L.lp(L.hp(babble(rng.fork('murmur'), n, { voices: 8, f0: [105, 250] }), 150), 1100, 0.707, 2),
        0,
      );
      const clatter = new Float64Array(n);
      const r = rng.fork('clatter');
      for (let t = r.range(0, 0.5); t < n / SR; t += r.range(0.5, 1.6)) {
        place(clatter, cupClink(r), secs(t), r.range(0.3, 1));
        if (r.next() < 0.35) place(clatter, cupClink(r), secs(t + r.range(0.08, 0.2)), r.range(0.2, 0.6));
      }
      const clatterSoft = L.lp(clatter, 4500, 0.707, 2);
      return L.reverb(mix(n, murmur, atPeak(clatterSoft, 4), atRms(roomTone(rng.fork('room'), n, 300), -8)), 0.3, {
        room: 0.78,
        damp: 0.5,
      });
    },
  },

  office: {
    seconds: 16,
    make(rng, n) {
      const room = atRms(roomTone(rng.fork('room'), n, 320), 0);
      const fan = atRms(L.hp(L.lp(L.pink(rng.fork('fan'), n), 900, 0.707, 2), 120), -6);
      const keys = new Float64Array(n);
      const r = rng.fork('keys');
      let t = r.range(0, 1);
      const end = t + n / SR;
      while (t < end) {
        const burst = r.range(1.5, 3.5);
        const stop = t + burst;
        let sinceSpace = 0;
        while (t < stop) {
          const space = sinceSpace > r.int(3, 7);
          place(keys, keyClick(r, space), secs(t), (space ? 0.9 : 0.55) * r.range(0.6, 1));
          sinceSpace = space ? 0 : sinceSpace + 1;
          t += Math.max(0.07, r.range(0.08, 0.22));
        }
        t += r.range(1.8, 4);
      }
      const keysSoft = L.lp(keys, 4500, 0.707, 2);
      return L.reverb(mix(n, room, fan, atPeak(keysSoft, 10)), 0.15, { room: 0.6, damp: 0.6, size: 0.6 });
    },
  },

  calm: {
    seconds: 18,
    make(rng, n) {
      // A warm Fmaj9 pad (F2 C3 A3 E4 G4): each voice breathes in and out on its own slow cycle.
      const voices = [87.31, 130.81, 220, 329.63, 392];
      const pad = new Float64Array(n);
      const partials = [
        [1, 1],
        [2, 0.25],
        [3, 0.11],
        [4, 0.05],
      ];
      voices.forEach((f, v) => {
        const r = rng.fork(`pad${v}`);
        const k = r.int(1, 2);
        const ph = r.range(0, TAU);
        const level = v === 0 ? 0.8 : v >= 3 ? 0.55 : 0.75;
        for (const det of [-1, 1]) {
          // two copies a whole-cycle apart: gentle slow beating
          const fq = loopFreq(f, n) + (det * SR) / n;
          const p0 = r.range(0, TAU);
          for (let i = 0; i < n; i++) {
            const breath = 0.55 + 0.45 * Math.sin((TAU * k * i) / n + ph);
            let s = 0;
            for (const [m, a] of partials) s += a * Math.sin(m * ((TAU * fq * i) / SR + p0));
            pad[i] += level * breath * s;
          }
        }
      });
      // A high soft C5 that drifts in once per loop.
      const fq = loopFreq(523.25, n);
      for (let i = 0; i < n; i++) pad[i] += 0.18 * Math.sin((TAU * i) / n - 1) ** 4 * Math.sin((TAU * fq * i) / SR);
      return L.reverb(L.lp(pad, 2200, 0.707, 2), 0.3, { room: 0.86, damp: 0.5, size: 1.4 });
    },
  },
};

// ---------------------------------------------------------------------------------------------
// One-off sounds. Each maker returns a buffer; it is then DC-filtered, faded (in 2 ms, out 30 ms)
// and normalised to its peak.

const O = ONCE;

function chime(
  durS,
  f,
  tau,
  partials = [
    [1, 1],
    [2, 0.18],
    [3, 0.05],
    [2.76, 0.06],
  ],
) {
  const n = secs(durS);
  const out = new Float64Array(n);
  for (const [m, a] of partials) {
    const e = adEnv(n, 0.005, tau / Math.sqrt(m));
    for (let i = 0; i < n; i++) out[i] += a * e[i] * Math.sin((TAU * f * m * i) / SR);
  }
  return tailFade(out, 0.03);
}

const SFX = {
  'phone-ping': {
    seconds: 0.85,
    fadeOutS: 0.1,
    make(rng, n) {
      const out = new Float64Array(n);
      place(out, chime(0.7, 783.99, 0.15), secs(0.005), 0.85, false);
      place(out, chime(0.7, 1046.5, 0.18), secs(0.135), 1, false);
      return O.reverb(O.lp(out, 4000), 0.12, { room: 0.6, damp: 0.5, size: 0.6 });
    },
  },

  'door-knock': {
    seconds: 1.0,
    make(rng, n) {
      const out = new Float64Array(n);
      [0.01, 0.2, 0.37].forEach((t, k) => {
        const d = rng.range(0.97, 1.03);
        const knock = modal(
          0.3,
          [
            [95 * d, 1, 0.06],
            [182 * d, 0.65, 0.045],
            [315 * d, 0.35, 0.025],
            [640 * d, 0.15, 0.012],
          ],
          0.0008,
        );
        place(knock, noiseBurst(rng, 0.04, 1100 * d, 0.9, 0.005), 0, 0.9, false);
        place(out, knock, secs(t), [1, 0.88, 0.95][k], false);
      });
      return O.reverb(O.lp(out, 2200, 0.707, 2), 0.15, { room: 0.65, damp: 0.55, size: 0.6 });
    },
  },

  'door-close': {
    seconds: 1.2,
    make(rng, n) {
      const out = new Float64Array(n);
      const body = glideTone(
        0.6,
        (x) => 70 - 12 * x,
        [
          [1, 1],
          [1.7, 0.45],
          [3.4, 0.18],
        ],
        (x, i) => Math.min(1, i / secs(0.004)) * Math.exp(-i / secs(0.1)),
      );
      place(out, body, secs(0.01), 1, false);
      place(
        out,
        mulEnv(O.lp(white(rng, secs(0.15)), 500, 0.707, 2), adEnv(secs(0.15), 0.002, 0.03)),
        secs(0.01),
        2.2,
        false,
      );
      place(out, noiseBurst(rng, 0.03, 2300, 1.5, 0.004), secs(0.055), 0.12, false);
      return O.reverb(O.lp(out, 2500), 0.22, { room: 0.72, damp: 0.55, size: 0.8 });
    },
  },

  'school-bell': {
    seconds: 1.45,
    fadeOutS: 0.25,
    make(rng, n) {
      const out = new Float64Array(n);
      [
        [659.25, 0.005],
        [523.25, 0.28],
        [392, 0.56],
      ].forEach(([f, t], k) => {
        place(out, chime(1.44 - t, f, 0.32), secs(t), [0.8, 0.85, 1][k], false);
      });
      return O.reverb(O.lp(out, 3500), 0.2, { room: 0.75, damp: 0.5, size: 1 });
    },
  },

  'page-turn': {
    seconds: 0.6,
    make(rng, n) {
      const len = secs(0.5);
      const sweep = (i) => 1100 * Math.pow(3800 / 1100, Math.min(1, i / len));
      const swish = O.chain(white(rng, n), svf('bp', sweep, 0.7));
      const env = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const t = i / SR;
        env[i] = t < 0.16 ? Math.sin((Math.PI / 2) * (t / 0.16)) ** 2 : Math.exp(-(t - 0.16) / 0.07);
      }
      mulEnv(swish, env);
      for (let k = 0; k < 7; k++)
        place(
          swish,
          noiseBurst(rng, 0.01, rng.range(2500, 4500), 2, 0.0015),
          secs(rng.range(0.04, 0.3)),
          rng.range(0.15, 0.35),
          false,
        );
      place(
        swish,
        mulEnv(O.lp(white(rng, secs(0.12)), 700, 0.707, 2), adEnv(secs(0.12), 0.01, 0.03)),
        secs(0.26),
        0.9,
        false,
      );
      return O.lp(swish, 4800, 0.707, 2);
    },
  },

  'ui-select': {
    seconds: 0.12,
    peakDb: -14,
    make(rng, n) {
      const out = new Float64Array(n);
      place(
        out,
        modal(
          0.1,
          [
            [1150, 1, 0.012],
            [2350, 0.25, 0.006],
          ],
          0.0012,
        ),
        secs(0.003),
        1,
        false,
      );
      return O.lp(out, 3500);
    },
  },

  'ui-confirm': {
    seconds: 0.4,
    make(rng, n) {
      const out = new Float64Array(n);
      const note = (f, tau, d) =>
        glideTone(
          d,
          () => f,
          [
            [1, 1],
            [2, 0.22],
            [3, 0.06],
          ],
          (x, i) => Math.min(1, i / secs(0.004)) * Math.exp(-i / secs(tau)),
        );
      place(out, note(523.25, 0.045, 0.25), secs(0.003), 0.8, false);
      place(out, note(783.99, 0.075, 0.32), secs(0.075), 1, false);
      return O.lp(out, 3500);
    },
  },

  'ui-back': {
    seconds: 0.3,
    make(rng, n) {
      const env = (x, i) => Math.min(1, i / secs(0.004)) * Math.exp(-i / secs(0.05));
      const tone = glideTone(
        0.29,
        (x) => 440 + 220 * Math.exp((-x * 0.33) / 0.05),
        [
          [1, 1],
          [2, 0.2],
          [3, 0.05],
        ],
        env,
      );
      const out = new Float64Array(n);
      place(out, tone, secs(0.003), 1, false);
      return O.lp(out, 3000);
    },
  },

  'ui-open': {
    seconds: 0.42,
    make(rng, n) {
      const len = secs(0.3);
      const sweep = (i) => 500 * Math.pow(2800 / 500, Math.min(1, i / len));
      const swish = O.chain(white(rng, n), svf('bp', sweep, 1.2));
      const env = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const t = i / SR;
        env[i] = t < 0.17 ? Math.sin((Math.PI / 2) * (t / 0.17)) ** 2 : Math.exp(-(t - 0.17) / 0.05);
      }
      mulEnv(swish, env);
      const tone = glideTone(
        n / SR,
        (x) => 340 * Math.pow(2, x * 1.1),
        [
          [1, 1],
          [2, 0.15],
        ],
        (x, i) => env[i],
      );
      return O.lp(mix(n, atRms(swish, 0), atRms(tone, -7)), 4000, 0.707, 2);
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Finishing, WAV writing, encoding and checking

/**
 * Gentle, loop-safe peak limiter: only the rare moments louder than `crestDb` above the RMS are
 * turned down (a smooth gain dip, no distortion), so that every place sits at a similar loudness
 * once peaks are normalised. Works cyclically, so the loop stays seamless.
 */
function limitCrest(buf, crestDb) {
  const n = buf.length,
    B = 64;
  const threshold = rms(buf) * dbToGain(crestDb);
  const blocks = Math.ceil(n / B);
  const bmax = new Float64Array(blocks);
  for (let i = 0; i < n; i++) bmax[(i / B) | 0] = Math.max(bmax[(i / B) | 0], Math.abs(buf[i]));
  const reach = Math.ceil(secs(0.015) / B) + 1; // hold the gain down 15 ms either side of a peak
  const gBlock = new Float64Array(blocks);
  for (let b = 0; b < blocks; b++) {
    let m = 0;
    for (let k = -reach; k <= reach; k++) m = Math.max(m, bmax[(((b + k) % blocks) + blocks) % blocks]);
    gBlock[b] = Math.min(1, threshold / (m || 1));
  }
  let g = new Float64Array(n);
  for (let i = 0; i < n; i++) g[i] = gBlock[(i / B) | 0];
  // zero-phase smoothing (forward then backward, both cyclic), ~4 ms
  const smooth = () => {
    const a = Math.exp(-1 / (0.004 * SR));
    let y = 0;
    return (v) => (y = a * y + (1 - a) * v);
  };
  g = run(g, smooth(), true).reverse();
  g = run(g, smooth(), true).reverse();
  return mulEnv(buf, g);
}

/**
 * The loop is exactly periodic, so it can start anywhere. Start it in its quietest, steadiest
 * quarter-second: then even a player that leaves a tiny gap at the loop point has little to interrupt.
 */
function rotateToQuietest(buf) {
  const n = buf.length,
    hop = secs(0.01),
    w = secs(0.25);
  let best = 0,
    bestE = Infinity;
  for (let s = 0; s < n; s += hop) {
    let e = 0;
    for (let i = 0; i < w; i++) e += buf[(s + i) % n] ** 2;
    if (e < bestE) {
      bestE = e;
      best = s;
    }
  }
  const start = (best + (w >> 1)) % n; // the middle of that quiet stretch becomes sample 0
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = buf[(start + i) % n];
  return out;
}

function finishLoop(buf) {
  const out = rotateToQuietest(removeMean(LOOP.hp(buf, 25)));
  return atPeak(limitCrest(out, 15), AMBIENT_PEAK_DB);
}

function finishSfx(buf, peakDb, fadeOutS = 0.03) {
  const out = ONCE.hp(buf, 25);
  const n = out.length,
    fin = secs(0.002),
    fout = secs(fadeOutS);
  for (let i = 0; i < fin; i++) out[i] *= Math.sin((Math.PI / 2) * (i / fin)) ** 2;
  for (let i = 0; i < fout; i++) out[n - 1 - i] *= Math.sin((Math.PI / 2) * (i / fout)) ** 2;
  return atPeak(out, peakDb);
}

function writeWav(file, buf, rng) {
  const n = buf.length;
  const data = Buffer.alloc(44 + n * 2);
  data.write('RIFF', 0);
  data.writeUInt32LE(36 + n * 2, 4);
  data.write('WAVE', 8);
  data.write('fmt ', 12);
  data.writeUInt32LE(16, 16);
  data.writeUInt16LE(1, 20);
  data.writeUInt16LE(1, 22);
  data.writeUInt32LE(SR, 24);
  data.writeUInt32LE(SR * 2, 28);
  data.writeUInt16LE(2, 32);
  data.writeUInt16LE(16, 34);
  data.write('data', 36);
  data.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) {
    const dither = rng.next() - rng.next(); // TPDF, +-1 LSB, seeded
    const v = Math.round(buf[i] * 32767 + dither);
    data.writeInt16LE(Math.max(-32768, Math.min(32767, v)), 44 + i * 2);
  }
  fs.writeFileSync(file, data);
}

function ffmpeg(args, opts = {}) {
  const r = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', ...args], {
    maxBuffer: 256 * 1024 * 1024,
    ...opts,
  });
  if (r.error || r.status !== 0) {
    throw new Error(`ffmpeg ${args.join(' ')} failed: ${r.error?.message ?? r.stderr?.toString()}`);
  }
  return r.stdout;
}

function encodeMp3(wav, mp3, bitrate) {
  ffmpeg([
    '-y',
    '-i',
    wav,
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    '-c:a',
    'libmp3lame',
    '-b:a',
    bitrate,
    '-ac',
    '1',
    '-ar',
    String(SR),
    '-id3v2_version',
    '0',
    mp3,
  ]);
}

/**
 * Seamless MP3 loops. An MP3 encoder needs a little audio either side of any sample to code it
 * well; at the very start and end of a file it only has silence there, which leaves a faint tick
 * at the loop point of very smooth beds. So the loop is encoded with CONTEXT samples of itself
 * wrapped on either side (its own end before its start, its own start after its end), and the
 * encoder delay/padding fields of the LAME/Info tag are then widened by CONTEXT, so gapless
 * decoders (ffmpeg, Chromium, ...) trim the context away and return exactly the loop.
 */
const CONTEXT = 2304; // two MP3 frames

function withContext(buf) {
  const n = buf.length;
  const out = new Float64Array(n + 2 * CONTEXT);
  for (let i = 0; i < out.length; i++) out[i] = buf[(((i - CONTEXT) % n) + n) % n];
  return out;
}

function crc16ansi(bytes) {
  let c = 0;
  for (const x of bytes) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
  }
  return c;
}

function widenGaplessTag(file, extraStart, extraEnd) {
  const b = fs.readFileSync(file);
  if (b[0] !== 0xff || (b[1] & 0xe0) !== 0xe0) throw new Error(`${file}: expected an MP3 frame at byte 0`);
  const bitrates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
  if ((b[1] & 0x1e) !== 0x1a) throw new Error(`${file}: expected MPEG-1 Layer III`);
  const frameLen = Math.floor((144 * 1000 * bitrates[b[2] >> 4]) / SR) + ((b[2] >> 1) & 1);
  const head = b.subarray(0, 64).toString('latin1');
  const info = Math.max(head.indexOf('Info'), head.indexOf('Xing'));
  if (info < 0) throw new Error(`${file}: no Info/Xing tag (is ffmpeg writing it?)`);
  const flags = b.readUInt32BE(info + 4);
  const lame = info + 8 + (flags & 1 ? 4 : 0) + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  const v = b.readUIntBE(lame + 21, 3);
  const delay = (v >> 12) + extraStart,
    pad = (v & 0xfff) + extraEnd;
  if (delay > 4095 || pad > 4095) throw new Error(`${file}: gapless fields overflow (${delay}, ${pad})`);
  b.writeUIntBE((delay << 12) | pad, lame + 21, 3);
  // Tag CRC, computed the way ffmpeg's muxer does: 190 bytes of the frame, CRC field zeroed.
  const frame = Buffer.alloc(190);
  b.copy(frame, 0, 0, Math.min(frameLen, 190));
  frame[lame + 34] = 0;
  frame[lame + 35] = 0;
  b.writeUInt16BE(crc16ansi(frame), lame + 34);
  fs.writeFileSync(file, b);
}

/** Decode an MP3 back (ffmpeg honours the encoder delay/padding tag) and measure it. */
function measure(mp3, isLoop) {
  const raw = ffmpeg(['-i', mp3, '-f', 'f32le', '-ac', '1', '-ar', String(SR), '-']);
  const x = new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  const m = { seconds: n / SR, peakDb: gainToDb(peak(x)), rmsDb: gainToDb(rms(x)), dc: mean };
  if (isLoop) {
    // Treat the file as a loop (index wraps) and ask: does anything stand out at the loop point?
    const at = (i) => x[((i % n) + n) % n];
    const pct = (value, all) => (100 * all.filter((v) => v < value).length) / all.length;
    // 1) Level step: RMS of the last 50 ms vs the first 50 ms, ranked among every pair of
    //    neighbouring 50 ms windows in the file (a percentile near 50 means an ordinary moment).
    const w = secs(0.05);
    const win = (s) => {
      let e = 0;
      for (let i = s; i < s + w; i++) e += at(i) ** 2;
      return Math.sqrt(e / w);
    };
    const step = (s) => Math.abs(gainToDb(win(s) / win(s - w)));
    m.seamDb = gainToDb(win(0) / win(-w));
    const steps = [];
    for (let s = w; s + w <= n; s += w) steps.push(step(s));
    m.seamStepPct = pct(step(0), steps);
    // 2) Clicks: high-frequency energy (first difference) in 10 ms straddling the loop point,
    //    ranked among every 10 ms window in the file.
    const h = secs(0.01);
    const hf = (s) => {
      let e = 0;
      for (let i = s; i < s + h; i++) e += (at(i) - at(i - 1)) ** 2;
      return e;
    };
    const hfs = [];
    for (let s = 0; s + h <= n; s += h) hfs.push(hf(s));
    m.seamHfPct = pct(hf(-Math.floor(h / 2)), hfs);
  }
  return m;
}

// ---------------------------------------------------------------------------------------------

function main() {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
      'Usage: node tools/make-audio.mjs [--only=id,id,...] [--keep-wav]\nSynthesises assets/audio/ambient/*.mp3 and assets/audio/sfx/*.mp3 (needs ffmpeg).',
    );
    return;
  }
  const onlyArg = argv.find((a) => a.startsWith('--only='));
  const only = onlyArg ? new Set(onlyArg.slice(7).split(',').filter(Boolean)) : null;
  const keepWav = argv.includes('--keep-wav');
  if (only) {
    const known = new Set([...Object.keys(AMBIENT), ...Object.keys(SFX)]);
    const unknown = [...only].filter((id) => !known.has(id));
    if (unknown.length) {
      console.error(`Unknown sound id(s): ${unknown.join(', ')}`);
      process.exit(2);
    }
  }

  const probe = spawnSync('ffmpeg', ['-hide_banner', '-version']);
  if (probe.error || probe.status !== 0 || !/libmp3lame|enable-libmp3lame/.test(probe.stdout?.toString() ?? '')) {
    console.error(
      [
        'make-audio: ffmpeg (with libmp3lame) was not found on PATH.',
        '',
        'ffmpeg is only needed to REGENERATE the sounds. The generated MP3s are committed under',
        'assets/audio/, so building, testing and playing the game do not need it.',
        '',
        'To regenerate, install ffmpeg and run this script again:',
        '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ffmpeg',
        '  macOS:          brew install ffmpeg',
        '  Windows:        winget install ffmpeg',
        '  then:           node tools/make-audio.mjs',
      ].join('\n'),
    );
    process.exit(1);
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'practice-paths-audio-'));
  fs.mkdirSync(path.join(OUT_DIR, 'ambient'), { recursive: true });
  fs.mkdirSync(path.join(OUT_DIR, 'sfx'), { recursive: true });

  const jobs = [
    ...Object.entries(AMBIENT).map(([id, def]) => ({ id, def, kind: 'ambient' })),
    ...Object.entries(SFX).map(([id, def]) => ({ id, def, kind: 'sfx' })),
  ].filter((j) => !only || only.has(j.id));

  const rows = [];
  try {
    for (const { id, def, kind } of jobs) {
      const rng = new Rng(`practice-paths/${kind}/${id}`);
      const isLoop = kind === 'ambient';
      const n = secs(def.seconds);
      const raw = def.make(rng.fork('sound'), n);
      if (raw.length !== n) throw new Error(`${id}: made ${raw.length} samples, expected ${n}`);
      const buf = isLoop ? finishLoop(raw) : finishSfx(raw, def.peakDb ?? SFX_PEAK_DB, def.fadeOutS);
      const wav = path.join(tmp, `${kind}-${id}.wav`);
      writeWav(wav, isLoop ? withContext(buf) : buf, rng.fork('dither'));
      const rel = path.join('assets', 'audio', kind, `${id}.mp3`);
      encodeMp3(wav, path.join(ROOT, rel), isLoop ? AMBIENT_BITRATE : SFX_BITRATE);
      if (isLoop) widenGaplessTag(path.join(ROOT, rel), CONTEXT, CONTEXT);
      const m = measure(path.join(ROOT, rel), isLoop);
      if (isLoop && Math.round(m.seconds * SR) !== n) {
        throw new Error(
          `${rel}: decodes to ${Math.round(m.seconds * SR)} samples, expected exactly ${n} (gapless trim failed)`,
        );
      }
      rows.push({ file: rel, bytes: fs.statSync(path.join(ROOT, rel)).size, ...m, isLoop });
      process.stderr.write(`made ${rel}\n`);
    }
  } finally {
    if (keepWav) console.log(`WAVs kept in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }

  const pad = (s, w, right = false) => (right ? String(s).padStart(w) : String(s).padEnd(w));
  const header = `${pad('file', 42)} ${pad('seconds', 8, true)} ${pad('bytes', 8, true)} ${pad('peak dB', 8, true)} ${pad('rms dB', 7, true)}  loop seam: level step last->first 50 ms (percentile), HF energy at seam (percentile)`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) {
    const seam = r.isLoop
      ? `${r.seamDb >= 0 ? '+' : ''}${r.seamDb.toFixed(2)} dB (p${r.seamStepPct.toFixed(0)}), HF p${r.seamHfPct.toFixed(0)}`
      : '';
    console.log(
      `${pad(r.file, 42)} ${pad(r.seconds.toFixed(2), 8, true)} ${pad(r.bytes, 8, true)} ${pad(r.peakDb.toFixed(1), 8, true)} ${pad(r.rmsDb.toFixed(1), 7, true)}  ${seam}`,
    );
  }
  const total = rows.reduce((s, r) => s + r.bytes, 0);
  console.log(`${rows.length} file(s), ${(total / 1024).toFixed(0)} KiB in total.`);
}

main();
