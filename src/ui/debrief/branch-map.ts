// The playthrough as a small branch map: decisions as nodes, the path followed highlighted, other branches
// tried drawn beside it, each node marked by whether the choice there supported or strained principles.
// The layout comes from app/branch-map-layout; the drawing is decorative for screen readers, and a list says
// the same in words.
import { layoutBranchMap } from '../../app/branch-map-layout.ts';
import type { ExploredBranch } from '../../app/story-playback.ts';
import type { PrincipleCatalogue } from '../../core/principles/principle-catalogue.ts';
import { endingLabel } from '../../core/session/scene-page.ts';
import { h } from '../dom.ts';
import { principleName } from '../principle-names.ts';
import { svgElement as el } from '../svg.ts';

const STEP_X = 46;
const STEP_Y = 42;
const PAD = 24;

export function branchMap(
  branches: readonly ExploredBranch[],
  currentId: string,
  catalogue: PrincipleCatalogue,
  extraClass = '',
): HTMLElement {
  const layout = layoutBranchMap(branches, currentId);
  const width = PAD * 2 + Math.max(1, layout.columns - 1) * STEP_X;
  const height = PAD * 2 + Math.max(1, layout.rows - 1) * STEP_Y;
  const drawing = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: `branch-map ${extraClass}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  const at = (n: { depth: number; row: number }) => ({ x: PAD + n.depth * STEP_X, y: PAD + n.row * STEP_Y });
  for (const node of layout.nodes) {
    if (!node.parent) continue;
    const a = at(node.parent);
    const b = at(node);
    drawing.append(
      el('path', {
        d: `M${a.x},${a.y} C${a.x + STEP_X / 2},${a.y} ${b.x - STEP_X / 2},${b.y} ${b.x},${b.y}`,
        class: node.onPath ? 'edge on-path' : 'edge',
      }),
    );
  }
  for (const node of layout.nodes) {
    const { x, y } = at(node);
    const group = el('g', { class: `node ${node.tone}${node.onPath ? ' on-path' : ''}` });
    group.append(
      el('circle', { cx: x, cy: y, r: node.onPath ? 14 : 11 }),
      el('text', { x, y: y + 5, 'text-anchor': 'middle' }, String(node.depth + 1)),
    );
    drawing.append(group);
  }
  const legend = h('p', {
    class: 'muted map-legend',
    text: 'Each circle is a decision, numbered in order. Green: the choice supported more principles than it strained. Red: it strained more. Amber: both. The larger circles are the path you are on.',
  });
  return h(
    'div',
    { class: 'branch-map-wrap' },
    h('div', { class: 'table-wrap' }, drawing),
    legend,
    h('details', {}, h('summary', { text: 'The map in words' }), mapInWords(branches, currentId, catalogue)),
  );
}

function mapInWords(
  branches: readonly ExploredBranch[],
  currentId: string,
  catalogue: PrincipleCatalogue,
): HTMLElement {
  const names = (ids: readonly string[]) => ids.map((id) => principleName(catalogue, id)).join(', ');
  return h(
    'ol',
    { class: 'branch-list' },
    ...branches.map((branch, index) =>
      h(
        'li',
        {},
        h('strong', {
          text: `${branch.id === currentId ? 'The path you are on' : `Branch ${index + 1}`}${branch.ending ? ` (ended: ${endingLabel(branch)})` : ' (not finished)'}: `,
        }),
        branch.decisions
          .map((d) => {
            const chosen = d.options[d.chosen];
            const mapping = [
              chosen?.supports.length ? `supports ${names(chosen.supports)}` : '',
              chosen?.undermines.length ? `strains ${names(chosen.undermines)}` : '',
            ]
              .filter(Boolean)
              .join('; ');
            return `${d.ordinal + 1}. ${chosen?.text ?? ''}${mapping ? ` (${mapping})` : ''}`;
          })
          .join(' → '),
      ),
    ),
  );
}
