// The setup screen's fields: radio groups with a legend, the value chosen in one, and the session length
// with the plan it makes for the chosen scenario ("5 decisions discussed of about 26").
import type { SessionPlan } from '../../core/facilitator/session-plan.ts';
import { SESSION_LENGTHS } from '../../app/facilitator-pacing.ts';
import { h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';

export interface RadioChoice {
  readonly value: string;
  readonly checked: boolean;
  readonly label: string | Node;
}

export function radioGroup(
  legend: string,
  name: string,
  choices: readonly RadioChoice[],
  inline = false,
): HTMLFieldSetElement {
  return h(
    'fieldset',
    {},
    h('legend', { text: legend }),
    h(
      'div',
      { class: inline ? 'choice-row' : 'check-row fac-radios' },
      ...choices.map((choice, i) => {
        const input = h('input', { type: 'radio', name, id: `${name}-${String(i)}`, value: choice.value });
        input.checked = choice.checked;
        return h('label', { for: `${name}-${String(i)}` }, input, choice.label);
      }),
    ),
  );
}

export function checkedValue(group: HTMLElement): string | undefined {
  return group.querySelector<HTMLInputElement>('input:checked')?.value;
}

export const NO_PLAN = 'all';
const DEFAULT_LENGTH = 60;

/** The session length field, with a line under it saying what the plan discusses. */
export function lengthField(ctx: UiContext): { field: HTMLFieldSetElement; summary: HTMLElement } {
  const words = ctx.words().messages.facilitator;
  const field = radioGroup(
    words.sessionLength,
    'fac-length',
    [
      ...SESSION_LENGTHS.map((m) => ({
        value: String(m),
        checked: m === DEFAULT_LENGTH,
        label: words.lengthChoice(m),
      })),
      { value: NO_PLAN, checked: false, label: words.noPlan },
    ],
    true,
  );
  const summary = h('p', { class: 'fac-plan-summary', 'aria-live': 'polite', id: 'fac-plan-summary' });
  field.append(h('p', { class: 'muted fac-length-help', text: words.lengthHelp }), summary);
  return { field, summary };
}

/** The chosen length in minutes, or undefined for "stop at every decision". */
export function chosenLength(field: HTMLElement): number | undefined {
  const value = checkedValue(field);
  return value === undefined || value === NO_PLAN ? undefined : Number(value);
}

export function planSummaryText(ctx: UiContext, plans: readonly SessionPlan[], minutes: number | undefined): string {
  if (minutes === undefined) return '';
  const plan = plans.find((p) => p.minutes === minutes);
  return plan ? ctx.words().messages.facilitator.planSummary(plan.discussed, plan.decisionCount) : '';
}
