// Every decision, grouped by stage in groups that open and close: the choice and its principle chips, with
// the scene and the roads not taken (each with "try this path instead") opening on request.
import type { Debrief, DebriefDecision } from '../../core/scoring/debrief-model.ts';
import { stageNumber } from '../../core/principles/principle-lookup.ts';
import { button, h } from '../dom.ts';
import { mappingList } from '../option-mapping.ts';
import { principleName } from '../principle-names.ts';
import type { UiContext } from '../ui-context.ts';
import { debriefWords, type DebriefWords } from './debrief-words.ts';
import '../../styles/later.css';

interface StageGroup {
  readonly stage: string | undefined;
  readonly decisions: DebriefDecision[];
}

/** Consecutive decisions of one stage form a group (a story may come back to a stage; each visit is a group). */
function byStage(decisions: readonly DebriefDecision[]): StageGroup[] {
  const groups: StageGroup[] = [];
  for (const d of decisions) {
    const last = groups.at(-1);
    if (last && last.stage === d.stage) last.decisions.push(d);
    else groups.push({ stage: d.stage, decisions: [d] });
  }
  return groups;
}

export function decisionTimeline(
  ctx: UiContext,
  debrief: Debrief,
  tryPath: (ordinal: number, optionIndex: number) => void,
): HTMLElement {
  const w = debriefWords(ctx);
  return h(
    'div',
    { class: 'stage-groups' },
    ...byStage(debrief.decisions).map((group, index) => {
      const number = group.stage ? (stageNumber(ctx.principles, group.stage)?.number ?? index + 1) : index + 1;
      const title = group.stage
        ? w.stageGroup(number, principleName(ctx.principles, group.stage), group.decisions.length)
        : w.otherStage;
      return h(
        'details',
        { class: 'stage-group', 'data-stage': index },
        h('summary', {}, h('h3', { text: title })),
        h('ol', { class: 'decision-list' }, ...group.decisions.map((d) => decisionItem(ctx, w, d, tryPath))),
      );
    }),
  );
}

function decisionItem(
  ctx: UiContext,
  w: DebriefWords,
  d: DebriefDecision,
  tryPath: (ordinal: number, optionIndex: number) => void,
): HTMLElement {
  return h(
    'li',
    { class: 'decision-card', id: `decision-${d.ordinal + 1}`, tabindex: -1 },
    h('h4', { text: w.decisionN(d.ordinal) }),
    h('p', { class: 'chosen' }, h('strong', { text: `${w.youChose}: ` }), d.chosen.text),
    chips(ctx, w, d.chosen),
    d.chosen.why ? h('p', { class: 'why', text: d.chosen.why }) : null,
    d.situation.length
      ? h(
          'details',
          { class: 'scene' },
          h('summary', { text: w.scene }),
          h('p', { class: 'muted situation', text: d.situation.join(' ') }),
        )
      : null,
    d.notTaken.length
      ? h(
          'details',
          { class: 'roads' },
          h('summary', { text: w.roads(d.notTaken.length) }),
          h(
            'ul',
            {},
            ...d.notTaken.map((o) =>
              h(
                'li',
                {},
                h('p', { class: 'road-text', text: o.text }),
                chips(ctx, w, o),
                o.why ? h('p', { class: 'muted', text: o.why }) : null,
                button(
                  h('span', {}, w.tryInstead, h('span', { class: 'visually-hidden', text: `: ${o.text}` })),
                  () => tryPath(d.ordinal, o.index),
                  { class: 'small no-print', 'data-try': `${d.ordinal}-${o.index}` },
                ),
              ),
            ),
          ),
        )
      : null,
  );
}

function chips(ctx: UiContext, w: DebriefWords, option: DebriefDecision['chosen']): HTMLElement {
  return option.supports.length + option.undermines.length > 0
    ? mappingList(ctx.principles, option)
    : h('p', { class: 'muted small-print', text: w.noMapping });
}

/** Open the group holding a decision and bring the decision into view. */
export function revealDecision(root: HTMLElement, ordinal: number): void {
  const item = root.querySelector<HTMLElement>(`#decision-${ordinal + 1}`);
  if (!item) return;
  const group = item.closest('details');
  if (group) group.open = true;
  item.scrollIntoView({ block: 'start' });
  item.focus({ preventScroll: true });
}
