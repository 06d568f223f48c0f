// The read-aloud controls on the play page, loaded only when the player has turned reading aloud on: they
// join the top of the page, read its sentences, and stop when the story moves to another page.
import type { PlayController } from '../../app/play-controller.ts';
import { pageSentences, type ReadAloud } from '../../app/read-aloud.ts';
import { scenePage } from '../../core/session/scene-page.ts';
import type { PlayPage } from '../play/play-page.ts';
import type { UiContext } from '../ui-context.ts';
import { readAloudBar, type ReadAloudBar } from './read-aloud-bar.ts';

export function withReadAloud(
  ctx: UiContext,
  controller: PlayController,
  page: PlayPage,
  reader: ReadAloud,
): ReadAloudBar {
  const transcript = () => page.element.querySelector<HTMLElement>('.transcript');
  const bar = readAloudBar(ctx, reader, {
    sentences: () => pageSentences(scenePage(controller.view()).lines, ctx.words().locale),
    textRoot: transcript,
  });
  page.element.querySelector('.play-top')?.append(bar.element);
  let choices = controller.snapshot().path.length;
  const observer = new MutationObserver(() => {
    const now = controller.snapshot().path.length;
    if (now !== choices) bar.pageChanged();
    choices = now;
  });
  const root = transcript();
  if (root) observer.observe(root, { childList: true });
  return {
    ...bar,
    dispose: () => {
      observer.disconnect();
      bar.dispose();
    },
  };
}
