// The playthrough as a small branch map: decisions as nodes, the path followed highlighted, other paths tried
// drawn beside it, each node marked by whether the choice there supported or strained principles. Drawn twice,
// across for wide screens and down for phones (CSS shows one), scaled to fit its width; the drawing is
// decorative for screen readers, and a list says the same in words.
import { layoutBranchMap } from '../../app/branch-map-layout.ts';
import type { ExploredBranch } from '../../app/story-playback.ts';
import type { PrincipleCatalogue } from '../../core/principles/principle-catalogue.ts';
import { endingLabel } from '../../core/session/scene-page.ts';
import { h } from '../dom.ts';
import { principleName } from '../principle-names.ts';
import { svgElement as el } from '../svg.ts';
import type { DebriefWords } from './debrief-words.ts';
import '../../styles/later.css';

const STEP = 46;
const ACROSS = 42;
const PAD = 24;

type Layout = ReturnType<typeof layoutBranchMap>;

function drawing(layout: Layout, vertical: boolean): SVGSVGElement {
  const along = PAD * 2 + Math.max(1, layout.columns - 1) * STEP;
  const side = PAD * 2 + Math.max(1, layout.rows - 1) * ACROSS;
  const [width, height] = vertical ? [side, along] : [along, side];
  const svg = el('svg', {
    viewBox: `0 0 ${String(width)} ${String(height)}`,
    class: `branch-map ${vertical ? 'map-down' : 'map-across'}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  // Through the CSSOM: the page's content security policy refuses style attributes.
  if (vertical) svg.style.maxWidth = `${String(width * 1.4)}px`;
  else svg.style.maxHeight = `${String(height * 1.6)}px`;
  const at = (n: { depth: number; row: number }) =>
    vertical
      ? { x: PAD + n.row * ACROSS, y: PAD + n.depth * STEP }
      : { x: PAD + n.depth * STEP, y: PAD + n.row * ACROSS };
  for (const node of layout.nodes) {
    if (!node.parent) continue;
    const a = at(node.parent);
    const b = at(node);
    const bend = vertical
      ? `C${String(a.x)},${String(a.y + STEP / 2)} ${String(b.x)},${String(b.y - STEP / 2)}`
      : `C${String(a.x + STEP / 2)},${String(a.y)} ${String(b.x - STEP / 2)},${String(b.y)}`;
    svg.append(
      el('path', {
        d: `M${String(a.x)},${String(a.y)} ${bend} ${String(b.x)},${String(b.y)}`,
        class: node.onPath ? 'edge on-path' : 'edge',
      }),
    );
  }
  for (const node of layout.nodes) {
    const { x, y } = at(node);
    const group = el('g', { class: `node ${node.tone}${node.onPath ? ' on-path' : ''}` });
    group.append(
      el('circle', { cx: x, cy: y, r: node.onPath ? 15 : 12 }),
      el('text', { x, y: y + 5, 'text-anchor': 'middle' }, String(node.depth + 1)),
    );
    svg.append(group);
  }
  return svg;
}

export function branchMap(
  w: DebriefWords,
  branches: readonly ExploredBranch[],
  currentId: string,
  catalogue: PrincipleCatalogue,
): HTMLElement {
  const layout = layoutBranchMap(branches, currentId);
  return h(
    'div',
    { class: 'branch-map-wrap' },
    drawing(layout, false),
    drawing(layout, true),
    h('p', { class: 'muted map-legend', text: w.mapLegend }),
    h('details', {}, h('summary', { text: w.mapInWords }), mapInWords(w, branches, currentId, catalogue)),
  );
}

function mapInWords(
  w: DebriefWords,
  branches: readonly ExploredBranch[],
  currentId: string,
  catalogue: PrincipleCatalogue,
): HTMLElement {
  const names = (ids: readonly string[]) => ids.map((id) => principleName(catalogue, id)).join(', ');
  return h(
    'ol',
    { class: 'branch-list' },
    ...branches.map((branch, index) => {
      const ended = endingLabel(branch);
      return h(
        'li',
        {},
        h('strong', {
          text: `${branch.id === currentId ? w.thePathYouAreOn : w.branchN(index + 1)} (${ended ? w.endedAt(ended) : w.unfinished}): `,
        }),
        branch.decisions
          .map((d) => {
            const chosen = d.options[d.chosen];
            const mapping = [
              chosen?.supports.length ? `${w.supports} ${names(chosen.supports)}` : '',
              chosen?.undermines.length ? `${w.strains} ${names(chosen.undermines)}` : '',
            ]
              .filter(Boolean)
              .join('; ');
            return `${String(d.ordinal + 1)}. ${chosen?.text ?? ''}${mapping ? ` (${mapping})` : ''}`;
          })
          .join(' → '),
      );
    }),
  );
}
