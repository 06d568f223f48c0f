// The play screen: the place and speaker drawn behind, the page read in beats, then the options. The page
// itself lives in src/ui/play/ (beats, chapter cards, the options tray, the history of earlier pages); the
// read-aloud controls join it when the player has turned reading aloud on.
import type { PlayController } from '../../app/play-controller.ts';
import { pageSentences, type ReadAloud } from '../../app/read-aloud.ts';
import { scenePage } from '../../core/session/scene-page.ts';
import '../../styles/play.css';
import { PlayPage } from '../play/play-page.ts';
import { readAloudBar, type ReadAloudBar } from '../read-aloud/read-aloud-bar.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export function playScreen(ctx: UiContext, controller: PlayController, reader?: ReadAloud): Screen {
  const page = new PlayPage(ctx, controller);
  page.render(false);
  const bar = reader && ctx.settings().readAloud ? withReadAloud(ctx, controller, page, reader) : undefined;
  return {
    element: page.element,
    focus: page.heading,
    onKey: (event) => (bar?.onKey(event) ?? false) || page.onKey(event),
    dispose: () => {
      bar?.dispose();
      page.dispose();
    },
  };
}

/** The read-aloud controls above the page; reading stops when the story moves to another page. */
function withReadAloud(ctx: UiContext, controller: PlayController, page: PlayPage, reader: ReadAloud): ReadAloudBar {
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
