// The backlog ("History"): every earlier page of this playthrough, oldest first, with what was chosen on
// each, then the beats of this page read so far. Opens at its end, the most recent words, to scroll back from.
import type { PlayController } from '../../app/play-controller.ts';
import { backlogPages, type SpeakerBlock } from '../../core/session/page-beats.ts';
import { openDialog } from '../dialog.ts';
import { button, h } from '../dom.ts';
import type { UiContext } from '../ui-context.ts';
import { stageTitle } from './chapter-card.ts';

function blocksView(blocks: readonly SpeakerBlock[]): HTMLElement[] {
  return blocks.map((block) =>
    block.speaker
      ? h(
          'div',
          { class: 'speech-block' },
          h('p', { class: 'who' }, h('span', { class: 'plate-name', text: block.speaker.plate })),
          ...block.lines.map((line) => h('p', { class: 'speech', text: line.text })),
        )
      : h(
          'div',
          { class: 'narration-block' },
          ...block.lines.map((line) => h('p', { class: 'narration', text: line.text })),
        ),
  );
}

export function openBacklog(ctx: UiContext, controller: PlayController, readSoFar: readonly SpeakerBlock[]): void {
  const words = ctx.words().messages.play;
  const pages = backlogPages(controller.view());
  ctx.backdrop().setDimmed(true);
  // Closing returns focus to the History button; the page goes back to where the reader was, options in view.
  const scrolledTo = window.scrollY;
  const restore = (): void => {
    ctx.backdrop().setDimmed(false);
    window.requestAnimationFrame(() => window.scrollTo({ top: scrolledTo, behavior: 'instant' }));
  };
  const dialog = openDialog(
    words.historyTitle,
    (close) => {
      const list = h(
        'ol',
        { class: 'backlog' },
        ...pages.map((page, index) =>
          h(
            'li',
            { class: 'backlog-page' },
            h('h3', {
              text: `${words.historyPage(index + 1)}${page.stage ? ` · ${stageTitle(ctx, page.stage, controller.stages)}` : ''}`,
            }),
            ...blocksView(page.blocks),
            page.chosen
              ? h('p', { class: 'echo' }, h('span', { class: 'echo-label', text: words.youChose }), page.chosen)
              : null,
          ),
        ),
      );
      const now =
        readSoFar.length > 0
          ? h('section', { class: 'backlog-now' }, h('h3', { text: words.historyNow }), ...blocksView(readSoFar))
          : null;
      return [
        pages.length === 0 && !now ? h('p', { class: 'muted', text: words.historyEmpty }) : null,
        pages.length > 0 ? list : null,
        now,
        h('div', { class: 'button-row' }, button(ctx.words().messages.common.close, close, { class: 'primary' })),
      ];
    },
    { wide: true, onClose: restore },
  );
  dialog.element.classList.add('backlog-dialog');
  dialog.element.scrollTop = dialog.element.scrollHeight;
}
