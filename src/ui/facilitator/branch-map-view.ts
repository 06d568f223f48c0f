// The branch map of a group session: every decision taken on every branch explored, the hands raised at
// each, and where the room is now; any decision can be returned to. Drawn as SVG (for the eye and the
// mouse) with a list of the same in words, with buttons (for keyboards and screen readers).
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import { CURRENT_BRANCH } from '../../app/facilitator-controller.ts';
import { isRevealed, optionLetter, pointKey } from '../../core/facilitator/facilitator-state.ts';
import type { GroupBranch } from '../../core/facilitator/group-debrief.ts';
import { buildBranchTree, nodeKey, type TreeNode } from '../../core/session/branch-tree.ts';
import { button, h } from '../dom.ts';
import { svgElement as el } from '../svg.ts';

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


const tone = (node: TreeNode): string => {
  const chosen = node.decision.options[node.decision.chosen];
  const s = chosen?.supports.length ?? 0;
  const u = chosen?.undermines.length ?? 0;
  return s > u ? 'node-supports' : u > s ? 'node-undermines' : u > 0 ? 'node-mixed' : 'node-neutral';
};

const words = (id: string | undefined): string => (id ?? '').replace(/-/g, ' ');

export function branchMapView(controller: FacilitatorController, options: MapOptions): HTMLElement {
  const branches = controller.branches();
  const state = controller.state;
  const tree = buildBranchTree(branches);
  const current = branches.find((b) => b.id === CURRENT_BRANCH)!;
  const onPath = new Set(current.decisions.map((_, i) => nodeKey(current.decisions, i)));
  const owner = (node: TreeNode): GroupBranch => branches.find((b) => node.branchIds.includes(b.id)) ?? current;
  const votesOf = (branch: GroupBranch, step: number): readonly number[] => state.votes[pointKey(branch.path.slice(0, step))] ?? [];
  const last = tree.nodes.find((n) => n.key === (current.decisions.length ? nodeKey(current.decisions, current.decisions.length - 1) : ''));
  const point = controller.point();
  const nowDepth = point.kind === 'end' || !last ? (last ? last.depth : 0) : last.depth + 1;
  const nowRow = last?.row ?? 0;
  const columns = Math.max(tree.depth, nowDepth + 1);
  const rows = Math.max(tree.rows, nowRow + 1);
  const width = PAD * 2 + columns * W;
  const height = TOP + rows * H;
  const at = (depth: number, row: number) => ({ x: PAD + depth * W + W / 2, y: TOP + row * H + H / 2 - 14 });
  const drawing = el('svg', { viewBox: `0 0 ${width} ${height}`, class: 'fac-map-drawing', 'aria-hidden': 'true', focusable: 'false' });
  drawing.style.width = `${width / UNITS_PER_EM}em`;
  for (let d = 0; d < columns; d++) drawing.append(el('text', { x: at(d, 0).x, y: 34, class: 'col-label', 'text-anchor': 'middle' }, String(d + 1)));
  for (const node of tree.nodes) {
    const parent = tree.nodes.find((n) => n.key === node.parentKey);
    if (!parent) continue;
    const a = at(parent.depth, parent.row);
    const b = at(node.depth, node.row);
    drawing.append(el('path', { d: `M${a.x},${a.y} C${a.x + W / 2},${a.y} ${b.x - W / 2},${b.y} ${b.x},${b.y}`, class: onPath.has(node.key) ? 'edge on-path' : 'edge' }));
  }
  const now = at(nowDepth, nowRow);
  if (point.kind !== 'end' && last) {
    const a = at(last.depth, last.row);
    drawing.append(el('path', { d: `M${a.x},${a.y} L${now.x},${now.y}`, class: 'edge to-now' }));
  }
  for (const node of tree.nodes) {
    const { x, y } = at(node.depth, node.row);
    const branch = owner(node);
    const shown = options.revealAll || isRevealed(state, pointKey(branch.path.slice(0, node.decision.step)));
    const group = el('g', { class: `node ${shown ? tone(node) : 'node-hidden'}${onPath.has(node.key) ? ' on-path' : ''}`, 'data-node': node.key });
    const votes = votesOf(branch, node.decision.step);
    group.append(
      el('circle', { cx: x, cy: y, r: onPath.has(node.key) ? 38 : 32 }),
      el('text', { x, y: y + 14, 'text-anchor': 'middle', class: 'letter' }, optionLetter(node.decision.chosen)),
      el('text', { x, y: y + 72, 'text-anchor': 'middle', class: 'votes' }, votes.some((n) => n > 0) ? node.decision.options.map((_, i) => votes[i] ?? 0).join('·') : '–'),
    );
    const isEnd = branch.ending && node.depth === branch.decisions.length - 1;
    if (isEnd) group.append(el('text', { x, y: y + 104, 'text-anchor': 'middle', class: 'ending' }, `end: ${words(branch.ending)}`));
    group.addEventListener('click', () => options.onGo(branch.path, node.decision.step));
    drawing.append(group);
  }
  const marker = el('g', { class: 'now-marker' });
  marker.append(el('circle', { cx: now.x, cy: now.y, r: 50 }), el('text', { x: now.x, y: now.y - 62, 'text-anchor': 'middle' }, point.kind === 'end' ? 'Now (end)' : 'Now'));
  const occupied = tree.nodes.some((n) => n.depth === nowDepth && n.row === nowRow);
  const hereVotes = state.votes[pointKey(state.position.path)] ?? [];
  if (!occupied && point.kind === 'decision' && hereVotes.some((n) => n > 0)) {
    marker.append(el('text', { x: now.x, y: now.y + 82, 'text-anchor': 'middle', class: 'votes' }, controller.view().options.map((_, i) => hereVotes[i] ?? 0).join('·')));
  }
  drawing.append(marker);
  const scroller = h('div', { class: 'fac-map-scroll', 'data-block': '', tabindex: 0, role: 'region', 'aria-label': 'Branch map drawing (described in words below)' }, drawing);
  requestAnimationFrame(() => {
    const scale = drawing.getBoundingClientRect().width / width;
    if (scroller.isConnected && scale > 0) scroller.scrollLeft = Math.max(0, now.x * scale - scroller.clientWidth * 0.6);
  });
  return h('div', { class: 'fac-map' },
    scroller,
    tree.nodes.length === 0 ? h('p', { 'data-block': '', text: 'No decisions taken yet: the map grows as the room chooses.' }) : null,
    h('p', { class: 'fac-map-legend', 'data-block': '', text: `Columns are decisions in order; each circle shows the option taken and, below it, the hands for A, B, C… Ringed: where the room is now. ${options.revealAll ? 'Colours: green supported more principles than it strained, red strained more, amber both.' : 'Colours appear once a decision’s mapping has been revealed.'}` }),
    mapInWords(branches, state.votes, options),
  );
}

function mapInWords(branches: readonly GroupBranch[], votes: Readonly<Record<string, readonly number[]>>, options: MapOptions): HTMLElement {
  return h('details', { class: 'fac-map-words', 'data-block': '' },
    h('summary', { text: 'The map in words, with buttons to return to any decision' }),
    h('ol', {}, ...branches.map((branch, index) => h('li', {},
      h('h3', { text: `${branch.id === CURRENT_BRANCH ? 'The branch the room is on' : `Branch ${index + 1}`}: ${branch.decisions.length} ${branch.decisions.length === 1 ? 'decision' : 'decisions'}${branch.ending ? `, ended (${words(branch.ending)})` : ''}` }),
      h('ol', {}, ...branch.decisions.map((d) => {
        const hands = votes[pointKey(branch.path.slice(0, d.step))] ?? [];
        const tally = d.options.map((_, i) => `${optionLetter(i)} ${hands[i] ?? 0}`).join(', ');
        return h('li', {},
          h('span', { text: `Decision ${d.ordinal + 1}: ${optionLetter(d.chosen)}, “${d.options[d.chosen]?.text ?? ''}”. Hands: ${tally}. ` }),
          button(h('span', {}, 'Return here', h('span', { class: 'visually-hidden', text: ` (decision ${d.ordinal + 1}${branch.id === CURRENT_BRANCH ? '' : `, branch ${index + 1}`})` })), () => options.onGo(branch.path, d.step), { class: 'small', 'data-return': `${index}-${d.ordinal}` }),
        );
      })),
      branch.id === CURRENT_BRANCH ? null : button(h('span', {}, 'Go to where this branch stops', h('span', { class: 'visually-hidden', text: ` (branch ${index + 1})` })), () => options.onGo(branch.path, branch.path.length), { class: 'small', 'data-branch-end': index }),
    ))),
  );
}
