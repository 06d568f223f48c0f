// The audience screen for the projector: big type scaled to the screen (36 px body at 1920×1080), strong
// contrast, one step of the decision at a time, a few large controls. Redrawn on every change; the
// clicker scrolls long pages a screen at a time, in step with the presenter window.
import { isRevealed, majorityOf, optionLetter, votesAt, type Phase } from '../../core/facilitator/facilitator-state.ts';
import { lastPageLine } from '../../core/session/scene-page.ts';
import { button, h } from '../dom.ts';
import { stageLabel } from '../principle-names.ts';
import { branchMapView } from './branch-map-view.ts';
import { groupDebriefView } from './group-debrief-view.ts';
import { pageTops } from './page-scroll.ts';
import { optionList, stageQuestions, storyPage, voteChart } from './session-parts.ts';
import type { SessionUi } from './session-ui.ts';

const PHASE_NAMES: Record<Phase, string> = {
  story: 'The story',
  options: 'The options',
  discuss: 'Discussion pause',
  vote: 'The room’s vote',
};

export interface AudienceView {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  render(): void;
}

export function audienceView(ui: SessionUi): AudienceView {
  const { controller, actions } = ui;
  const heading = h('h1', { class: 'fac-title', tabindex: -1, text: controller.scenario.title });
  const stage = h('p', { class: 'fac-stage' });
  const where = h('p', { class: 'fac-where' });
  const clock = h('p', { class: 'fac-clock', 'data-countdown': '' });
  const content = h('div', { class: 'fac-content' });
  const body = h('div', { class: 'fac-body', tabindex: 0, role: 'region', 'aria-label': 'Session content' }, content);
  const more = h('p', { class: 'fac-more', 'aria-hidden': 'true', text: 'More below ▾' });
  const hint = h('p', { class: 'fac-hint', role: 'status' });
  const revealButton = button('', actions.reveal, { 'data-fid': 'reveal', 'aria-keyshortcuts': 'r' });
  const controls = h(
    'nav',
    { class: 'fac-controls', 'aria-label': 'Session controls' },
    button(h('span', {}, '◀ Back ', h('kbd', { text: 'PgUp' })), actions.back, {
      'data-fid': 'back',
      'aria-keyshortcuts': 'PageUp',
    }),
    button(h('span', {}, 'Next ▶ ', h('kbd', { text: 'PgDn' })), actions.next, {
      class: 'primary',
      'data-fid': 'next',
      id: 'fac-next',
      'aria-keyshortcuts': 'PageDown',
    }),
    revealButton,
    button(h('span', {}, 'Map ', h('kbd', { text: 'M' })), actions.map, {
      'data-fid': 'map',
      'aria-keyshortcuts': 'm',
    }),
    button(h('span', {}, 'Blank ', h('kbd', { text: 'B' })), actions.blank, {
      'data-fid': 'blank',
      'aria-keyshortcuts': 'b',
    }),
    button(h('span', {}, 'Full screen ', h('kbd', { text: 'F' })), actions.fullscreen, {
      'data-fid': 'fullscreen',
      'aria-keyshortcuts': 'f',
    }),
    button(h('span', {}, 'Presenter ', h('kbd', { text: 'P' })), actions.otherWindow, {
      'data-fid': 'presenter',
      'aria-keyshortcuts': 'p',
    }),
    button(h('span', {}, 'Menu ', h('kbd', { text: 'Esc' })), actions.menu, {
      'data-fid': 'menu',
      id: 'fac-menu',
      'aria-keyshortcuts': 'Escape',
      'aria-haspopup': 'dialog',
    }),
  );
  const unblank = button('Show the screen again (B)', actions.blank, { class: 'fac-unblank', 'data-fid': 'unblank' });
  const blank = h('div', { class: 'fac-blank' }, unblank);
  blank.addEventListener('click', (event) => {
    if (event.target === blank) actions.blank();
  });
  const element = h(
    'div',
    { class: 'fac-audience' },
    h('header', { class: 'fac-head' }, heading, stage, where, clock),
    h('div', { class: 'fac-body-wrap' }, body, more),
    hint,
    controls,
    blank,
  );

  const head = { stage, where, clock, revealButton, hint };
  const render = () => {
    const state = controller.state;
    element.classList.toggle('blanked', state.blanked);
    blank.hidden = !state.blanked;
    updateHead(ui, head);
    content.replaceChildren(...contentFor(ui));
    element.dataset.showing = state.showing;
    element.dataset.phase = state.phase;
    if (element.isConnected) applyScroll();
    requestAnimationFrame(() => applyScroll());
  };

  const applyScroll = () => {
    const state = controller.state;
    const tops = pageTops(body);
    const index = Math.min(state.scroll, tops.length - 1);
    body.scrollTop = tops[index] ?? 0;
    const hasMore = index < tops.length - 1;
    more.hidden = !hasMore;
    controller.reportMoreBelow(hasMore);
  };
  return { element, heading, render };
}

interface AudienceHead {
  readonly stage: HTMLElement;
  readonly where: HTMLElement;
  readonly clock: HTMLElement;
  readonly revealButton: HTMLButtonElement;
  readonly hint: HTMLElement;
}

/** The backdrop, the stage and "where we are", whether the countdown and the reveal button show, and the hint. */
function updateHead(ui: SessionUi, head: AudienceHead): void {
  const { ctx, controller } = ui;
  const state = controller.state;
  const view = controller.view();
  const point = controller.point();
  const atDecision = state.showing === 'play' && point.kind === 'decision' && state.phase !== 'story';
  ctx.backdrop().show(state.showing === 'play' ? view.scene : 'calm', undefined);
  ctx.backdrop().setDimmed(true);
  head.stage.textContent = state.showing === 'play' ? stageLabel(ctx.principles, view.stage) : '';
  head.where.textContent =
    state.showing === 'welcome'
      ? 'Welcome'
      : state.showing === 'map'
        ? 'Branch map'
        : state.showing === 'debrief'
          ? 'Group debrief'
          : point.kind === 'decision'
            ? `Decision ${view.decisions.length + 1} · ${PHASE_NAMES[state.phase]}`
            : point.kind === 'end'
              ? 'The end of this path'
              : 'The story';
  head.clock.hidden = !(atDecision && state.timer.durationMs > 0);
  head.revealButton.replaceChildren(
    h('span', {}, isRevealed(state) ? 'Hide mapping ' : 'Reveal ', h('kbd', { text: 'R' })),
  );
  head.revealButton.setAttribute('aria-pressed', String(isRevealed(state)));
  head.revealButton.hidden = !atDecision;
  head.hint.textContent = ui.hint() ?? '';
  head.hint.hidden = head.hint.textContent === '';
}

function contentFor(ui: SessionUi): HTMLElement[] {
  const { ctx, controller, actions } = ui;
  const state = controller.state;
  const view = controller.view();
  const point = controller.point();
  const presenterOpen = controller.peerRoles().includes('presenter');
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
  const votes = votesAt(state);
  const majority = majorityOf(votes);
  const revealed = isRevealed(state);
  if (point.kind !== 'decision' || state.phase === 'story') {
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
                { 'data-fid': `aside-${i}`, 'data-take': i },
              ),
            ),
          )
        : null;
    const end =
      point.kind === 'end'
        ? h('p', {
            class: 'fac-note',
            'data-block': '',
            text: 'This is where this path ends. Next: the group debrief.',
          })
        : null;
    return [
      ...(page.length ? page : [h('p', { class: 'fac-note', 'data-block': '', text: 'The story carries on.' })]),
      ...(asides ? [asides] : []),
      ...(end ? [end] : []),
    ];
  }
  if (state.phase === 'discuss') {
    return [
      h(
        'div',
        { class: 'fac-discuss' },
        h(
          'div',
          { class: 'fac-questions-wrap' },
          h('h2', { 'data-block': '', text: 'Discussion pause' }),
          h(
            'ul',
            { class: 'fac-questions' },
            ...stageQuestions(ctx, controller.scenario, view.stage).map((q) => h('li', { 'data-block': '', text: q })),
          ),
        ),
        h(
          'div',
          { class: 'fac-discuss-side' },
          state.timer.durationMs > 0
            ? h('p', { class: 'fac-big-clock', 'data-countdown': '', 'aria-hidden': 'true' })
            : null,
          votes.some((n) => n > 0)
            ? voteChart(view.options, votes, majority)
            : h('p', {
                class: 'fac-note',
                text: `Options ${view.options.map((_, i) => optionLetter(i)).join(', ')}. Then: the room’s vote.`,
              }),
        ),
      ),
    ];
  }
  const situation = lastPageLine(view);
  const showVotes = state.phase === 'vote' || votes.some((n) => n > 0);
  return [
    h('h2', { 'data-block': '', text: state.phase === 'vote' ? 'The room’s vote' : 'What would you do?' }),
    situation && situation.length < 220 && state.phase === 'options'
      ? h('p', { class: 'fac-situation', 'data-block': '', text: situation })
      : h('span', { hidden: true }),
    optionList(ctx, view.options, {
      revealed,
      votes,
      showVotes,
      majority,
      controls: state.phase === 'vote' && !presenterOpen ? { hand: actions.hand, take: actions.take } : undefined,
    }),
    state.phase === 'vote' && majority !== undefined
      ? h('p', {
          class: 'fac-note',
          'data-block': '',
          text: `Next goes with ${optionLetter(majority)}, the option with the most hands.`,
        })
      : h('span', { hidden: true }),
  ];
}

function welcome(ui: SessionUi): HTMLElement[] {
  const { controller } = ui;
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
        h('li', {
          'data-block': '',
          text: 'We keep what is said in the room, use no real names, and speak about practice, not about people.',
        }),
        h('li', { 'data-block': '' }, h('strong', { text: 'Content note: ' }), controller.scenario.contentNote),
        h('li', { 'data-block': '', text: 'You can step out at any time, and you do not need to say why.' }),
        h('li', {
          'data-block': '',
          text: 'Support: your own manager or supervisor; NSPCC Helpline 0808 800 5000; Samaritans 116 123. The full list comes at the end.',
        }),
      ),
    ),
  ];
}
