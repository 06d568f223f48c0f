// The presenter view's side column: the discussion timer's length and reset, the principle mapping's reveal,
// what "next" will do, and notes for the trainer on this stage (its principle and questions).
import { isRevealed, TIMER_CHOICES_MINUTES } from '../../core/facilitator/facilitator-state.ts';
import { findPrinciple } from '../../core/principles/principle-lookup.ts';
import { button, h } from '../dom.ts';
import { principleName, stageLabel } from '../principle-names.ts';
import { nextStepText, phaseTip } from './presenter-notes.ts';
import { stageQuestions } from './session-parts.ts';
import type { SessionUi } from './session-ui.ts';

export function sideContent(ui: SessionUi): HTMLElement[] {
  return [timerCard(ui), revealCard(ui), nextCard(ui), notesCard(ui)];
}

function card(id: string, heading: string, extraClass: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return h(
    'section',
    { class: `fac-p-card ${extraClass}`.trim(), 'aria-labelledby': id },
    h('h2', { id, text: heading }),
    ...children,
  );
}

function timerCard(ui: SessionUi): HTMLElement {
  const { controller, actions } = ui;
  const state = controller.state;
  const select = h(
    'select',
    { id: 'fac-timer-length', 'data-fid': 'p-timer-length' },
    ...TIMER_CHOICES_MINUTES.map((m) => {
      const option = h('option', {
        value: m,
        text: m === 0 ? 'No timer' : `${String(m)} ${m === 1 ? 'minute' : 'minutes'}`,
      });
      option.selected = state.timer.durationMs === m * 60_000;
      return option;
    }),
  );
  select.addEventListener('change', () => actions.timerLength(Number(select.value)));
  return card(
    'fac-p-timer-h',
    'Discussion timer',
    'fac-p-timer',
    h(
      'div',
      { class: 'button-row' },
      button('Reset the timer', actions.timerReset, {
        'data-fid': 'p-timer-reset',
        disabled: state.timer.durationMs === 0,
      }),
    ),
    h(
      'label',
      { class: 'fac-p-field', for: 'fac-timer-length' },
      h('span', { text: 'Length of a discussion pause' }),
      select,
    ),
  );
}

function revealCard(ui: SessionUi): HTMLElement {
  const { controller, actions } = ui;
  const state = controller.state;
  const point = controller.point();
  const shown = isRevealed(state);
  return card(
    'fac-p-reveal-h',
    'Principle mapping',
    '',
    h('p', {
      text:
        point.kind !== 'decision'
          ? 'No decision on screen.'
          : shown
            ? 'Shown to the room at this decision.'
            : 'Hidden from the room at this decision.',
    }),
    point.kind === 'decision'
      ? button(
          h('span', {}, shown ? 'Hide from the room ' : 'Reveal to the room ', h('kbd', { text: 'R' })),
          actions.reveal,
          {
            'aria-pressed': String(shown),
            'data-fid': 'p-reveal',
            id: 'fac-p-reveal',
          },
        )
      : null,
  );
}

function nextCard(ui: SessionUi): HTMLElement {
  return card(
    'fac-p-next-h',
    'What comes next',
    'fac-p-next',
    h('p', { text: ui.hint() ?? nextStepText(ui.ctx, ui.controller) }),
  );
}

function notesCard(ui: SessionUi): HTMLElement {
  const { ctx, controller } = ui;
  const view = controller.view();
  const principle = findPrinciple(ctx.principles, view.stage);
  return card(
    'fac-p-notes-h',
    'Notes for you',
    'fac-p-notes',
    h('p', { class: 'fac-p-tip', text: phaseTip(controller.state, controller.point().kind, ctx.clock.now()) }),
    principle
      ? h(
          'div',
          {},
          h('h3', { text: stageLabel(ctx.principles, principle.id) }),
          h('p', { text: principle.summary }),
          h('blockquote', { text: `“${principle.feels}”` }),
          h('h4', { text: 'Questions for the discussion pause' }),
          h('ul', {}, ...stageQuestions(ctx, controller.scenario, principle.id).map((q) => h('li', { text: q }))),
        )
      : h('p', {
          class: 'muted',
          text: view.stage ? principleName(ctx.principles, view.stage) : 'The story has not reached a stage yet.',
        }),
  );
}
