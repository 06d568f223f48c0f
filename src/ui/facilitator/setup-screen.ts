// "Run a group session": pick the scenario, the session's length (which picks the decisions to discuss), the
// discussion timer and whether principle mappings start hidden (the default), then start; or resume a
// session saved on this device.
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import type { FacilitatorSessions, OpenResult } from '../../app/facilitator-sessions.ts';
import type { SessionSummary } from '../../app/facilitator-store.ts';
import type { SessionPlan } from '../../core/facilitator/session-plan.ts';
import { TIMER_CHOICES_MINUTES } from '../../core/facilitator/facilitator-state.ts';
import { button, h, screenHeading } from '../dom.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import { checkedValue, chosenLength, lengthField, planSummaryText, radioGroup } from './setup-fields.ts';
import { fillResume } from './setup-resume.ts';

export interface SetupDeps {
  readonly sessions: Pick<FacilitatorSessions, 'create' | 'open' | 'list' | 'remove' | 'plans'>;
  readonly onStarted: (controller: FacilitatorController) => void;
  readonly onGuide: () => void;
}

const DEFAULT_MINUTES = 3;

function setupFields(ctx: UiContext) {
  const scenario = radioGroup(
    'Scenario',
    'fac-scenario',
    ctx.scenarios.map((s, i) => ({
      value: s.id,
      checked: i === 0,
      label: h(
        'span',
        {},
        h('strong', { text: s.title }),
        s.lengthMinutes ? ` (about ${String(s.lengthMinutes)} minutes to read alone)` : '',
      ),
    })),
  );
  const timer = radioGroup(
    'Discussion timer at each decision',
    'fac-timer',
    TIMER_CHOICES_MINUTES.map((m) => ({
      value: String(m),
      checked: m === DEFAULT_MINUTES,
      label: m === 0 ? 'No timer' : `${String(m)} ${m === 1 ? 'minute' : 'minutes'}`,
    })),
    true,
  );
  const mapping = radioGroup('Principle mappings', 'fac-mappings', [
    {
      value: 'hidden',
      checked: true,
      label: 'Hidden until I reveal them (recommended: the room argues from practice, not from the answer key)',
    },
    { value: 'shown', checked: false, label: 'Shown from the start' },
  ]);
  return { scenario, timer, mapping, length: lengthField(ctx) };
}

export function setupScreen(ctx: UiContext, setup: SetupDeps): Screen {
  ctx.setLocation('Run a group session', false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(true);
  const heading = screenHeading('h1', 'Run a group session');
  const status = h('div', { role: 'alert' });
  const resumeSlot = h('section', { 'aria-labelledby': 'fac-resume-heading', hidden: true });
  const fields = setupFields(ctx);
  const chosenScenario = () => ctx.scenarios.find((s) => s.id === checkedValue(fields.scenario));
  const timerMinutes = () => Number(checkedValue(fields.timer));
  const startButton = button('Start the group session', () => void start(), { class: 'primary', id: 'fac-start' });
  const finish = (result: OpenResult) => {
    if (result.ok) {
      if (result.storyChanged)
        ctx.toast(
          'This scenario has been updated since the session was saved. Its choices still fit, so the room carries on where it was.',
        );
      setup.onStarted(result.controller);
      return;
    }
    status.replaceChildren(h('p', { class: 'error-text', text: result.error }));
    startButton.disabled = false;
  };
  const start = async () => {
    const scenario = chosenScenario();
    if (!scenario) return;
    startButton.disabled = true;
    status.replaceChildren(h('p', { text: 'Loading the story…' }));
    const sessionMinutes = chosenLength(fields.length.field);
    finish(
      await setup.sessions.create(scenario, {
        timerMinutes: timerMinutes(),
        mappingsStartHidden: checkedValue(fields.mapping) !== 'shown',
        ...(sessionMinutes === undefined ? {} : { sessionMinutes }),
      }),
    );
  };
  const resume = async (summary: SessionSummary) => {
    status.replaceChildren(h('p', { text: 'Opening the session…' }));
    finish(await setup.sessions.open(summary.id, 'audience'));
  };
  const showPlan = planUpdater(ctx, setup, fields, chosenScenario, timerMinutes);
  for (const field of [fields.scenario, fields.timer, fields.length.field]) field.addEventListener('change', showPlan);
  showPlan();
  void fillResume(ctx, setup, resumeSlot, resume);
  const card = setupCard(ctx, setup, heading, resumeSlot, [
    fields.scenario,
    fields.length.field,
    fields.timer,
    fields.mapping,
    ...startRow(ctx, status, startButton),
  ]);
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}

/** Keeps the line under the session length saying what the plan discusses, for the scenario and timer chosen. */
function planUpdater(
  ctx: UiContext,
  setup: SetupDeps,
  fields: ReturnType<typeof setupFields>,
  scenario: () => (typeof ctx.scenarios)[number] | undefined,
  timerMinutes: () => number,
): () => void {
  const cache = new Map<string, Promise<SessionPlan[]>>();
  let asked = 0;
  return () => {
    const chosen = scenario();
    const summary = fields.length.summary;
    const minutes = chosenLength(fields.length.field);
    if (!chosen || minutes === undefined) {
      summary.textContent = '';
      return;
    }
    const key = `${chosen.id}|${String(timerMinutes())}`;
    const plans = cache.get(key) ?? setup.sessions.plans(chosen, timerMinutes());
    cache.set(key, plans);
    const ask = ++asked;
    summary.textContent = ctx.words().messages.facilitator.planWorking;
    void plans.then((list) => {
      if (ask === asked) summary.textContent = planSummaryText(ctx, list, minutes);
    });
  };
}

function startRow(ctx: UiContext, status: HTMLElement, startButton: HTMLElement): HTMLElement[] {
  return [
    h('p', {
      class: 'notice',
      text: 'Once it starts: press P to open the presenter view in a second window for your laptop, put this window on the projector and press F for full screen. Press ? at any time for the keys.',
    }),
    status,
    h(
      'div',
      { class: 'button-row' },
      startButton,
      button('Back to title', () => ctx.go.title()),
    ),
  ];
}

function setupCard(
  ctx: UiContext,
  setup: SetupDeps,
  heading: HTMLElement,
  resumeSlot: HTMLElement,
  newSession: readonly HTMLElement[],
): HTMLElement {
  return h(
    'div',
    { class: 'card wide fac-setup' },
    h(
      'div',
      { class: 'screen-title' },
      heading,
      button('Back to title', () => ctx.go.title(), { class: 'small' }),
    ),
    h('p', {
      class: 'lead',
      text: 'Project the game to a room of practitioners and stop at the decisions that matter to talk them through. You control the pace; the room votes; you decide when to reveal what each option means for the Practice Principles.',
    }),
    h(
      'p',
      {},
      'New to this? ',
      button('Read the facilitator’s guide', setup.onGuide, { class: 'small', id: 'fac-open-guide' }),
      ' It covers ground rules, pacing, votes, what to do if someone is distressed, and closing the session.',
    ),
    resumeSlot,
    h(
      'section',
      { 'aria-labelledby': 'fac-new-heading' },
      h('h2', { id: 'fac-new-heading', text: 'A new session' }),
      ...newSession,
    ),
  );
}
