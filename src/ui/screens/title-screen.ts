// The title screen: continue where you left off, choose a scenario, settings, about, who is playing.
import type { ScenarioEntry } from '../../app/scenario-catalogue.ts';
import { button, formatDate, h, screenHeading } from '../dom.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export interface TitleInfo {
  readonly profileName: () => string;
  /** The playthrough to continue, if any. */
  readonly latest: () => Promise<{ readonly scenario: ScenarioEntry; readonly savedAt: number } | undefined>;
}

export function titleScreen(ctx: UiContext, info: TitleInfo): Screen {
  ctx.setLocation('', false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(false);
  ctx.audio.playAmbient(undefined);
  const heading = screenHeading('h1', 'Practice Paths');
  const continueSlot = h('div', { class: 'continue-slot' });
  const profileName = info.profileName();
  const card = h(
    'div',
    { class: 'card' },
    heading,
    h('p', {
      class: 'tagline',
      text: 'Practise responding to child exploitation and extra-familial harm, one decision at a time, guided by the eight Practice Principles.',
    }),
    h(
      'div',
      { class: 'button-column' },
      continueSlot,
      button('Choose a scenario', () => ctx.go.menu(), {
        class: continueSlot.childElementCount ? '' : 'primary',
        id: 'choose-scenario',
      }),
      button('Run a group session', () => ctx.go.facilitator({ kind: 'setup' }), { id: 'run-group-session' }),
      button('Settings', () => ctx.go.settings()),
      button('About and credits', () => ctx.go.about()),
    ),
    h(
      'p',
      { class: 'muted', style: undefined },
      profileName ? `Playing as ${profileName}. ` : '',
      button('Change who is playing', () => ctx.go.profiles(), { class: 'small quiet' }),
    ),
  );
  void fillContinue(ctx, info, continueSlot);
  return { element: h('div', { class: 'screen title-screen' }, card), focus: heading };
}

async function fillContinue(ctx: UiContext, info: TitleInfo, slot: HTMLElement): Promise<void> {
  const latest = await info.latest();
  if (!latest) return;
  const { scenario } = latest;
  const resume = button(
    h(
      'span',
      {},
      h('strong', { text: 'Continue' }),
      h('span', { class: 'visually-hidden', text: ':' }),
      ` ${scenario.title}`,
    ),
    () => ctx.go.notice(scenario, 'continue'),
    { class: 'primary', id: 'continue-button' },
  );
  slot.replaceChildren(resume, h('p', { class: 'muted', text: `Last played ${formatDate(latest.savedAt)}` }));
  slot.parentElement?.querySelector('#choose-scenario')?.classList.remove('primary');
}
