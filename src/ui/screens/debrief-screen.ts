// The debrief: one summary screen first (the ending, three turning points, the principles that stood out, support),
// and the rest on demand behind a row of buttons: every decision by stage, the profile, compare and reflect, and
// keep a copy (print, Word, Markdown, JSON). The model comes from the app's debrief; the views only render it.
import '../../styles/debrief.css';
import type { SoloDebrief } from '../../app/debrief-service.ts';
import type { PlayController } from '../../app/play-controller.ts';
import { compareAndReflect } from '../debrief/compare-reflect.ts';
import { debriefSummary, openFrom } from '../debrief/debrief-summary.ts';
import { debriefWords, type DebriefWords } from '../debrief/debrief-words.ts';
import { decisionTimeline, revealDecision } from '../debrief/decision-timeline.ts';
import { keepCopy, printAppendix } from '../debrief/keep-copy.ts';
import { chartWithTable, principleSentences } from '../debrief/profile-bars.ts';
import { button, formatDate, h, screenHeading } from '../dom.ts';
import type { Screen, UiContext } from '../ui-context.ts';

type ViewName = 'summary' | 'decisions' | 'profile' | 'reflect' | 'keep';
const VIEWS: readonly ViewName[] = ['summary', 'decisions', 'profile', 'reflect', 'keep'];

export function debriefScreen(ctx: UiContext, debrief: SoloDebrief, controller: PlayController): Screen {
  const w = debriefWords(ctx);
  ctx.setLocation(`${debrief.scenario.title}: debrief`, false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(true);
  ctx.audio.playAmbient('calm');
  const model = debrief.debrief;
  const heading = screenHeading('h1', w.heading(debrief.scenario.title));
  const card = h('div', { class: 'card wide debrief', 'data-print': 'full' });
  const views = new Map<ViewName, HTMLElement>();
  const navButtons = new Map<ViewName, HTMLButtonElement>();

  const show = (name: ViewName, focus = true): HTMLElement => {
    for (const [key, view] of views) view.hidden = key !== name;
    for (const [key, nav] of navButtons)
      if (key === name) nav.setAttribute('aria-current', 'true');
      else nav.removeAttribute('aria-current');
    card.dataset.view = name;
    const target = views.get(name)!;
    if (focus) (name === 'summary' ? heading : target.querySelector<HTMLElement>('h2'))?.focus();
    return target;
  };
  const tryPath = (ordinal: number, authoredIndex: number) => {
    const problem = debrief.tryOtherPath(ordinal, authoredIndex);
    if (problem) ctx.toast(problem);
    else ctx.go.play(controller);
  };
  const openDecision = (ordinal: number) => revealDecision(show('decisions', false), ordinal);
  // The support services come after every debrief (added under this screen); the summary links to them.
  const openSupport = () => {
    const support = document.getElementById('support-heading');
    support?.setAttribute('tabindex', '-1');
    support?.scrollIntoView({ block: 'start' });
    support?.focus({ preventScroll: true });
  };

  for (const [name, element] of buildViews(ctx, debrief, controller, card, { tryPath, openDecision, openSupport }))
    views.set(name, element);
  const nav = navigation(w, navButtons, show);
  card.append(
    h(
      'header',
      { class: 'debrief-head' },
      heading,
      h(
        'p',
        { class: 'debrief-meta' },
        w.meta(formatDate(ctx.clock.now()), debrief.minutes, model.decisions.length, debrief.branches.length),
      ),
    ),
    nav,
    ...views.values(),
    printAppendix(ctx, debrief, controller),
  );
  show('summary', false);
  return { element: h('div', { class: 'screen debrief-screen' }, card), focus: heading };
}

function navigation(
  w: DebriefWords,
  navButtons: Map<ViewName, HTMLButtonElement>,
  show: (name: ViewName) => void,
): HTMLElement {
  return h(
    'nav',
    { class: 'debrief-nav no-print', 'aria-label': w.nav },
    ...VIEWS.map((name) => {
      const b = button(w.views[name], () => show(name), { 'data-view': name });
      navButtons.set(name, b);
      return b;
    }),
  );
}

interface ViewActions {
  readonly tryPath: (ordinal: number, authoredIndex: number) => void;
  readonly openDecision: (ordinal: number) => void;
  readonly openSupport: () => void;
}

function buildViews(
  ctx: UiContext,
  debrief: SoloDebrief,
  controller: PlayController,
  card: HTMLElement,
  actions: ViewActions,
): [ViewName, HTMLElement][] {
  const w = debriefWords(ctx);
  return [
    ['summary', view('summary', debriefSummary(ctx, debrief, actions))],
    ['decisions', decisionsView(ctx, w, debrief, actions.tryPath)],
    ['profile', profileView(w, debrief, actions.openDecision)],
    ['reflect', view('reflect', compareAndReflect(ctx, debrief, controller))],
    [
      'keep',
      view(
        'keep',
        keepCopy(ctx, debrief, card),
        h(
          'div',
          { class: 'button-row no-print' },
          button(w.otherScenario, () => ctx.go.menu(), { class: 'primary' }),
          button(w.backToTitle, () => ctx.go.title()),
        ),
      ),
    ],
  ];
}

function view(name: ViewName, ...children: HTMLElement[]): HTMLElement {
  return h('div', { class: `debrief-view view-${name}`, 'data-view-name': name }, ...children);
}

function decisionsView(
  ctx: UiContext,
  w: DebriefWords,
  debrief: SoloDebrief,
  tryPath: (ordinal: number, authoredIndex: number) => void,
): HTMLElement {
  const differing = debrief.differing;
  return view(
    'decisions',
    h(
      'section',
      { 'aria-labelledby': 'decisions-heading' },
      h('h2', { id: 'decisions-heading', tabindex: -1, text: w.decisionsHeading }),
      h('p', { class: 'muted', text: w.decisionsLead }),
      decisionTimeline(ctx, debrief.debrief, tryPath),
    ),
    differing.length
      ? h(
          'section',
          { 'aria-labelledby': 'differs-heading' },
          h('h2', { id: 'differs-heading', text: w.differsHeading }),
          h(
            'ul',
            {},
            ...differing.map((d) =>
              h(
                'li',
                {},
                h('strong', { text: `${w.decisionN(d.ordinal)}: ` }),
                [d.chosen, ...d.notTaken]
                  .map((o) => o.differs)
                  .filter(Boolean)
                  .join(' '),
              ),
            ),
          ),
        )
      : h('span', { hidden: true }),
  );
}

function profileView(w: DebriefWords, debrief: SoloDebrief, openDecision: (ordinal: number) => void): HTMLElement {
  const model = debrief.debrief;
  const section = h(
    'section',
    { 'aria-labelledby': 'profile-heading' },
    h('h2', { id: 'profile-heading', tabindex: -1, text: w.profileHeading }),
    ...(model.mapped
      ? [
          h('p', { class: 'muted', text: w.profileLead }),
          chartWithTable(w, model.profile),
          h('h3', { text: w.perPrincipleHeading }),
          principleSentences(w, debrief.evidence),
        ]
      : [h('p', { class: 'notice', text: w.unmapped })]),
  );
  section.addEventListener('click', (event) => openFrom(event, { openDecision }));
  return view('profile', section);
}
