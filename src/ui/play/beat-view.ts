// One beat of a page as HTML: speaker blocks (one name plate, with a small round portrait for narrow windows,
// over a speaker's consecutive lines), each line ready to be revealed word by word. A plate appears with
// its block's first line; the place, the portrait behind and a line's sound follow each line as it shows.
import type { SpeakerBlock } from '../../core/session/page-beats.ts';
import type { PageLine } from '../../core/session/scene-page.ts';
import { h } from '../dom.ts';
import { revealableText, type RevealItem } from '../text-reveal.ts';
import type { UiContext } from '../ui-context.ts';
import { portraitSlot } from './portrait-slot.ts';

export interface BeatView {
  readonly elements: readonly HTMLElement[];
  readonly items: readonly RevealItem[];
}

export function beatView(ctx: UiContext, blocks: readonly SpeakerBlock[]): BeatView {
  const elements: HTMLElement[] = [];
  const items: RevealItem[] = [];
  for (const block of blocks) {
    const { speaker } = block;
    const plate = speaker
      ? h(
          'p',
          { class: 'who pending' },
          portraitSlot(speaker, block.lines[0]?.expression),
          h('span', { class: 'plate-name', text: speaker.plate }),
        )
      : null;
    const paragraphs = block.lines.map((line, index) => {
      const { element: words, words: spans } = revealableText(line.text);
      const paragraph = h(
        'p',
        { class: `${speaker ? 'speech' : 'narration'}${line.ending ? ' ending-line' : ''}` },
        words,
      );
      items.push({
        element: paragraph,
        words: spans,
        onShown: (atOnce) => shown(ctx, line, paragraph, index === 0 ? plate : null, atOnce),
      });
      return paragraph;
    });
    elements.push(
      speaker
        ? h('div', { class: 'speech-block', 'data-speaker': speaker.id }, plate, ...paragraphs)
        : h('div', { class: 'narration-block' }, ...paragraphs),
    );
  }
  return { elements, items };
}

function shown(
  ctx: UiContext,
  line: PageLine,
  paragraph: HTMLElement,
  plate: HTMLElement | null,
  atOnce: boolean,
): void {
  plate?.classList.remove('pending');
  ctx.backdrop().show(line.scene, line.speaker?.portrait, line.expression);
  if (line.sfx) ctx.audio.playEffect(line.sfx);
  // Follow the words as they are typed; words shown all at once are read from the top.
  if (!atOnce) paragraph.scrollIntoView({ block: 'nearest' });
}
