// The own-scenario check while it runs: what it is doing (announced politely), a progress bar, and Cancel.
// The check runs away from the page, so this stays live and answers keys and clicks throughout.
import type { CheckProgress } from '../../core/checker/story-checker.ts';
import { button, h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';
import '../../styles/later.css';

export interface CheckProgressView {
  readonly element: HTMLElement;
  readonly update: (progress: CheckProgress) => void;
}

/** The exploration plays up to about this many paths in the browser: the bar fills towards it. */
const EXPECTED_PATHS = 800;

export function checkProgressView(ctx: UiContext, names: string, onCancel: () => void): CheckProgressView {
  const words = ctx.words().messages.ownScenario;
  const status = h('p', { class: 'check-status', role: 'status', text: words.checking(names) });
  const bar = h('progress', { class: 'check-progress', max: 100, 'aria-label': words.progressLabel });
  const cancel = button(words.cancel, onCancel, { class: 'small', id: 'cancel-check' });
  const element = h('div', { class: 'check-running' }, status, bar, h('div', { class: 'button-row' }, cancel));
  const update = (progress: CheckProgress) => {
    switch (progress.phase) {
      case 'compile':
        status.textContent = words.compiling;
        bar.value = 5;
        break;
      case 'explore':
        status.textContent = words.exploring(progress.paths);
        bar.value = 10 + Math.min(85, (85 * progress.paths) / EXPECTED_PATHS);
        break;
      case 'guessability':
        status.textContent = words.guessing;
        bar.value = 97;
        break;
    }
  };
  return { element, update };
}
