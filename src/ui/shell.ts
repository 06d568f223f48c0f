// The page around every screen: skip link, top bar ("where am I", the pause button, "Take a break"), the
// screen host, a polite live region for screen readers, and the toasts.
import { button, h, neutraliseBidi } from './dom.ts';

export interface Shell {
  /** Where screens go. */
  readonly main: HTMLElement;
  setLocation(label: string, pauseAvailable: boolean): void;
  announce(message: string): void;
  toast(message: string): void;
}

export function buildShell(
  root: HTMLElement,
  actions: {
    readonly pause: () => void;
    readonly takeBreak: () => void;
    readonly focusTarget: () => HTMLElement | undefined;
  },
): Shell {
  const main = h('main', { id: 'screen', class: 'screen-host' });
  const where = h('span', { class: 'where' });
  const liveRegion = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const toasts = h('div', { class: 'status-region', role: 'status', 'aria-live': 'polite' });
  const pauseButton = button(h('span', {}, 'Menu ', h('kbd', { text: 'Esc' })), actions.pause, {
    class: 'small',
    hidden: true,
    'aria-keyshortcuts': 'Escape',
  });
  const breakButton = button(h('span', {}, 'Take a break ', h('kbd', { text: 'T' })), actions.takeBreak, {
    class: 'small break-button',
    'aria-keyshortcuts': 't',
  });
  const bar = h(
    'header',
    { class: 'top-bar' },
    h('span', { class: 'brand', text: 'Practice Paths' }),
    where,
    pauseButton,
    breakButton,
  );
  const skip = h('a', { class: 'skip-link', href: '#screen', text: 'Skip to content' });
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    (actions.focusTarget() ?? main).focus();
  });
  main.tabIndex = -1;
  // The toasts sit between the bar and the screen, in its flow: they push the screen down rather than cover its
  // controls (main.css; group sessions, which fill the window, lay them over it: facilitator.css).
  root.replaceChildren(skip, bar, toasts, main, liveRegion);
  return {
    main,
    setLocation: (label, pauseAvailable) => {
      where.textContent = neutraliseBidi(label);
      pauseButton.hidden = !pauseAvailable;
    },
    announce: (message) => {
      liveRegion.textContent = '';
      window.setTimeout(() => (liveRegion.textContent = neutraliseBidi(message)), 50);
    },
    toast: (message) => {
      const dismiss = button('Dismiss', () => item.remove(), { class: 'small' });
      const item = h('div', { class: 'toast' }, h('p', { text: message }), dismiss);
      toasts.append(item);
      window.setTimeout(() => item.remove(), 15000);
    },
  };
}

/** Settings that change the whole page: text size, contrast and motion. */
export function applyPageSettings(settings: {
  readonly textScale: number;
  readonly highContrast: boolean;
  readonly motion: 'system' | 'reduce' | 'full';
}): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.classList.toggle('high-contrast', settings.highContrast);
  root.classList.toggle('reduced-motion', settings.motion === 'reduce');
  root.classList.toggle('motion-system', settings.motion === 'system');
}
