// Reveals new paragraphs word by word at the reader's chosen pace; all text is in the page from the start
// (hidden words are transparent, not removed), so screen readers and "show all" always have the whole of it.
import { h } from './dom.ts';

export interface RevealItem {
  readonly element: HTMLElement;
  readonly words: readonly HTMLElement[];
  /** Called once as the item starts to show: `atOnce` when everything is shown together (no following it). */
  readonly onShown?: (atOnce: boolean) => void;
}

/** Build a paragraph whose words can be revealed one at a time. */
export function revealableText(text: string, className?: string): { element: HTMLElement; words: HTMLElement[] } {
  const words = text
    .split(/(\s+)/)
    .filter((part) => part !== '')
    .map((part) =>
      /^\s+$/.test(part) ? document.createTextNode(part) : h('span', { class: 'word pending', text: part }),
    );
  const element = h('span', { class: className }, ...words);
  return { element, words: words.filter((w): w is HTMLElement => w instanceof HTMLElement) };
}

export class TextReveal {
  private timer: number | undefined;
  private itemIndex = 0;
  private wordIndex = 0;
  /** How many items have had their onShown called: each is called once, in order. */
  private shownCount = 0;
  private finished = false;

  constructor(
    private readonly items: readonly RevealItem[],
    private readonly charactersPerSecond: number,
    private readonly onDone: () => void,
  ) {}

  start(): void {
    if (!Number.isFinite(this.charactersPerSecond) || this.items.length === 0) {
      this.finish();
      return;
    }
    this.showUpTo(0, false);
    this.tick();
  }

  get running(): boolean {
    return !this.finished;
  }

  /** Show everything at once. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.showUpTo(this.items.length - 1, true);
    for (let i = this.itemIndex; i < this.items.length; i++)
      for (const word of this.items[i]!.words) word.classList.remove('pending');
    this.onDone();
  }

  dispose(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.finished = true;
  }

  private showUpTo(index: number, atOnce: boolean): void {
    while (this.shownCount <= index && this.shownCount < this.items.length)
      this.items[this.shownCount++]!.onShown?.(atOnce);
  }

  private tick(): void {
    const item = this.items[this.itemIndex];
    if (!item) {
      this.finished = true;
      this.onDone();
      return;
    }
    const word = item.words[this.wordIndex];
    if (!word) {
      this.itemIndex++;
      this.wordIndex = 0;
      const next = this.items[this.itemIndex];
      this.showUpTo(this.itemIndex, false);
      this.timer = window.setTimeout(() => this.tick(), next ? 250 : 0);
      return;
    }
    word.classList.remove('pending');
    this.wordIndex++;
    const delay = (word.textContent.length + 1) * (1000 / this.charactersPerSecond);
    this.timer = window.setTimeout(() => this.tick(), delay);
  }
}
