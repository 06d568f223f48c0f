// The presenter view for the trainer's laptop: what the projector shows now, every option with its mapping
// and reason (hidden from the room until revealed), the hands, the timer, notes for the trainer and what
// comes next. Drives the session as fully as the audience window does.
import {
  isRevealed,
  majorityOf,
  optionLetter,
  votesAt,
  type Phase,
  TIMER_CHOICES_MINUTES,
} from '../../core/facilitator/facilitator-state.ts';
import { findPrinciple } from '../../core/principles/principle-lookup.ts';
import { button, h } from '../dom.ts';
import { principleName, stageLabel } from '../principle-names.ts';
import { supportList } from '../support-list.ts';
import { branchMapView } from './branch-map-view.ts';
import { groupDebriefView } from './group-debrief-view.ts';
import { nextStepText, phaseTip } from './presenter-notes.ts';
import { optionList, stageQuestions, storyPage } from './session-parts.ts';
import type { SessionUi } from './session-ui.ts';

const STEPS: readonly [Phase, string][] = [
  ['story', 'Story'],
  ['options', 'Options'],
  ['discuss', 'Discussion'],
  ['vote', 'Vote'],
];

export interface PresenterView {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  render(): void;
}

export function presenterView(ui: SessionUi): PresenterView {
  const { ctx, controller, actions } = ui;
  const heading = h('h1', { tabindex: -1, text: `Presenter view: ${controller.scenario.title}` });
  const status = h('p', { class: 'fac-p-status', role: 'status' });
  const main = h('section', { class: 'fac-p-main', 'aria-labelledby': 'fac-p-now' });
  const side = h('div', { class: 'fac-p-side' });
  const blankButton = button('', actions.blank, { 'data-fid': 'p-blank', 'aria-keyshortcuts': 'b' });
  const controls = h(
    'nav',
    { class: 'fac-p-controls', 'aria-label': 'Session controls' },
    button(h('span', {}, '◀ Back ', h('kbd', { text: 'PgUp' })), actions.back, {
      'data-fid': 'p-back',
      'aria-keyshortcuts': 'PageUp',
    }),
    button(h('span', {}, 'Next ▶ ', h('kbd', { text: 'PgDn' })), actions.next, {
      class: 'primary',
      'data-fid': 'p-next',
      id: 'fac-p-next',
      'aria-keyshortcuts': 'PageDown',
    }),
    blankButton,
    button(h('span', {}, 'Branch map ', h('kbd', { text: 'M' })), actions.map, {
      'data-fid': 'p-map',
      id: 'fac-p-map',
      'aria-keyshortcuts': 'm',
    }),
    button('Group debrief', actions.debrief, { 'data-fid': 'p-debrief', id: 'fac-p-debrief' }),
    button(h('span', {}, 'Keys ', h('kbd', { text: '?' })), actions.keys, { 'data-fid': 'p-keys' }),
  );
  const element = h(
    'div',
    { class: 'fac-presenter' },
    h(
      'header',
      { class: 'fac-p-head' },
      heading,
      status,
      h(
        'div',
        { class: 'fac-p-head-actions' },
        button('Facilitator’s guide', actions.guide, { class: 'small', 'data-fid': 'p-guide' }),
        button('Leave this window', actions.leave, { class: 'small quiet', 'data-fid': 'p-leave' }),
      ),
    ),
    h('div', { class: 'fac-p-grid' }, main, side),
    controls,
  );

  const render = () => {
    const state = controller.state;
    ctx.backdrop().show('calm', undefined);
    ctx.backdrop().setDimmed(true);
    const audience = controller.peerRoles().includes('audience');
    status.replaceChildren(
      h('span', { class: `fac-dot ${audience ? 'on' : 'off'}`, 'aria-hidden': 'true' }),
      audience ? 'Audience window connected.' : 'The audience window is not open. ',
      ...(audience
        ? []
        : [button('Open the audience window', actions.otherWindow, { class: 'small', 'data-fid': 'p-open-audience' })]),
      ...(state.blanked ? [h('strong', { class: 'fac-blank-flag', text: ' The audience screen is blank.' })] : []),
    );
    blankButton.replaceChildren(
      h('span', {}, state.blanked ? 'Show screen ' : 'Blank screen ', h('kbd', { text: 'B' })),
    );
    blankButton.setAttribute('aria-pressed', String(state.blanked));
    main.replaceChildren(...mainContent(ui));
    side.replaceChildren(...sideContent(ui));
  };
  return { element, heading, render };
}

function nowTitle(ui: SessionUi): string {
  const { controller } = ui;
  const state = controller.state;
  const point = controller.point();
  if (state.showing === 'welcome') return 'On the projector: welcome and ground rules';
  if (state.showing === 'map') return 'On the projector: the branch map';
  if (state.showing === 'debrief') return 'On the projector: the group debrief';
  if (point.kind === 'end') return 'On the projector: the end of this path';
  if (point.kind !== 'decision') return 'On the projector: the story';
  const step = STEPS.find(([p]) => p === state.phase)?.[1] ?? '';
  return `On the projector: decision ${controller.view().decisions.length + 1}, ${step.toLowerCase()}`;
}

function mainContent(ui: SessionUi): HTMLElement[] {
  const { ctx, controller, actions } = ui;
  const state = controller.state;
  const view = controller.view();
  const point = controller.point();
  const title = h('h2', { id: 'fac-p-now', text: nowTitle(ui) });
  switch (state.showing) {
    case 'welcome':
      return [
        title,
        h('p', {
          text: 'The room sees the scenario’s title, the content note, ground rules and three support lines. Agree ground rules and say where support is before any of the story.',
        }),
        h(
          'details',
          { class: 'fac-p-support' },
          h('summary', { text: 'The full support list (shown at the end of the session)' }),
          supportList('h3'),
        ),
      ];
    case 'map':
      return [title, branchMapView(controller, { revealAll: true, onGo: actions.goTo })];
    case 'debrief':
      return [title, groupDebriefView(ctx, controller, { revealAll: true, onGo: actions.goTo }, actions.finish)];
    case 'play':
      break;
  }
  const votes = votesAt(state);
  const majority = majorityOf(votes);
  const steps =
    point.kind === 'decision'
      ? h(
          'div',
          { class: 'fac-p-steps', role: 'group', 'aria-label': 'Steps at this decision' },
          ...STEPS.map(([phase, label]) =>
            button(label, () => actions.phase(phase), {
              'aria-pressed': String(state.phase === phase),
              'data-fid': `p-step-${phase}`,
              'data-step': phase,
            }),
          ),
        )
      : null;
  const page = storyPage(view);
  const story = h(
    'div',
    { class: 'fac-p-story', tabindex: 0, role: 'region', 'aria-label': 'The story page on the projector' },
    ...(page.length ? page : [h('p', { class: 'muted', text: 'No new story text at this point.' })]),
  );
  const options =
    point.kind === 'decision'
      ? [
          h(
            'div',
            { class: 'fac-p-options-head' },
            h('h3', {
              text: `Options (${isRevealed(state) ? 'mapping shown to the room' : 'mapping hidden from the room'})`,
            }),
            votes.some((n) => n > 0)
              ? button('Clear the hands', actions.clearVotes, { class: 'small quiet', 'data-fid': 'p-clear' })
              : null,
          ),
          optionList(ctx, view.options, {
            revealed: true,
            votes,
            showVotes: true,
            majority,
            controls: { hand: actions.hand, take: actions.take },
            after: (i) => controller.room.preview(i),
          }),
        ]
      : point.kind === 'aside'
        ? [
            h('h3', { text: 'How to go on' }),
            h(
              'div',
              { class: 'fac-p-asides' },
              ...view.options.map((o, i) =>
                button(`${optionLetter(i)}. ${o.text}`, () => actions.take(i), {
                  'data-fid': `p-aside-${i}`,
                  'data-take': i,
                }),
              ),
            ),
          ]
        : [];
  return [title, ...(steps ? [steps] : []), story, ...options];
}

function sideContent(ui: SessionUi): HTMLElement[] {
  const { ctx, controller, actions } = ui;
  const state = controller.state;
  const view = controller.view();
  const point = controller.point();
  const principle = findPrinciple(ctx.principles, view.stage);
  const select = h(
    'select',
    { id: 'fac-timer-length', 'data-fid': 'p-timer-length' },
    ...TIMER_CHOICES_MINUTES.map((m) => {
      const option = h('option', { value: m, text: m === 0 ? 'No timer' : `${m} ${m === 1 ? 'minute' : 'minutes'}` });
      option.selected = state.timer.durationMs === m * 60_000;
      return option;
    }),
  );
  select.addEventListener('change', () => actions.timerLength(Number(select.value)));
  const running = state.timer.startedAt !== null;
  return [
    h(
      'section',
      { class: 'fac-p-card fac-p-timer', 'aria-labelledby': 'fac-p-timer-h' },
      h('h2', { id: 'fac-p-timer-h', text: 'Discussion timer' }),
      h('p', { class: 'fac-p-clock', 'data-countdown': '' }),
      h(
        'div',
        { class: 'button-row' },
        button(h('span', {}, running ? 'Pause ' : 'Start ', h('kbd', { text: 'T' })), actions.timer, {
          'data-fid': 'p-timer',
          disabled: state.timer.durationMs === 0,
        }),
        button('Reset', actions.timerReset, { 'data-fid': 'p-timer-reset', disabled: state.timer.durationMs === 0 }),
      ),
      h(
        'label',
        { class: 'fac-p-field', for: 'fac-timer-length' },
        h('span', { text: 'Length of a discussion pause' }),
        select,
      ),
    ),
    h(
      'section',
      { class: 'fac-p-card', 'aria-labelledby': 'fac-p-reveal-h' },
      h('h2', { id: 'fac-p-reveal-h', text: 'Principle mapping' }),
      h('p', {
        text:
          point.kind !== 'decision'
            ? 'No decision on screen.'
            : isRevealed(state)
              ? 'Shown to the room at this decision.'
              : 'Hidden from the room at this decision.',
      }),
      point.kind === 'decision'
        ? button(
            h('span', {}, isRevealed(state) ? 'Hide from the room ' : 'Reveal to the room ', h('kbd', { text: 'R' })),
            actions.reveal,
            { 'aria-pressed': String(isRevealed(state)), 'data-fid': 'p-reveal', id: 'fac-p-reveal' },
          )
        : null,
    ),
    h(
      'section',
      { class: 'fac-p-card fac-p-next', 'aria-labelledby': 'fac-p-next-h' },
      h('h2', { id: 'fac-p-next-h', text: 'What comes next' }),
      h('p', { text: ui.hint() ?? nextStepText(controller) }),
    ),
    h(
      'section',
      { class: 'fac-p-card fac-p-notes', 'aria-labelledby': 'fac-p-notes-h' },
      h('h2', { id: 'fac-p-notes-h', text: 'Notes for you' }),
      h('p', { class: 'fac-p-tip', text: phaseTip(state, point.kind, ctx.clock.now()) }),
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
    ),
  ];
}
