// The content notice before any scenario: what it contains, where to get support, acknowledged before play.
// Acknowledging also starts or resumes the playthrough, so a save that can't be read is explained here.
import type { ScenarioEntry } from '../../app/scenario-catalogue.ts';
import type { PlaythroughStarter, StartMode } from '../../app/start-or-resume.ts';
import { button, h, screenHeading } from '../dom.ts';
import { supportList } from '../support-list.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export function noticeScreen(
  ctx: UiContext,
  starter: Pick<PlaythroughStarter, 'startOrResume'>,
  scenario: ScenarioEntry,
  mode: StartMode,
): Screen {
  ctx.setLocation(scenario.title, false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(true);
  const heading = screenHeading('h1', 'Before you start');
  const status = h('div', { role: 'alert' });
  const startButton = button(
    mode === 'new' ? 'I understand: start the scenario' : 'I understand: carry on',
    () => void begin(),
    { class: 'primary', id: 'acknowledge' },
  );

  const begin = async () => {
    startButton.disabled = true;
    status.replaceChildren(h('p', { text: 'Loading the story…' }));
    const outcome = await starter.startOrResume(scenario, mode);
    switch (outcome.kind) {
      case 'playing':
        if (outcome.storyChanged)
          ctx.toast(
            'This scenario has been updated since you saved. Your choices still fit it, so you carry on where you were.',
          );
        {
          ctx.go.play(outcome.controller);
          return;
        }
      case 'offer-fresh': {
        offerFresh(outcome.message);
        return;
      }
      case 'failed': {
        showError(outcome.error);
        return;
      }
    }
  };

  const offerFresh = (message: string) => {
    status.replaceChildren(h('p', { class: 'error-text', text: message }));
    mode = 'new';
    startButton.textContent = 'Start the scenario from the beginning';
    startButton.disabled = false;
    startButton.focus();
  };
  const showError = (message: string) => {
    status.replaceChildren(h('p', { class: 'error-text', text: message }));
    startButton.disabled = false;
  };

  const card = h(
    'div',
    { class: 'card wide' },
    heading,
    h('h2', { text: scenario.title }),
    h(
      'div',
      { class: 'notice' },
      h('p', {}, h('strong', { text: 'Content note. ' }), scenario.contentNote),
      h('p', {
        text: 'The story is fictional but drawn from real practice. Harm is described, never shown. You can take a break at any time with the "Take a break" button or the T key, and pick up where you left off.',
      }),
    ),
    supportList('h2'),
    status,
    h(
      'div',
      { class: 'button-row' },
      startButton,
      button('Back', () => ctx.go.menu()),
    ),
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}
