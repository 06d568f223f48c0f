// The scenario menu: every scenario with its title, summary and length, what you have finished,
// and whether a playthrough is in progress; named save slots can be loaded from here.
import type { DeviceData } from '../../app/device-data.ts';
import type { PlayerProgress, ScenarioProgress } from '../../app/player-progress.ts';
import type { ScenarioEntry } from '../../app/scenario-catalogue.ts';
import type { PlaythroughStarter } from '../../app/start-or-resume.ts';
import { button, formatDate, h, screenHeading } from '../dom.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export interface MenuServices {
  readonly progress: Pick<PlayerProgress, 'byScenario'>;
  readonly starter: Pick<PlaythroughStarter, 'openFinished'>;
  readonly device: Pick<DeviceData, 'removeOwnScenario'>;
}

export function menuScreen(ctx: UiContext, services: MenuServices): Screen {
  ctx.setLocation('Choose a scenario', false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(true);
  const heading = screenHeading('h1', 'Choose a scenario');
  const list = h('ul', { class: 'scenario-list' }, ...ctx.scenarios.map((s) => scenarioItem(ctx, services, s)));
  const card = h(
    'div',
    { class: 'card wide' },
    h(
      'div',
      { class: 'screen-title' },
      heading,
      button('Back to title', () => ctx.go.title(), { class: 'small' }),
    ),
    h('p', {
      class: 'lead',
      text: 'Each scenario is a story in which you make the decisions. There are no right answers to find: afterwards you will see what each choice meant for the eight Practice Principles.',
    }),
    list,
    h(
      'div',
      { class: 'button-row' },
      button('Open your own scenario…', () => ctx.go.ownScenario(), { id: 'open-own' }),
    ),
  );
  void services.progress.byScenario(ctx.scenarios).then((progress) => {
    for (const p of progress) showProgress(ctx, services, list, p);
  });
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}

function scenarioItem(ctx: UiContext, services: MenuServices, scenario: ScenarioEntry): HTMLElement {
  const meta = h(
    'p',
    { class: 'meta' },
    h('span', { text: scenario.lengthMinutes ? `About ${scenario.lengthMinutes} minutes` : 'Length not given' }),
    scenario.variantOf ? h('span', { text: 'A "what if" version of the main case' }) : null,
    scenario.own ? h('span', { class: 'badge', text: 'Your own scenario' }) : null,
    h('span', { class: 'progress-note', 'data-scenario': scenario.id }),
  );
  const actions = h(
    'div',
    { class: 'button-row', 'data-actions': scenario.id },
    button(
      h('span', {}, 'Start', h('span', { class: 'visually-hidden', text: ` ${scenario.title}` })),
      () => ctx.go.notice(scenario, 'new'),
      { class: 'primary', 'data-start': scenario.id },
    ),
  );
  if (scenario.own) {
    actions.append(
      button(
        h('span', {}, 'Remove', h('span', { class: 'visually-hidden', text: ` ${scenario.title} from this device` })),
        () => {
          if (window.confirm(`Remove "${scenario.title}" from this device? Your saves for it are kept.`))
            void services.device.removeOwnScenario(scenario.id).then(() => ctx.go.menu());
        },
        { class: 'small danger' },
      ),
    );
  }
  return h(
    'li',
    { class: 'scenario', id: `scenario-${scenario.id}` },
    h('h2', { text: scenario.title }),
    meta,
    h('p', { text: scenario.summary }),
    actions,
  );
}

function showProgress(ctx: UiContext, services: MenuServices, list: HTMLElement, progress: ScenarioProgress): void {
  const scenario = ctx.scenarios.find((s) => s.id === progress.scenarioId);
  const note = list.querySelector<HTMLElement>(`.progress-note[data-scenario="${progress.scenarioId}"]`);
  const actions = list.querySelector<HTMLElement>(`[data-actions="${progress.scenarioId}"]`);
  if (!scenario || !actions) return;
  const times = progress.timesFinished;
  if (note && times > 0)
    note.replaceChildren(
      h('span', { class: 'badge', text: times === 1 ? 'Finished once' : `Finished ${times} times` }),
    );
  const last = progress.lastFinished;
  if (last) {
    actions.append(
      button(
        h('span', {}, 'Last debrief', h('span', { class: 'visually-hidden', text: ` for ${scenario.title}` })),
        () => {
          void services.starter.openFinished(scenario, last.record).then((opened) => {
            if (opened.ok) ctx.go.summary(opened.controller);
            else ctx.toast(`That debrief could not be opened: ${opened.error}`);
          });
        },
        { class: 'small' },
      ),
    );
  }
  if (progress.inProgress) {
    actions.prepend(
      button(
        h('span', {}, 'Continue', h('span', { class: 'visually-hidden', text: ` ${scenario.title}` })),
        () => ctx.go.notice(scenario, 'continue'),
        { class: 'primary' },
      ),
    );
    actions.querySelector('[data-start]')?.classList.remove('primary');
    actions
      .querySelector('[data-start]')
      ?.replaceChildren('Start again', h('span', { class: 'visually-hidden', text: ` ${scenario.title}` }));
  }
  for (const slot of progress.slots) {
    actions.append(
      button(
        `Load slot ${slot.slot}${slot.label ? ` “${slot.label}”` : ''} (${formatDate(slot.savedAt)})`,
        () => ctx.go.notice(scenario, { slot: slot.slot }),
        { class: 'small' },
      ),
    );
  }
}
