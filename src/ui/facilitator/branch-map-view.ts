// The branch map of a group session: every decision taken on every branch explored, the hands raised at
// each, and where the room is now; any decision can be returned to. The grid and the hands come from the
// session's room (app/facilitator-room); this draws them as SVG (for the eye and the mouse) with a list of
// the same in words, with buttons (for keyboards and screen readers).
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import { CURRENT_BRANCH, handsFor, type GroupMap } from '../../app/facilitator-room.ts';
import { optionLetter } from '../../core/facilitator/facilitator-state.ts';
import { endingLabel } from '../../core/session/scene-page.ts';
import { button, h } from '../dom.ts';
import { svgElement as el } from '../svg.ts';
import '../../styles/later.css';

const W = 170;
const H = 190;
const TOP = 60;
const PAD = 20;
/** SVG units per em of the surrounding text, so the map scales with the screen's type. */
const UNITS_PER_EM = 42;

export interface MapOptions {
  /** Colour every decision by its mapping (the presenter), or only those revealed to the room. */
  readonly revealAll: boolean;
  readonly onGo: (path: readonly number[], upTo: number) => void;
}

const at = (cell: { depth: number; row: number }) => ({
  x: PAD + cell.depth * W + W / 2,
  y: TOP + cell.row * H + H / 2 - 14,
});

export function branchMapView(controller: FacilitatorController, options: MapOptions): HTMLElement {
  const map = controller.room.map(options.revealAll);
  const width = PAD * 2 + map.columns * W;
  const height = TOP + map.rows * H;
  const drawing = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'fac-map-drawing',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  drawing.style.width = `${width / UNITS_PER_EM}em`;
  for (let d = 0; d < map.columns; d++)
    drawing.append(
      el('text', { x: at({ depth: d, row: 0 }).x, y: 34, class: 'col-label', 'text-anchor': 'middle' }, String(d + 1)),
    );
  drawNodes(drawing, map, options);
  const now = at(map.now);
  drawing.append(nowMarker(map));
  const scroller = h(
    'div',
    {
      class: 'fac-map-scroll',
      'data-block': '',
      tabindex: 0,
      role: 'region',
      'aria-label': 'Branch map drawing (described in words below)',
    },
    drawing,
  );
  requestAnimationFrame(() => {
    const scale = drawing.getBoundingClientRect().width / width;
    if (scroller.isConnected && scale > 0)
      scroller.scrollLeft = Math.max(0, now.x * scale - scroller.clientWidth * 0.6);
  });
  return h(
    'div',
    { class: 'fac-map' },
    scroller,
    map.nodes.length === 0
      ? h('p', { 'data-block': '', text: 'No decisions taken yet: the map grows as the room chooses.' })
      : null,
    h('p', {
      class: 'fac-map-legend',
      'data-block': '',
      text: `Columns are decisions in order; each circle shows the option taken and, below it, the hands for A, B, C… Ringed: where the room is now. ${options.revealAll ? 'Colours: green supported more principles than it strained, red strained more, amber both.' : 'Colours appear once a decision’s mapping has been revealed.'}`,
    }),
    mapInWords(map, options),
  );
}

function drawNodes(drawing: SVGSVGElement, map: GroupMap, options: MapOptions): void {
  for (const node of map.nodes) {
    if (!node.parent) continue;
    const a = at(node.parent);
    const b = at(node);
    drawing.append(
      el('path', {
        d: `M${a.x},${a.y} C${a.x + W / 2},${a.y} ${b.x - W / 2},${b.y} ${b.x},${b.y}`,
        class: node.onPath ? 'edge on-path' : 'edge',
      }),
    );
  }
  const now = at(map.now);
  if (!map.ended && map.layout.last) {
    const a = at(map.layout.last);
    drawing.append(el('path', { d: `M${a.x},${a.y} L${now.x},${now.y}`, class: 'edge to-now' }));
  }
  for (const node of map.nodes) {
    const { x, y } = at(node);
    const group = el('g', {
      class: `node ${node.shown ? node.tone : 'node-hidden'}${node.onPath ? ' on-path' : ''}`,
      'data-node': node.key,
    });
    group.append(
      el('circle', { cx: x, cy: y, r: node.onPath ? 38 : 32 }),
      el('text', { x, y: y + 14, 'text-anchor': 'middle', class: 'letter' }, optionLetter(node.decision.chosen)),
      el(
        'text',
        { x, y: y + 72, 'text-anchor': 'middle', class: 'votes' },
        node.votes.some((n) => n > 0) ? handsFor(node.decision, node.votes).join('·') : '–',
      ),
    );
    if (node.endsAt)
      group.append(el('text', { x, y: y + 104, 'text-anchor': 'middle', class: 'ending' }, `end: ${node.endsAt}`));
    group.addEventListener('click', () => options.onGo(node.owner.path, node.decision.step));
    drawing.append(group);
  }
}

function nowMarker(map: GroupMap): SVGGElement {
  const now = at(map.now);
  const marker = el('g', { class: 'now-marker' });
  marker.append(
    el('circle', { cx: now.x, cy: now.y, r: 50 }),
    el('text', { x: now.x, y: now.y - 62, 'text-anchor': 'middle' }, map.ended ? 'Now (end)' : 'Now'),
  );
  if (map.hereVotes.length > 0)
    marker.append(
      el('text', { x: now.x, y: now.y + 82, 'text-anchor': 'middle', class: 'votes' }, map.hereVotes.join('·')),
    );
  return marker;
}

function mapInWords(map: GroupMap, options: MapOptions): HTMLElement {
  return h(
    'details',
    { class: 'fac-map-words', 'data-block': '' },
    h('summary', { text: 'The map in words, with buttons to return to any decision' }),
    h(
      'ol',
      {},
      ...map.branches.map((branch, index) => {
        return h(
          'li',
          {},
          h('h3', {
            text: `${branch.id === CURRENT_BRANCH ? 'The branch the room is on' : `Branch ${index + 1}`}: ${branch.decisions.length} ${branch.decisions.length === 1 ? 'decision' : 'decisions'}${branch.ending ? `, ended (${endingLabel(branch)})` : ''}`,
          }),
          h(
            'ol',
            {},
            ...branch.decisions.map((d) => {
              const hands = map.votesBefore(branch.path.slice(0, d.step));
              const tally = d.options.map((_, i) => `${optionLetter(i)} ${hands[i] ?? 0}`).join(', ');
              return h(
                'li',
                {},
                h('span', {
                  text: `Decision ${d.ordinal + 1}: ${optionLetter(d.chosen)}, “${d.options[d.chosen]?.text ?? ''}”. Hands: ${tally}. `,
                }),
                button(
                  h(
                    'span',
                    {},
                    'Return here',
                    h('span', {
                      class: 'visually-hidden',
                      text: ` (decision ${d.ordinal + 1}${branch.id === CURRENT_BRANCH ? '' : `, branch ${index + 1}`})`,
                    }),
                  ),
                  () => options.onGo(branch.path, d.step),
                  { class: 'small', 'data-return': `${index}-${d.ordinal}` },
                ),
              );
            }),
          ),
          branch.id === CURRENT_BRANCH
            ? null
            : button(
                h(
                  'span',
                  {},
                  'Go to where this branch stops',
                  h('span', { class: 'visually-hidden', text: ` (branch ${index + 1})` }),
                ),
                () => options.onGo(branch.path, branch.path.length),
                { class: 'small', 'data-branch-end': index },
              ),
        );
      }),
    ),
  );
}
