// The play screen: the place and speaker drawn behind, the page read in beats, then the options. The page
// itself lives in src/ui/play/ (beats, chapter cards, the options tray, the history of earlier pages); the
// read-aloud controls (src/ui/read-aloud/) load and join it when the player has turned reading aloud on.
import type { PlayController } from '../../app/play-controller.ts';
import type { ReadAloud } from '../../app/read-aloud.ts';
import '../../styles/play.css';
import { PlayPage } from '../play/play-page.ts';
import type { ReadAloudBar } from '../read-aloud/read-aloud-bar.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export function playScreen(ctx: UiContext, controller: PlayController, reader?: ReadAloud): Screen {
  const page = new PlayPage(ctx, controller);
  page.render(false);
  let bar: ReadAloudBar | undefined;
  let disposed = false;
  if (reader && ctx.settings().readAloud)
    void import('../read-aloud/page-read-aloud.ts').then((m) => {
      if (!disposed) bar = m.withReadAloud(ctx, controller, page, reader);
    });
  return {
    element: page.element,
    focus: page.heading,
    onKey: (event) => (bar?.onKey(event) ?? false) || page.onKey(event),
    dispose: () => {
      disposed = true;
      bar?.dispose();
      page.dispose();
    },
  };
}
