// What the tray at the foot of the play panel holds at each moment: "show all" while words are revealed,
// Continue between beats, then the options (number keys choose), the way to the summary at an ending, or
// a way back when the story itself failed.
import type { PlayController } from '../../app/play-controller.ts';
import type { SessionView } from '../../core/session/session-types.ts';
import { button, h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';

const keyHint = (key: string): HTMLElement => h('kbd', { class: 'key-hint', 'aria-hidden': 'true', text: key });

export function showAllButton(ctx: UiContext, onShowAll: () => void): HTMLButtonElement {
  const words = ctx.words().messages.play;
  return button(h('span', {}, words.showAll, ' ', keyHint('Space')), onShowAll, {
    class: 'small quiet reveal-all',
    'aria-keyshortcuts': 'Space',
  });
}

/** In place of the options while the first one taken waits for the rest of the story (a moment, once). */
export function loadingNote(ctx: UiContext): HTMLElement {
  return h('p', { class: 'muted', role: 'status', text: ctx.words().messages.play.loadingRest });
}

/** H, or this button above the page: the history of earlier pages. */
export function historyButton(ctx: UiContext, onOpen: () => void): HTMLButtonElement {
  const words = ctx.words().messages.play;
  return button(h('span', {}, words.history, ' ', keyHint('H')), onOpen, {
    class: 'small quiet history-button',
    'aria-keyshortcuts': 'h',
  });
}

export function continueButton(ctx: UiContext, onContinue: () => void): HTMLButtonElement {
  const words = ctx.words().messages.play;
  return button(h('span', {}, words.continue, ' ', keyHint('Enter')), onContinue, {
    class: 'primary continue-beat',
    'aria-keyshortcuts': 'Enter',
  });
}

/** The options as large buttons, numbered for the keys; returns the list and its buttons in order. */
export function optionList(
  ctx: UiContext,
  view: SessionView,
  onTake: (index: number) => void,
): { readonly elements: HTMLElement[]; readonly buttons: HTMLButtonElement[] } {
  const words = ctx.words().messages.play;
  const list = h('ol', { class: 'choices', 'aria-label': words.optionsLabel });
  const buttons = view.options.map((option, index) => {
    const choose = button(
      h(
        'span',
        {},
        h('span', { class: 'key', 'aria-hidden': 'true', text: String(index + 1) }),
        h('span', { text: option.text }),
      ),
      () => onTake(index),
      { 'data-option': index },
    );
    list.append(h('li', { class: option.aside ? 'aside-choice' : 'decision-choice' }, choose));
    return choose;
  });
  const hint = view.options.some((o) => !o.aside)
    ? h('p', { class: 'muted key-hint choice-hint', id: 'choice-hint', text: words.choiceHint })
    : null;
  return { elements: hint ? [list, hint] : [list], buttons };
}

/** Up and down arrows move between the options, round and round; true when the key was one of them. */
export function moveAmongOptions(buttons: readonly HTMLButtonElement[], key: string): boolean {
  if ((key !== 'ArrowDown' && key !== 'ArrowUp') || buttons.length === 0) return false;
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = key === 'ArrowDown' ? (current + 1) % buttons.length : (current - 1 + buttons.length) % buttons.length;
  buttons[current === -1 ? 0 : next]?.focus();
  return true;
}

export function endingControls(ctx: UiContext, controller: PlayController): HTMLElement[] {
  const words = ctx.words().messages.play;
  return [
    h('p', { class: 'muted', text: words.pathEnds }),
    h(
      'div',
      { class: 'button-row' },
      button(words.seeSummary, () => ctx.go.summary(controller), { class: 'primary', id: 'see-summary' }),
      button(words.backToTitle, () => ctx.go.title()),
    ),
  ];
}

export function errorControls(ctx: UiContext, error: string, onGoBack: () => void): HTMLElement[] {
  const words = ctx.words().messages.play;
  return [
    h('p', { class: 'error-text', role: 'alert', text: words.storyError(error) }),
    button(words.goBack, onGoBack, { class: 'primary' }),
  ];
}

/**
 * How long new options or a new Continue ignore the mouse and touch: shorter than anyone takes to see them, so a
 * click or tap aimed at what was there before (a double tap on "Show all the text", or a click just as the words
 * finish) lands on the tray and chooses nothing. Keys are never held: they name what they do.
 */
const POINTER_HOLD_MS = 300;
const holds = new WeakMap<HTMLElement, number>();

/** Put new controls in the tray, held from the pointer for POINTER_HOLD_MS (see above; `.held` in the CSS). */
export function offerInTray(tray: HTMLElement, ...controls: HTMLElement[]): void {
  tray.replaceChildren(...controls);
  window.clearTimeout(holds.get(tray));
  tray.classList.add('held');
  holds.set(
    tray,
    window.setTimeout(() => tray.classList.remove('held'), POINTER_HOLD_MS),
  );
}

/**
 * Once the options are up, make sure they can be seen: the tray sticks to the foot of the window, and the page
 * scrolls (the page, never an inner panel) so the words just above it are not under it. A tray taller than
 * most of the window stops sticking and is scrolled to instead.
 */
export function bringTrayIntoView(tray: HTMLElement): void {
  const tall = tray.getBoundingClientRect().height > window.innerHeight * 0.8;
  tray.classList.toggle('unstuck', tall);
  if (tall) {
    tray.scrollIntoView({ block: 'start' });
    return;
  }
  const below = document.documentElement.scrollHeight - (window.scrollY + window.innerHeight);
  if (below > 0) window.scrollBy({ top: below, behavior: 'instant' });
}
