// What fills the audience screen below its header: the welcome and ground rules, the story page, the
// discussion pause, the options (a compact grid that fits the screen once the mapping is revealed, or one
// option shown large), the branch map and the group debrief.
import { isRevealed, majorityOf, optionLetter, votesAt } from '../../core/facilitator/facilitator-state.ts';
import { lastPageLine } from '../../core/session/scene-page.ts';
import { button, h } from '../dom.ts';
import { branchMapView } from './branch-map-view.ts';
import { groupDebriefView } from './group-debrief-view.ts';
import { optionList, stageQuestions, storyPage, voteChart } from './session-parts.ts';
import type { SessionUi } from './session-ui.ts';
import '../../styles/later.css';

export function contentFor(ui: SessionUi): HTMLElement[] {
  const { ctx, controller, actions } = ui;
  const state = controller.state;
  const point = controller.point();
  switch (state.showing) {
    case 'welcome':
      return welcome(ui);
    case 'map':
      return [
        h('h2', { 'data-block': '', text: 'Where the room has been' }),
        branchMapView(controller, { revealAll: false, onGo: actions.goTo }),
      ];
    case 'debrief':
      return [groupDebriefView(ctx, controller, { revealAll: true, onGo: actions.goTo }, actions.finish)];
    case 'play':
      break;
  }
  if (point.kind !== 'decision' || state.phase === 'story') return storyContent(ui);
  if (state.phase === 'discuss') return discussContent(ui);
  return decisionContent(ui);
}

function storyContent(ui: SessionUi): HTMLElement[] {
  const { controller, actions } = ui;
  const view = controller.view();
  const point = controller.point();
  const page = storyPage(view);
  const asides =
    point.kind === 'aside'
      ? h(
          'div',
          { class: 'fac-asides', 'data-block': '' },
          ...view.options.map((o, i) =>
            button(
              h(
                'span',
                {},
                h('span', { class: 'fac-letter small', 'aria-hidden': 'true', text: optionLetter(i) }),
                o.text,
              ),
              () => actions.take(i),
              { 'data-fid': `aside-${String(i)}`, 'data-take': i },
            ),
          ),
        )
      : null;
  const end =
    point.kind === 'end'
      ? h('p', { class: 'fac-note', 'data-block': '', text: 'This is where this path ends. Next: the group debrief.' })
      : null;
  return [
    ...(page.length ? page : [h('p', { class: 'fac-note', 'data-block': '', text: 'The story carries on.' })]),
    ...(asides ? [asides] : []),
    ...(end ? [end] : []),
  ];
}

function discussContent(ui: SessionUi): HTMLElement[] {
  const { ctx, controller } = ui;
  const state = controller.state;
  const view = controller.view();
  const votes = votesAt(state);
  const questions = stageQuestions(ctx, controller.scenario, view.stage);
  return [
    h(
      'div',
      { class: 'fac-discuss' },
      h(
        'div',
        { class: 'fac-questions-wrap' },
        h('h2', { 'data-block': '', text: 'Discussion pause' }),
        h('ul', { class: 'fac-questions' }, ...questions.map((q) => h('li', { 'data-block': '', text: q }))),
      ),
      h(
        'div',
        { class: 'fac-discuss-side' },
        state.timer.durationMs > 0
          ? h('p', { class: 'fac-big-clock', 'data-countdown': '', 'aria-hidden': 'true' })
          : null,
        votes.some((n) => n > 0)
          ? voteChart(view.options, votes, majorityOf(votes))
          : h('p', {
              class: 'fac-note',
              text: `Options ${view.options.map((_, i) => optionLetter(i)).join(', ')}. Then: the room’s vote.`,
            }),
      ),
    ),
  ];
}

/** The options as a grid sized to fit the screen (see reveal-fit.ts), or the zoomed option alone. */
function decisionContent(ui: SessionUi): HTMLElement[] {
  const { ctx, controller, actions } = ui;
  const state = controller.state;
  const view = controller.view();
  const votes = votesAt(state);
  const majority = majorityOf(votes);
  const revealed = isRevealed(state);
  const presenterOpen = controller.peerRoles().includes('presenter');
  const zoom = state.zoom !== undefined && state.zoom < view.options.length ? state.zoom : undefined;
  const situation = lastPageLine(view);
  const list = optionList(ctx, view.options, {
    revealed,
    votes,
    showVotes: state.phase === 'vote' || votes.some((n) => n > 0),
    majority,
    controls: state.phase === 'vote' && !presenterOpen ? { hand: actions.hand, take: actions.take } : undefined,
    only: zoom,
  });
  list.classList.add(zoom === undefined ? 'fac-grid' : 'fac-zoomed');
  list.dataset.count = String(view.options.length);
  const heading = state.phase === 'vote' ? 'The room’s vote' : 'What would you do?';
  return [
    h('h2', { class: 'fac-decision-heading', text: heading }),
    situation && situation.length < 220 && state.phase === 'options' && !revealed && zoom === undefined
      ? h('p', { class: 'fac-situation', text: situation })
      : h('span', { hidden: true }),
    list,
    zoom !== undefined
      ? h('p', { class: 'fac-note', text: ctx.words().messages.facilitator.zoomHint(optionLetter(zoom)) })
      : state.phase === 'vote' && majority !== undefined
        ? h('p', {
            class: 'fac-note',
            text: `Next goes with ${optionLetter(majority)}, the option with the most hands.`,
          })
        : h('span', { hidden: true }),
  ];
}

function welcome(ui: SessionUi): HTMLElement[] {
  const { controller } = ui;
  const rule = (text: string) => h('li', { 'data-block': '', text });
  return [
    h(
      'div',
      { class: 'fac-welcome' },
      h('h2', { 'data-block': '', text: controller.scenario.title }),
      h('p', {
        class: 'fac-lead',
        'data-block': '',
        text: 'A group session with Practice Paths. We stop at each decision to talk it through: there are no right answers to find, and every view is welcome.',
      }),
      h('h3', { 'data-block': '', text: 'Before we begin' }),
      h(
        'ul',
        { class: 'fac-rules' },
        rule('We keep what is said in the room, use no real names, and speak about practice, not about people.'),
        h('li', { 'data-block': '' }, h('strong', { text: 'Content note: ' }), controller.scenario.contentNote),
        rule('You can step out at any time, and you do not need to say why.'),
        rule(
          'Support: your own manager or supervisor; NSPCC Helpline 0808 800 5000; Samaritans 116 123. The full list comes at the end.',
        ),
      ),
    ),
  ];
}
