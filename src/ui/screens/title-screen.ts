// The title screen: Continue for a returning player; "Start here" (the warm-up, then the case study), the case
// study, and the "what if" versions grouped; Save/Load, all scenarios, a group session, settings, about, and who
// is playing. Which scenario is which comes from the stories' `role:` data (titleChoices), never from ids here.
import type { PlayerProgress } from '../../app/player-progress.ts';
import type { SaveEntry } from '../../app/save-slots.ts';
import { startHereTarget, titleChoices, type ScenarioEntry } from '../../app/scenario-catalogue.ts';
import { button, formatDate, h, screenHeading } from '../dom.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import '../../styles/first-run.css';

export interface TitleInfo {
  /** The profile's name, or '' while playing as a guest. */
  readonly profileName: () => string;
  /** The playthrough to continue (the latest autosave), if any. */
  readonly latest: () => Promise<SaveEntry | undefined>;
  /** Open the Save/Load dialog (to load, from the title). */
  readonly openSaveLoad: () => void;
  /** What has been finished: "Start here" goes on to the case study once the warm-up is done. */
  readonly progress: Pick<PlayerProgress, 'byScenario'>;
}

export function titleScreen(ctx: UiContext, info: TitleInfo): Screen {
  const words = ctx.words().messages.firstRun;
  ctx.setLocation('', false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(false);
  ctx.audio.playAmbient(undefined);
  const heading = screenHeading('h1', 'Practice Paths');
  const continueSlot = h('div', { class: 'continue-slot' });
  const start = startChoices(ctx, info);
  const card = h(
    'div',
    { class: 'card title-card' },
    heading,
    h('p', { class: 'tagline', text: words.tagline }),
    continueSlot,
    start,
    h(
      'div',
      { class: 'title-more button-row' },
      button(words.saveLoad, info.openSaveLoad, { id: 'open-save-load' }),
      button(words.allScenarios, () => ctx.go.menu(), { id: 'choose-scenario' }),
      button(words.groupSession, () => ctx.go.facilitator({ kind: 'setup' }), { id: 'run-group-session' }),
      button(words.settings, () => ctx.go.settings()),
      button(words.about, () => ctx.go.about()),
    ),
    whoIsPlaying(ctx, info.profileName()),
  );
  void fillContinue(ctx, info, continueSlot, start);
  return { element: h('div', { class: 'screen title-screen' }, card), focus: heading };
}

function startChoices(ctx: UiContext, info: TitleInfo): HTMLElement {
  const words = ctx.words().messages.firstRun;
  const minutes = (entry: ScenarioEntry) => ctx.words().messages.common.minutes(entry.lengthMinutes ?? 5);
  const choices = titleChoices(ctx.scenarios);
  const { warmUp, caseStudy, variants } = choices;
  const first = warmUp ?? caseStudy;
  let target = first;
  const hint = !first
    ? ''
    : warmUp && caseStudy
      ? words.startHereHint(warmUp.title, minutes(warmUp), caseStudy.title)
      : words.startHereHintAlone(first.title, minutes(first));
  const hintLine = h('p', { class: 'muted', id: 'start-here-hint', text: hint });
  void info.progress.byScenario(ctx.scenarios).then((progress) => {
    target = startHereTarget(choices, new Set(progress.filter((p) => p.timesFinished > 0).map((p) => p.scenarioId)));
    if (target && target !== first) hintLine.textContent = words.startHereNext(target.title);
  });
  return h(
    'div',
    { class: 'title-start' },
    first
      ? h(
          'div',
          { class: 'title-choice' },
          prefetchOn(
            button(words.startHere, () => ctx.go.notice(target ?? first, 'new'), {
              class: 'primary big',
              id: 'start-here',
              'aria-describedby': 'start-here-hint',
            }),
            () => target ?? first,
          ),
          hintLine,
        )
      : null,
    caseStudy
      ? h(
          'div',
          { class: 'title-choice' },
          prefetchOn(
            button(words.caseStudy(caseStudy.title), () => ctx.go.notice(caseStudy, 'new'), {
              id: 'start-case-study',
              'aria-describedby': 'case-study-hint',
            }),
            () => caseStudy,
          ),
          h('p', { class: 'muted', id: 'case-study-hint', text: words.caseStudyHint(minutes(caseStudy)) }),
        )
      : null,
    variants.length > 0 ? whatIfs(ctx, variants) : null,
  );
}

/**
 * The story starts downloading when the pointer or the focus reaches its button, so it is (nearly) here by the
 * time the content notice has been read. Only that scenario's, and only the part its first page needs.
 */
function prefetchOn(element: HTMLElement, scenario: () => ScenarioEntry): HTMLElement {
  const fetch = () => {
    const entry = scenario();
    void (entry.loadFirstPart ?? entry.load)().catch(() => undefined);
  };
  element.addEventListener('pointerenter', fetch);
  element.addEventListener('focus', fetch);
  return element;
}

function whatIfs(ctx: UiContext, variants: readonly ScenarioEntry[]): HTMLElement {
  const words = ctx.words().messages.firstRun;
  return h(
    'details',
    { class: 'title-choice what-ifs' },
    h('summary', { text: words.whatIfs(variants.length) }),
    h('p', { class: 'muted', text: words.whatIfsHint }),
    h(
      'ul',
      { class: 'what-if-list' },
      ...variants.map((variant) =>
        h(
          'li',
          {},
          prefetchOn(
            button(variant.title, () => ctx.go.notice(variant, 'new'), { 'data-start-variant': variant.id }),
            () => variant,
          ),
        ),
      ),
    ),
  );
}

function whoIsPlaying(ctx: UiContext, name: string): HTMLElement {
  const words = ctx.words().messages.firstRun;
  return h(
    'p',
    { class: 'muted who-is-playing' },
    name ? words.playingAs(name) : words.playingAsGuest,
    ' ',
    button(name ? words.changeProfile : words.nameProfile, () => ctx.go.profiles(), {
      class: 'small quiet',
      id: 'name-profile',
    }),
  );
}

async function fillContinue(ctx: UiContext, info: TitleInfo, slot: HTMLElement, start: HTMLElement): Promise<void> {
  const latest = await info.latest();
  const scenario = latest?.scenario;
  if (!latest || !scenario || !slot.isConnected) return;
  const words = ctx.words().messages.firstRun;
  const resume = button(
    h(
      'span',
      {},
      h('strong', { text: words.continueLabel }),
      h('span', { class: 'visually-hidden', text: ':' }),
      ` ${scenario.title}`,
    ),
    () => ctx.go.notice(scenario, 'continue'),
    { class: 'primary big', id: 'continue-button', 'aria-describedby': 'continue-where' },
  );
  slot.replaceChildren(
    resume,
    h(
      'p',
      { class: 'muted', id: 'continue-where' },
      words.lastPlayed(formatDate(latest.savedAt)),
      latest.place ? h('span', { class: 'where', text: ` · ${latest.place.where}` }) : null,
    ),
  );
  start.querySelector('#start-here')?.classList.remove('primary');
}
