// Pieces both windows draw: the options labelled A, B, C… (with hands and, once revealed, the mapping and
// the reason), the vote as a bar chart, the stage's questions, and the story page.
import { optionLetter, totalHands } from '../../core/facilitator/facilitator-state.ts';
import { findPrinciple } from '../../core/principles/principle-lookup.ts';
import { scenePage, type PageLine } from '../../core/session/scene-page.ts';
import type { OptionRecord, SessionView } from '../../core/session/session-types.ts';
import { button, h } from '../dom.ts';
import { mappingList } from '../option-mapping.ts';
import type { ScenarioEntry } from '../../app/scenario-catalogue.ts';
import type { UiContext } from '../ui-context.ts';

export interface OptionControls {
  readonly hand: (option: number, change: 1 | -1) => void;
  readonly take: (option: number) => void;
}

export interface OptionDisplay {
  readonly revealed: boolean;
  readonly votes: readonly number[];
  /** Draw the hands as bars beside each option. */
  readonly showVotes: boolean;
  readonly majority: number | undefined;
  readonly controls?: OptionControls;
  /** A line under each option (the presenter's "what happens next"). */
  readonly after?: (option: number) => string | undefined;
  /** Leave out the +/− buttons (the presenter keeps them in its vote panel, always in view). */
  readonly noHandButtons?: boolean;
  /** Show this option alone (zoomed), keeping its letter. */
  readonly only?: number;
}

const hands = (n: number): string => `${n} ${n === 1 ? 'hand' : 'hands'}`;

export function optionList(ctx: UiContext, options: readonly OptionRecord[], display: OptionDisplay): HTMLElement {
  const most = Math.max(1, ...display.votes);
  return h(
    'ol',
    { class: `fac-options${display.revealed ? ' revealed' : ''}`, 'aria-label': 'Options' },
    ...options.map((option, i) => {
      if (display.only !== undefined && display.only !== i) return null;
      const count = display.votes[i] ?? 0;
      const bar = h('span', { class: 'fac-bar', 'aria-hidden': 'true' }, h('span', { class: 'fill' }));
      bar.style.setProperty('--share', String(count / most));
      const after = display.after?.(i);
      return h(
        'li',
        { class: `fac-option${display.majority === i ? ' leading' : ''}`, 'data-block': '', 'data-option': i },
        h('span', { class: 'fac-letter', 'aria-hidden': 'true', text: optionLetter(i) }),
        h(
          'div',
          { class: 'fac-option-body' },
          h(
            'p',
            { class: 'fac-option-text' },
            h('span', { class: 'visually-hidden', text: `Option ${optionLetter(i)}: ` }),
            option.text,
          ),
          display.showVotes
            ? h(
                'p',
                { class: 'fac-hands' },
                bar,
                h('span', { class: 'count', text: hands(count) }),
                display.majority === i ? h('span', { class: 'lead-mark', text: 'most hands' }) : null,
              )
            : null,
          display.revealed ? mappingList(ctx.principles, option, true) : null,
          display.revealed && option.why ? h('p', { class: 'fac-why', text: option.why }) : null,
          ...(display.revealed ? shortForms(option, i) : []),
          after ? h('p', { class: 'fac-after', text: after }) : null,
        ),
        display.controls
          ? optionButtons(option, i, display.controls, display.majority === i, display.noHandButtons === true)
          : null,
      );
    }),
  );
}

/**
 * The option and its reason in a few words (`short:`, `why-short:`), drawn instead of the full ones only when the
 * grid is set to short forms (reveal-fit.ts), where the full ones will not fit the wall at a readable size.
 */
function shortForms(option: OptionRecord, i: number): HTMLElement[] {
  if (!option.shortText || !option.shortWhy) return [];
  return [
    h(
      'p',
      { class: 'fac-short-text' },
      h('span', { class: 'visually-hidden', text: `Option ${optionLetter(i)} in short: ` }),
      option.shortText,
    ),
    h('p', { class: 'fac-short-why', text: option.shortWhy }),
  ];
}

function optionButtons(
  option: OptionRecord,
  i: number,
  controls: OptionControls,
  leading: boolean,
  takeOnly: boolean,
): HTMLElement {
  const letter = optionLetter(i);
  const take = button(
    h('span', {}, `Go with ${letter}`, h('span', { class: 'visually-hidden', text: `: ${option.text}` })),
    () => controls.take(i),
    { class: `fac-take${leading ? ' primary' : ''}`, 'data-fid': `take-${i}`, 'data-take': i },
  );
  if (takeOnly) return h('div', { class: 'fac-option-controls take-only' }, take);
  return h(
    'div',
    { class: 'fac-option-controls' },
    button(
      h(
        'span',
        {},
        h('span', { 'aria-hidden': 'true', text: '−' }),
        h('span', { class: 'visually-hidden', text: `Take a hand away from ${letter}` }),
      ),
      () => controls.hand(i, -1),
      { class: 'fac-hand-button', 'data-fid': `minus-${i}`, 'data-minus': i },
    ),
    button(
      h(
        'span',
        {},
        h('span', { 'aria-hidden': 'true', text: '+' }),
        h('span', { class: 'visually-hidden', text: `Add a hand for ${letter}` }),
      ),
      () => controls.hand(i, 1),
      { class: 'fac-hand-button', 'data-fid': `plus-${i}`, 'data-plus': i },
    ),
    take,
  );
}

/** The vote as a bar chart of letters: big, for the discussion pause; words for screen readers. */
export function voteChart(
  options: readonly OptionRecord[],
  votes: readonly number[],
  majority: number | undefined,
): HTMLElement {
  const most = Math.max(1, ...votes);
  const total = totalHands(votes);
  return h(
    'figure',
    { class: 'fac-vote-chart' },
    h('figcaption', {
      text: total === 0 ? 'No hands recorded yet' : `${total} ${total === 1 ? 'hand' : 'hands'} so far`,
    }),
    h(
      'ul',
      {},
      ...options.map((_, i) => {
        const count = votes[i] ?? 0;
        const bar = h('span', { class: 'fill', 'aria-hidden': 'true' });
        bar.style.setProperty('--share', String(count / most));
        return h(
          'li',
          { class: majority === i ? 'leading' : '' },
          h('span', { class: 'fac-letter small', text: optionLetter(i) }),
          h('span', { class: 'fac-chart-bar' }, bar),
          h('span', { class: 'count', text: String(count) }),
          h('span', { class: 'visually-hidden', text: ` ${count === 1 ? 'hand' : 'hands'}` }),
        );
      }),
    ),
  );
}

/** The case study whose reflective questions stories/principles.json holds; its variants share them. */
const CASE_STUDY = 'cassie-and-jo';

/** Questions about any case, for scenarios other than the case study (whose questions name its people). */
const GENERAL_QUESTIONS: readonly string[] = [
  'What is happening for the child here, and what is still a guess?',
  'What would each option mean for them, today and a month from now?',
  'Which of the Practice Principles pull in different directions here?',
  'What would you want to know, and from whom, before deciding?',
];

/** The stage's reflective questions for the discussion pause. */
export function stageQuestions(ctx: UiContext, scenario: ScenarioEntry, stage: string | undefined): readonly string[] {
  const own = scenario.id === CASE_STUDY || scenario.variantOf === CASE_STUDY;
  const principle = findPrinciple(ctx.principles, stage);
  if (own && principle) return principle.questions;
  return principle
    ? [...GENERAL_QUESTIONS, `How would this feel to the child? “${principle.feels}”`]
    : GENERAL_QUESTIONS;
}

/** The story since the last choice, one paragraph per line, speakers named. */
export function storyPage(view: SessionView): HTMLElement[] {
  return scenePage(view).lines.map((line) => storyLine(line));
}

function storyLine(line: PageLine): HTMLElement {
  const speaker = line.speaker;
  return h(
    'p',
    { class: `${speaker ? 'speech' : 'narration'}${line.ending ? ' ending-line' : ''}`, 'data-block': '' },
    speaker ? h('span', { class: 'who', text: speaker.name }) : null,
    line.text,
  );
}

export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export const handsText = hands;
