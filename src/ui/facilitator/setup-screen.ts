// "Run a group session": pick the scenario, the length of the discussion timer and whether principle
// mappings start hidden (the default), then start; or resume a session saved on this device.
import type { FacilitatorController } from '../../app/facilitator-controller.ts';
import type { FacilitatorSessions, OpenResult } from '../../app/facilitator-sessions.ts';
import type { SessionSummary } from '../../app/facilitator-store.ts';
import { TIMER_CHOICES_MINUTES } from '../../core/facilitator/facilitator-state.ts';
import { button, formatDate, h, screenHeading } from '../dom.ts';
import { openDialog } from '../dialog.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export interface SetupDeps {
  readonly sessions: Pick<FacilitatorSessions, 'create' | 'open' | 'list' | 'remove'>;
  readonly onStarted: (controller: FacilitatorController) => void;
  readonly onGuide: () => void;
}

const DEFAULT_MINUTES = 3;

export function setupScreen(ctx: UiContext, setup: SetupDeps): Screen {
  ctx.setLocation('Run a group session', false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(true);
  const heading = screenHeading('h1', 'Run a group session');
  const status = h('div', { role: 'alert' });
  const resumeSlot = h('section', { 'aria-labelledby': 'fac-resume-heading', hidden: true });
  const scenarioField = radioGroup(
    'Scenario',
    'fac-scenario',
    ctx.scenarios.map((s, i) => ({
      value: s.id,
      checked: i === 0,
      label: h(
        'span',
        {},
        h('strong', { text: s.title }),
        s.lengthMinutes ? ` (about ${s.lengthMinutes} minutes to read alone)` : '',
      ),
    })),
  );
  const timerField = radioGroup(
    'Discussion timer at each decision',
    'fac-timer',
    TIMER_CHOICES_MINUTES.map((m) => ({
      value: String(m),
      checked: m === DEFAULT_MINUTES,
      label: m === 0 ? 'No timer' : `${m} ${m === 1 ? 'minute' : 'minutes'}`,
    })),
    true,
  );
  const mappingField = radioGroup('Principle mappings', 'fac-mappings', [
    {
      value: 'hidden',
      checked: true,
      label: 'Hidden until I reveal them (recommended: the room argues from practice, not from the answer key)',
    },
    { value: 'shown', checked: false, label: 'Shown from the start' },
  ]);
  const startButton = button('Start the group session', () => void start(), { class: 'primary', id: 'fac-start' });

  const start = async () => {
    const scenario = ctx.scenarios.find((s) => s.id === checkedValue(scenarioField));
    if (!scenario) return;
    startButton.disabled = true;
    status.replaceChildren(h('p', { text: 'Loading the story…' }));
    const result = await setup.sessions.create(scenario, {
      timerMinutes: Number(checkedValue(timerField)),
      mappingsStartHidden: checkedValue(mappingField) !== 'shown',
    });
    finish(result);
  };
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
  const resume = async (summary: SessionSummary) => {
    status.replaceChildren(h('p', { text: 'Opening the session…' }));
    finish(await setup.sessions.open(summary.id, 'audience'));
  };

  const card = h(
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
      text: 'Project the game to a room of practitioners and stop at each decision to talk it through. You control the pace; the room votes; you decide when to reveal what each option means for the Practice Principles.',
    }),
    h(
      'p',
      {},
      'New to this? ',
      button('Read the facilitator’s guide', setup.onGuide, { class: 'small', id: 'fac-open-guide' }),
      ' It covers ground rules, pauses, votes and closing the session.',
    ),
    resumeSlot,
    h(
      'section',
      { 'aria-labelledby': 'fac-new-heading' },
      h('h2', { id: 'fac-new-heading', text: 'A new session' }),
      scenarioField,
      timerField,
      mappingField,
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
    ),
  );
  void fillResume(ctx, setup, resumeSlot, resume);
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}

async function fillResume(
  ctx: UiContext,
  setup: SetupDeps,
  slot: HTMLElement,
  resume: (s: SessionSummary) => Promise<void>,
): Promise<void> {
  const sessions = await setup.sessions.list();
  if (sessions.length === 0) return;
  const title = (s: SessionSummary) => ctx.scenarios.find((e) => e.id === s.scenarioId)?.title ?? s.scenarioId;
  const list = h(
    'ul',
    { class: 'scenario-list' },
    ...sessions.slice(0, 6).map((s) => {
      const item = h(
        'li',
        { class: 'scenario' },
        h('h3', { text: title(s) }),
        h('p', {
          class: 'meta',
          text: `Started ${formatDate(s.createdAt)} · last used ${formatDate(s.updatedAt)} · ${s.choices === 0 ? 'no choices made yet' : `${s.choices} ${s.choices === 1 ? 'choice' : 'choices'} made`} · ${s.branches} ${s.branches === 1 ? 'branch' : 'branches'}${s.finishedAt ? ' · ended' : ''}`,
        }),
        h(
          'div',
          { class: 'button-row' },
          button(
            h(
              'span',
              {},
              s.finishedAt ? 'Open' : 'Resume',
              h('span', {
                class: 'visually-hidden',
                text: ` the session on ${title(s)} started ${formatDate(s.createdAt)}`,
              }),
            ),
            () => void resume(s),
            { class: 'primary', 'data-resume': s.id },
          ),
          button(
            h(
              'span',
              {},
              'Delete…',
              h('span', {
                class: 'visually-hidden',
                text: ` the session on ${title(s)} started ${formatDate(s.createdAt)}`,
              }),
            ),
            () => confirmDelete(setup, s, title(s), () => item.remove()),
            { class: 'small danger' },
          ),
        ),
      );
      return item;
    }),
  );
  slot.replaceChildren(h('h2', { id: 'fac-resume-heading', text: 'Carry on a saved session' }), list);
  slot.hidden = false;
}

function confirmDelete(setup: SetupDeps, summary: SessionSummary, title: string, onDeleted: () => void): void {
  openDialog('Delete this group session?', (close) => [
    h('p', {
      text: `The session on ${title} started ${formatDate(summary.createdAt)}, with its votes and branches, will be removed from this device. This cannot be undone.`,
    }),
    h(
      'div',
      { class: 'button-row' },
      button(
        'Delete it',
        () =>
          void setup.sessions.remove(summary.id).then(() => {
            onDeleted();
            close();
          }),
        { class: 'danger' },
      ),
      button('Keep it', close, { class: 'primary' }),
    ),
  ]);
}

interface RadioChoice {
  readonly value: string;
  readonly checked: boolean;
  readonly label: string | Node;
}

function radioGroup(
  legend: string,
  name: string,
  choices: readonly RadioChoice[],
  inline = false,
): HTMLFieldSetElement {
  return h(
    'fieldset',
    {},
    h('legend', { text: legend }),
    h(
      'div',
      { class: inline ? 'choice-row' : 'check-row fac-radios' },
      ...choices.map((choice, i) => {
        const input = h('input', { type: 'radio', name, id: `${name}-${i}`, value: choice.value });
        input.checked = choice.checked;
        return h('label', { for: `${name}-${i}` }, input, choice.label);
      }),
    ),
  );
}

function checkedValue(group: HTMLElement): string | undefined {
  return group.querySelector<HTMLInputElement>('input:checked')?.value;
}
