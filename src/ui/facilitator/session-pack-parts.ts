// The session pack's printed parts after the answer cards: decision cards per stage (for the room, without
// the mapping; for the debrief, with it), a run-sheet for each session length, and the checklists.
import type { PackDecision, RunSheet, SessionPack } from '../../app/session-pack.ts';
import { optionLetter } from '../../core/facilitator/facilitator-state.ts';
import type { OptionRecord } from '../../core/session/session-types.ts';
import { h } from '../dom.ts';
import { principleName, stageLabel } from '../principle-names.ts';
import { supportList } from '../support-list.ts';
import type { UiContext } from '../ui-context.ts';

const words = (ctx: UiContext) => ctx.words().messages.sessionPack;

/** The decisions grouped by stage, in the order the story meets them. */
function byStage(decisions: readonly PackDecision[]): [string | undefined, PackDecision[]][] {
  const groups: [string | undefined, PackDecision[]][] = [];
  for (const decision of decisions) {
    const last = groups[groups.length - 1];
    if (last && last[0] === decision.stage) last[1].push(decision);
    else groups.push([decision.stage, [decision]]);
  }
  return groups;
}

export function decisionCards(ctx: UiContext, pack: SessionPack, withMappings: boolean): HTMLElement {
  const w = words(ctx);
  const stages = [...new Set(pack.decisions.flatMap((d) => (d.stage ? [d.stage] : [])))];
  return h(
    'section',
    { class: `pp-pack-part pp-decisions${withMappings ? ' pp-debrief' : ''}` },
    h('h2', { text: withMappings ? w.debriefHeading : w.decisionsHeading }),
    h('p', { class: 'pp-note', text: `${withMappings ? w.debriefNote : w.decisionsNote} ${w.pathNote}` }),
    ...byStage(pack.decisions).map(([stage, decisions]) =>
      h(
        'div',
        { class: 'pp-stage' },
        stage ? h('h3', { text: stageLabel(ctx.principles, stage, stages) }) : null,
        ...decisions.map((decision) => decisionCard(ctx, decision, withMappings)),
      ),
    ),
  );
}

function decisionCard(ctx: UiContext, decision: PackDecision, withMappings: boolean): HTMLElement {
  const w = words(ctx);
  return h(
    'article',
    { class: 'pp-decision', 'data-decision': decision.number },
    h(
      'h4',
      {},
      w.decision(decision.number),
      decision.key ? h('span', { class: 'pp-key', text: ` · ${w.keyDecision}` }) : null,
    ),
    h('div', { class: 'pp-situation' }, ...decision.situation.map((line) => h('p', { text: line }))),
    h('ol', { class: 'pp-options' }, ...decision.options.map((option, i) => optionItem(ctx, option, i, withMappings))),
  );
}

function optionItem(ctx: UiContext, option: OptionRecord, index: number, withMappings: boolean): HTMLElement {
  const w = words(ctx);
  const names = (ids: readonly string[]) => ids.map((id) => principleName(ctx.principles, id)).join(', ');
  const mapping = withMappings
    ? [
        option.supports.length
          ? h('p', { class: 'pp-supports' }, h('strong', { text: w.supports }), names(option.supports))
          : null,
        option.undermines.length
          ? h('p', { class: 'pp-strains' }, h('strong', { text: w.strains }), names(option.undermines))
          : null,
        !option.supports.length && !option.undermines.length ? h('p', { text: w.noPrinciples }) : null,
        option.why ? h('p', { class: 'pp-why', text: option.why }) : null,
      ]
    : [];
  return h(
    'li',
    {},
    h('span', { class: 'pp-letter', text: optionLetter(index) }),
    h('div', {}, h('p', { class: 'pp-option-text', text: option.text }), ...mapping),
  );
}

export function runSheets(ctx: UiContext, pack: SessionPack): HTMLElement {
  const w = words(ctx);
  return h(
    'section',
    { class: 'pp-pack-part pp-run-sheets' },
    h('h2', { text: w.runSheetsHeading }),
    ...pack.runSheets.map((sheet) => runSheet(ctx, sheet)),
  );
}

function runSheet(ctx: UiContext, sheet: RunSheet): HTMLElement {
  const w = words(ctx);
  const parts = (['opening', 'story', 'whatIf', 'pause', 'closing'] as const).filter((part) => sheet.parts[part] > 0);
  return h(
    'article',
    { class: 'pp-run-sheet', 'data-minutes': sheet.minutes },
    h('h3', { text: w.runSheet(sheet.minutes) }),
    h(
      'table',
      {},
      h(
        'tbody',
        {},
        ...parts.map((part) =>
          h('tr', {}, h('th', { scope: 'row', text: w.part[part] }), h('td', { text: w.minutes(sheet.parts[part]) })),
        ),
      ),
    ),
    h('p', { text: w.discussList(sheet.discussed) }),
    h('p', { class: 'pp-note', text: w.discussEach(sheet.discussMinutes) }),
  );
}

export function checklists(ctx: UiContext, pack: SessionPack): HTMLElement {
  const w = words(ctx);
  const list = (items: readonly string[]) =>
    h('ul', { class: 'pp-checklist' }, ...items.map((item) => h('li', { text: item })));
  return h(
    'section',
    { class: 'pp-pack-part pp-checklists' },
    h('h2', { text: w.prebriefHeading }),
    h('p', {}, h('strong', { text: w.contentNote }), pack.scenario.contentNote),
    list(w.prebrief),
    h('h2', { text: w.closingHeading }),
    list(w.closing),
    supportList('h3'),
  );
}
