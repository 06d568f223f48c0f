// Compare and reflect: this playthrough beside the person's earlier ones and beside the other paths tried in
// it, the paths as a map, and the reflective questions with space for notes. (The support services follow
// every debrief, added under it by the navigation.)
import type { OtherPath, SoloDebrief } from '../../app/debrief-service.ts';
import type { PlayController } from '../../app/play-controller.ts';
import type { PrincipleComparison } from '../../core/scoring/profile-comparison.ts';
import { endingLabel } from '../../core/session/scene-page.ts';
import { h } from '../dom.ts';
import { principleName } from '../principle-names.ts';
import type { UiContext } from '../ui-context.ts';
import { branchMap } from './branch-map.ts';
import { debriefWords, type DebriefWords } from './debrief-words.ts';
import { reflectionNotes } from './reflection-notes.ts';
import '../../styles/later.css';

function comparisonTable(
  ctx: UiContext,
  w: DebriefWords,
  caption: string,
  table: readonly PrincipleComparison[],
  otherHeading: string,
): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'tally compare-table' },
      h('caption', { class: 'visually-hidden', text: caption }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: w.principle }),
          h('th', { scope: 'col', text: w.thisPath }),
          h('th', { scope: 'col', text: otherHeading }),
        ),
      ),
      h(
        'tbody',
        {},
        ...table.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', text: principleName(ctx.principles, row.principle) }),
            h('td', { text: w.counts(row.now.supported, row.now.undermined) }),
            h('td', { text: row.before ? w.counts(row.before.supported, row.before.undermined) : '—' }),
          ),
        ),
      ),
    ),
  );
}

function otherPathBlock(ctx: UiContext, w: DebriefWords, other: OtherPath): HTMLElement {
  const lead = w.otherPathLead(endingLabel(other.ending) ?? '', other.decisions);
  return h(
    'div',
    { class: 'other-path' },
    h('p', { text: lead }),
    comparisonTable(ctx, w, lead, other.table, w.thatPath),
  );
}

export function compareAndReflect(ctx: UiContext, debrief: SoloDebrief, controller: PlayController): HTMLElement {
  const w = debriefWords(ctx);
  const earlier = h('div', { class: 'earlier' }, h('p', { class: 'muted', text: w.noEarlier }));
  void debrief.comparison().then((compared) => {
    if (!compared) return;
    const lead = w.earlierLead(compared.earlier);
    earlier.replaceChildren(h('p', { text: lead }), comparisonTable(ctx, w, lead, compared.table, w.earlier));
  });
  return h(
    'div',
    { class: 'compare-reflect' },
    h(
      'section',
      { 'aria-labelledby': 'compare-heading' },
      h('h2', { id: 'compare-heading', text: w.compareHeading }),
      earlier,
      ...debrief.otherPaths.map((other) => otherPathBlock(ctx, w, other)),
      h('h3', { text: w.mapHeading }),
      branchMap(w, debrief.branches, debrief.currentBranchId, ctx.principles),
    ),
    reflectionNotes(ctx, controller),
  );
}
