// The playthrough as a small branch map: decisions as nodes, the path followed highlighted, other branches
// tried drawn beside it, each node marked by whether the choice there supported or strained principles.
// The drawing is decorative for screen readers; a list says the same in words.
import type { PrincipleCatalogue } from '../../core/principles/principle-catalogue.ts';
import { buildBranchTree, nodeKey, type Branch, type TreeNode } from '../../core/session/branch-tree.ts';
import { h } from '../dom.ts';
import { principleName } from '../principle-names.ts';
import { svgElement as el } from '../svg.ts';

const STEP_X = 46;
const STEP_Y = 42;
const PAD = 24;


const tone = (node: TreeNode): string => {
  const chosen = node.decision.options[node.decision.chosen];
  const s = chosen?.supports.length ?? 0;
  const u = chosen?.undermines.length ?? 0;
  return s > u ? 'node-supports' : u > s ? 'node-undermines' : u > 0 ? 'node-mixed' : 'node-neutral';
};

export function branchMap(branches: readonly Branch[], currentId: string, catalogue: PrincipleCatalogue, extraClass = ''): HTMLElement {
  const tree = buildBranchTree(branches);
  const current = branches.find((b) => b.id === currentId);
  const onPath = new Set(current ? current.decisions.map((_, i) => nodeKey(current.decisions, i)) : []);
  const width = PAD * 2 + Math.max(1, tree.depth - 1) * STEP_X;
  const height = PAD * 2 + Math.max(1, tree.rows - 1) * STEP_Y;
  const drawing = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: `branch-map ${extraClass}`, 'aria-hidden': 'true', focusable: 'false' });
  const at = (n: TreeNode) => ({ x: PAD + n.depth * STEP_X, y: PAD + n.row * STEP_Y });
  for (const node of tree.nodes) {
    const parent = tree.nodes.find((n) => n.key === node.parentKey);
    if (!parent) continue;
    const a = at(parent);
    const b = at(node);
    drawing.append(el('path', { d: `M${a.x},${a.y} C${a.x + STEP_X / 2},${a.y} ${b.x - STEP_X / 2},${b.y} ${b.x},${b.y}`, class: onPath.has(node.key) ? 'edge on-path' : 'edge' }));
  }
  for (const node of tree.nodes) {
    const { x, y } = at(node);
    const group = el('g', { class: `node ${tone(node)}${onPath.has(node.key) ? ' on-path' : ''}` });
    group.append(el('circle', { cx: x, cy: y, r: onPath.has(node.key) ? 14 : 11 }), el('text', { x, y: y + 5, 'text-anchor': 'middle' }, String(node.depth + 1)));
    drawing.append(group);
  }
  const words = h('ol', { class: 'branch-list' }, ...branches.map((branch, index) =>
    h('li', {},
      h('strong', { text: `${branch.id === currentId ? 'The path you are on' : `Branch ${index + 1}`}${branch.ending ? ` (ended: ${branch.ending})` : ' (not finished)'}: ` }),
      branch.decisions.map((d) => {
        const chosen = d.options[d.chosen];
        const mapping = [
          chosen?.supports.length ? `supports ${chosen.supports.map((id) => principleName(catalogue, id)).join(', ')}` : '',
          chosen?.undermines.length ? `strains ${chosen.undermines.map((id) => principleName(catalogue, id)).join(', ')}` : '',
        ].filter(Boolean).join('; ');
        return `${d.ordinal + 1}. ${chosen?.text ?? ''}${mapping ? ` (${mapping})` : ''}`;
      }).join(' → '),
    ),
  ));
  const legend = h('p', { class: 'muted map-legend', text: 'Each circle is a decision, numbered in order. Green: the choice supported more principles than it strained. Red: it strained more. Amber: both. The larger circles are the path you are on.' });
  return h('div', { class: 'branch-map-wrap' }, h('div', { class: 'table-wrap' }, drawing), legend, h('details', {}, h('summary', { text: 'The map in words' }), words));
}
