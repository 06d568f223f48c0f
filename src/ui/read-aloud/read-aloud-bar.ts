// The read-aloud controls on the play screen (shown only when the setting is on): read, pause or resume,
// next sentence and stop, with R and N as keys. Reads the sentences the screen gives it and lights the one
// being read; renders what the ReadAloud use-case reports.
import type { ReadAloud, ReadAloudState } from '../../app/read-aloud.ts';
import type { SpokenSentence } from '../../core/story/sentences.ts';
import { h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';
import { highlightSentence } from './sentence-highlight.ts';

export interface ReadAloudBar {
  readonly element: HTMLElement;
  /** R reads or pauses, N moves on a sentence; true when the key was used. */
  onKey(event: KeyboardEvent): boolean;
  /** The page changed: stop reading the old one. */
  pageChanged(): void;
  dispose(): void;
}

export interface ReadablePage {
  readonly sentences: () => readonly SpokenSentence[];
  /** The element holding the page's words, for the highlight. */
  readonly textRoot: () => HTMLElement | null;
}

export function readAloudBar(ctx: UiContext, reader: ReadAloud, page: ReadablePage): ReadAloudBar {
  const words = () => ctx.words().messages.readAloud;
  const main = h('button', { type: 'button', class: 'read-aloud-main' });
  const skip = h('button', { type: 'button', class: 'read-aloud-skip', text: words().skip });
  const stop = h('button', { type: 'button', class: 'read-aloud-stop', text: words().stop });
  const status = h('span', { class: 'read-aloud-status visually-hidden', role: 'status' });
  const hint = h('span', { class: 'key-hint', text: words().keyHint });
  const element = h(
    'div',
    { class: 'read-aloud-bar', role: 'group', 'aria-label': words().barLabel },
    main,
    skip,
    stop,
    hint,
    status,
  );

  const toggle = (): void => {
    const now = reader.state().status;
    if (now === 'reading') reader.pause();
    else if (now === 'paused') reader.resume();
    else reader.read(page.sentences());
  };
  const render = (state: ReadAloudState): void => {
    main.textContent =
      state.status === 'reading' ? words().pause : state.status === 'paused' ? words().resume : words().read;
    main.setAttribute('aria-pressed', String(state.status !== 'idle'));
    skip.disabled = state.status === 'idle';
    stop.disabled = state.status === 'idle';
    status.textContent =
      state.status === 'reading'
        ? words().reading(state.index + 1, state.total)
        : state.status === 'paused'
          ? words().paused
          : '';
    highlightSentence(page.textRoot(), state.current?.text);
  };
  main.addEventListener('click', toggle);
  skip.addEventListener('click', () => reader.skip());
  stop.addEventListener('click', () => reader.stop());
  const unlisten = reader.onChange(render);
  render(reader.state());

  return {
    element,
    onKey(event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return false;
      if (event.key === 'r' || event.key === 'R') toggle();
      else if ((event.key === 'n' || event.key === 'N') && reader.state().status !== 'idle') reader.skip();
      else return false;
      return true;
    },
    pageChanged: () => reader.stop(),
    dispose() {
      reader.stop();
      unlisten();
      highlightSentence(null, undefined);
    },
  };
}
