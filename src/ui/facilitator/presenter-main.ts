// The presenter view's main column: what the projector shows now, the steps of the decision, the story page,
// and every option with its mapping, reason and what comes after it ("Go with" on each; the hands are in
// the vote panel, always in view).
import { isRevealed, majorityOf, optionLetter, votesAt, type Phase } from '../../core/facilitator/facilitator-state.ts';
import { button, h } from '../dom.ts';
import { supportList } from '../support-list.ts';
import { branchMapView } from './branch-map-view.ts';
import { groupDebriefView } from './group-debrief-view.ts';
import { optionList, storyPage } from './session-parts.ts';
import type { SessionUi } from './session-ui.ts';
import '../../styles/later.css';

export const STEPS: readonly [Phase, string][] = [
  ['story', 'Story'],
  ['options', 'Options'],
  ['discuss', 'Discussion'],
  ['vote', 'Vote'],
];

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
  return `On the projector: decision ${String(controller.view().decisions.length + 1)}, ${step.toLowerCase()}`;
}

export function mainContent(ui: SessionUi): HTMLElement[] {
  const { ctx, controller, actions } = ui;
  const title = h('h2', { id: 'fac-p-now', text: nowTitle(ui) });
  switch (controller.state.showing) {
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
      return [title, ...playContent(ui)];
  }
}

function playContent(ui: SessionUi): HTMLElement[] {
  const { controller, actions } = ui;
  const state = controller.state;
  const view = controller.view();
  const point = controller.point();
  const page = storyPage(view);
  const story = h(
    'div',
    { class: 'fac-p-story', tabindex: 0, role: 'region', 'aria-label': 'The story page on the projector' },
    ...(page.length ? page : [h('p', { class: 'muted', text: 'No new story text at this point.' })]),
  );
  if (point.kind === 'aside')
    return [
      story,
      h('h3', { text: 'How to go on' }),
      h(
        'div',
        { class: 'fac-p-asides' },
        ...view.options.map((o, i) =>
          button(`${optionLetter(i)}. ${o.text}`, () => actions.take(i), {
            'data-fid': `p-aside-${String(i)}`,
            'data-take': i,
          }),
        ),
      ),
    ];
  if (point.kind !== 'decision') return [story];
  const steps = h(
    'div',
    { class: 'fac-p-steps', role: 'group', 'aria-label': 'Steps at this decision' },
    ...STEPS.map(([phase, label]) =>
      button(label, () => actions.phase(phase), {
        'aria-pressed': String(state.phase === phase),
        'data-fid': `p-step-${phase}`,
        'data-step': phase,
      }),
    ),
  );
  return [steps, story, ...optionsBlock(ui)];
}

function optionsBlock(ui: SessionUi): HTMLElement[] {
  const { ctx, controller, actions } = ui;
  const state = controller.state;
  const votes = votesAt(state);
  return [
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
    optionList(ctx, controller.view().options, {
      revealed: true,
      votes,
      showVotes: true,
      majority: majorityOf(votes),
      controls: { hand: actions.hand, take: actions.take },
      noHandButtons: true,
      after: (i) => controller.room.preview(i),
    }),
  ];
}
