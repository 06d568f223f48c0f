// The presenter's strip that never scrolls away: where the room is against the plan ("Decision 7 of 24 ·
// about 38 minutes left"), + and − for every option, the cards a camera has seen, and the discussion timer
// with its start and pause. At a decision the plan leaves to the trainer, a button opens a discussion there.
import { optionLetter, votesAt } from '../../core/facilitator/facilitator-state.ts';
import { button, h } from '../dom.ts';
import type { SessionUi } from './session-ui.ts';

export function votePanel(ui: SessionUi): HTMLElement {
  const { ctx, controller, actions } = ui;
  const words = ctx.words().messages.facilitator;
  const state = controller.state;
  const point = controller.point();
  const atDecision = state.showing === 'play' && point.kind === 'decision';
  return h(
    'section',
    { class: 'fac-p-vote', 'aria-label': words.voteControls },
    pacingLine(ui),
    atDecision && point.discussed === false && state.phase === 'options'
      ? button(words.openDiscussion, () => actions.phase('discuss'), {
          class: 'small',
          'data-fid': 'p-open-discussion',
        })
      : null,
    atDecision ? handsRow(ui) : null,
    atDecision ? cardsLine(ui) : null,
    timerBox(ui),
  );
}

function pacingLine(ui: SessionUi): HTMLElement {
  const { ctx, controller } = ui;
  const words = ctx.words().messages.facilitator;
  const pacing = controller.pacing();
  const point = controller.point();
  if (!pacing) return h('p', { class: 'fac-p-pacing' });
  const here = point.kind === 'decision' ? (point.discussed === false ? words.pickedHere : words.discussedHere) : '';
  return h(
    'p',
    { class: 'fac-p-pacing', 'data-pacing': '' },
    h('strong', { text: words.pacing(pacing.decision, pacing.of, pacing.minutesLeft) }),
    h('span', { text: ` · ${words.againstPlan(pacing.behind)}` }),
    here ? h('span', { class: 'fac-p-here', text: ` · ${here}` }) : null,
  );
}

function handsRow(ui: SessionUi): HTMLElement {
  const { ctx, controller, actions } = ui;
  const words = ctx.words().messages.facilitator;
  const votes = votesAt(controller.state);
  return h(
    'ul',
    { class: 'fac-p-hands', 'aria-label': words.hands },
    ...controller.view().options.map((_, i) => {
      const letter = optionLetter(i);
      const count = votes[i] ?? 0;
      return h(
        'li',
        {},
        button(hidden('−', words.takeHand(letter)), () => actions.hand(i, -1), {
          class: 'fac-hand-button',
          'data-fid': `minus-${String(i)}`,
          'data-minus': i,
        }),
        h('span', { class: 'fac-p-count', 'aria-hidden': 'true' }, h('b', { text: letter }), ` ${String(count)}`),
        h('span', { class: 'visually-hidden', text: words.handsFor(letter, count) }),
        button(hidden('+', words.addHand(letter)), () => actions.hand(i, 1), {
          class: 'fac-hand-button',
          'data-fid': `plus-${String(i)}`,
          'data-plus': i,
        }),
      );
    }),
  );
}

/** How many cards a camera has seen here ("Cards: 23 of 26 seen"), in whichever window it runs. */
function cardsLine(ui: SessionUi): HTMLElement | null {
  const cards = ui.controller.cardsSeen();
  if (!cards) return null;
  const text = ui.ctx.words().messages.cardVote.strip(cards.open, cards.seen, cards.expected);
  return h('p', { class: 'fac-p-cards', 'data-testid': 'p-card-count', 'data-open': String(cards.open), text });
}

/** A symbol seen, with words for screen readers instead. */
const hidden = (symbol: string, words: string): HTMLElement =>
  h(
    'span',
    {},
    h('span', { 'aria-hidden': 'true', text: symbol }),
    h('span', { class: 'visually-hidden', text: words }),
  );

function timerBox(ui: SessionUi): HTMLElement {
  const { controller, actions } = ui;
  const timer = controller.state.timer;
  return h(
    'div',
    { class: 'fac-p-vote-timer' },
    h('span', { class: 'fac-p-clock', 'data-countdown': '' }),
    button(h('span', {}, timer.startedAt !== null ? 'Pause ' : 'Start ', h('kbd', { text: 'T' })), actions.timer, {
      class: 'small',
      'data-fid': 'p-timer',
      disabled: timer.durationMs === 0,
    }),
  );
}
