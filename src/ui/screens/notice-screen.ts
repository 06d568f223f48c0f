// The content notice before a scenario: the note and "I understand, start" together in the first screen at any
// size, three support services below and all of them one key away. Carrying on (Continue, a loaded save) shows a
// one-line reminder instead, the note and services folded beneath it. Acknowledging starts or resumes play, so a
// save that can't be read is explained here.
import type { ScenarioEntry } from '../../app/scenario-catalogue.ts';
import type { PlaythroughStarter, StartMode } from '../../app/start-or-resume.ts';
import { FIRST_SUPPORT, SUPPORT_SERVICES } from '../../app/support-services.ts';
import { button, h, screenHeading } from '../dom.ts';
import { lmsReportingLine } from '../lms-reporting.ts';
import { supportList } from '../support-list.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import '../../styles/first-run.css';

export function noticeScreen(
  ctx: UiContext,
  starter: Pick<PlaythroughStarter, 'startOrResume'>,
  scenario: ScenarioEntry,
  mode: StartMode,
): Screen {
  const words = ctx.words().messages.firstRun;
  const fresh = mode === 'new';
  ctx.setLocation(scenario.title, false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(true);
  const heading = screenHeading('h1', `${fresh ? words.noticeHeading : words.welcomeBack}: ${scenario.title}`);
  const status = h('div', { role: 'alert' });
  const startButton = button(fresh ? words.understandStart : words.carryOn, () => void begin(), {
    class: 'primary big',
    id: 'acknowledge',
  });

  const begin = async () => {
    startButton.disabled = true;
    status.replaceChildren(h('p', { text: words.loadingStory }));
    const outcome = await starter.startOrResume(scenario, mode);
    if (outcome.kind === 'playing') {
      if (outcome.storyChanged) ctx.toast(words.storyChanged);
      ctx.go.play(outcome.controller);
      return;
    }
    status.replaceChildren(
      h('p', { class: 'error-text', text: outcome.kind === 'offer-fresh' ? outcome.message : outcome.error }),
    );
    startButton.disabled = false;
    if (outcome.kind === 'offer-fresh') {
      mode = 'new';
      startButton.textContent = words.startFresh;
      startButton.focus();
    }
  };

  const actions = h(
    'div',
    { class: 'button-row notice-actions' },
    startButton,
    button(ctx.words().messages.common.back, () => ctx.go.back()),
  );
  const card = h(
    'div',
    { class: `card wide notice-card${fresh ? '' : ' reminder-card'}` },
    heading,
    ...(fresh ? fullNotice(ctx, scenario) : [h('p', { class: 'reminder', text: words.reminder })]),
    ...lmsReportingLine(ctx),
    status,
    actions,
    fresh ? shortSupport(ctx) : foldedNotice(ctx, scenario),
  );
  // A learning platform's package may let a learner carry on without the notice (never by default).
  if (!fresh && ctx.lms?.skipNoticeOnResume) {
    ctx.toast(words.reminder);
    void begin();
  }
  return { element: h('div', { class: 'screen notice-screen' }, card), focus: heading };
}

function fullNotice(ctx: UiContext, scenario: ScenarioEntry): HTMLElement[] {
  const words = ctx.words().messages.firstRun;
  return [
    h(
      'div',
      { class: 'notice' },
      h('p', {}, h('strong', { text: `${words.contentNote} ` }), scenario.contentNote),
      h('p', { text: words.noticeAbout }),
    ),
  ];
}

/** The three services most likely to be needed, and every service behind one key. */
function shortSupport(ctx: UiContext): HTMLElement {
  const words = ctx.words().messages.firstRun;
  const first = FIRST_SUPPORT.flatMap((name) => SUPPORT_SERVICES.filter((s) => s.name === name));
  return h(
    'section',
    { class: 'support-short', 'aria-labelledby': 'support-short-heading' },
    h('h2', { id: 'support-short-heading', text: words.supportHeading }),
    h(
      'ul',
      { class: 'support-first' },
      ...first.map((s) =>
        h('li', {}, h('span', { class: 'name', text: s.name }), ': ', h('span', { class: 'contact', text: s.contact })),
      ),
    ),
    h('details', { class: 'all-support' }, h('summary', { text: words.allSupport }), supportList('h3')),
  );
}

/** Carrying on: the content note and every service, folded under one line. */
function foldedNotice(ctx: UiContext, scenario: ScenarioEntry): HTMLElement {
  const words = ctx.words().messages.firstRun;
  return h(
    'details',
    { class: 'all-support' },
    h('summary', { text: words.noteAndSupport }),
    h('p', { class: 'notice' }, h('strong', { text: `${words.contentNote} ` }), scenario.contentNote),
    supportList('h2'),
  );
}
