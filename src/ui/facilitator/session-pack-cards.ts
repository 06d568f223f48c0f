// The printable answer cards: one QR code each (its card number), with A, B, C and D in large letters on the
// four edges, each letter upright when its edge is at the top. Two cards to an A4 page.
import type { CodeMatrix } from '../../core/facilitator/card-ports.ts';
import { h } from '../dom.ts';
import { svgElement } from '../svg.ts';
import type { UiContext } from '../ui-context.ts';

export const LETTERS = ['A', 'B', 'C', 'D'] as const;
/** White modules around the code: the reader needs a quiet margin. */
const QUIET = 3;

/** One card; `code` is the matrix of its QR code. */
export function answerCard(ctx: UiContext, number: number, code: CodeMatrix): HTMLElement {
  const words = ctx.words().messages.sessionPack;
  return h(
    'article',
    { class: 'pp-card', 'data-card': number, 'aria-label': words.card(number) },
    ...LETTERS.map((letter, side) =>
      h('span', {
        class: `pp-edge pp-edge-${String(side)}`,
        'data-letter': letter,
        'aria-hidden': 'true',
        text: letter,
      }),
    ),
    codeSvg(code),
    h('span', { class: 'pp-card-number', text: String(number) }),
  );
}

/** The code as one SVG path of dark squares, drawn crisp at any print size. */
function codeSvg(code: CodeMatrix): SVGSVGElement {
  const steps: string[] = [];
  code.dark.forEach((dark, i) => {
    if (dark) steps.push(`M${String(i % code.size)} ${String(Math.floor(i / code.size))}h1v1h-1z`);
  });
  const extent = code.size + QUIET * 2;
  const svg = svgElement('svg', {
    class: 'pp-code',
    viewBox: `${String(-QUIET)} ${String(-QUIET)} ${String(extent)} ${String(extent)}`,
    'shape-rendering': 'crispEdges',
    'aria-hidden': 'true',
  });
  svg.append(
    svgElement('rect', { x: -QUIET, y: -QUIET, width: extent, height: extent, fill: '#fff' }),
    svgElement('path', { d: steps.join(''), fill: '#000' }),
  );
  return svg;
}

/** The sheet of answer cards 1…count, two to a page. */
export function answerCardSheet(ctx: UiContext, codes: readonly CodeMatrix[]): HTMLElement {
  const words = ctx.words().messages.sessionPack;
  const pages: HTMLElement[] = [];
  for (let i = 0; i < codes.length; i += 2) {
    pages.push(
      h('div', { class: 'pp-card-page' }, ...codes.slice(i, i + 2).map((code, k) => answerCard(ctx, i + k + 1, code))),
    );
  }
  return h(
    'section',
    { class: 'pp-pack-part pp-cards', 'aria-label': words.cardsHeading },
    h('h2', { class: 'pp-screen-only', text: words.cardsHeading }),
    h('p', { class: 'pp-screen-only', text: words.cardsHint }),
    ...pages,
  );
}
