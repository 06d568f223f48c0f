// The play screen: the place and speaker drawn behind, the page read in beats, then the options. The page
// itself lives in src/ui/play/ (beats, chapter cards, the options tray, the history of earlier pages).
import type { PlayController } from '../../app/play-controller.ts';
import '../../styles/play.css';
import { PlayPage } from '../play/play-page.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export function playScreen(ctx: UiContext, controller: PlayController): Screen {
  const page = new PlayPage(ctx, controller);
  page.render(false);
  return {
    element: page.element,
    focus: page.heading,
    onKey: (event) => page.onKey(event),
    dispose: () => page.dispose(),
  };
}
