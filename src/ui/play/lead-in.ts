// What opens a page after a choice, before its words: the option just taken, and (in coach mode) what
// that choice meant for the principles.
import type { DecisionRecord, OptionRecord } from '../../core/session/session-types.ts';
import { h } from '../dom.ts';
import { mappingBlock } from '../option-mapping.ts';
import type { UiContext } from '../ui-context.ts';

export function leadIn(
  ctx: UiContext,
  lastChosen: OptionRecord | undefined,
  newDecision: DecisionRecord | undefined,
): HTMLElement[] {
  const words = ctx.words().messages.play;
  const lead: HTMLElement[] = [];
  if (lastChosen)
    lead.push(
      h('p', { class: 'echo' }, h('span', { class: 'visually-hidden', text: words.youChose }), lastChosen.text),
    );
  const chosen = newDecision?.options[newDecision.chosen];
  if (chosen && ctx.settings().coachMode) lead.push(mappingBlock(ctx.principles, chosen, words.coachHeading));
  return lead;
}
