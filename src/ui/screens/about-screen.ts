// About and credits: what Practice Paths is, where the principles come from, privacy, and who made what.
import { button, h, screenHeading } from '../dom.ts';
import { supportList } from '../support-list.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export function aboutScreen(ctx: UiContext): Screen {
  const words = ctx.words().messages.about;
  ctx.setLocation(words.location, false);
  ctx.backdrop().setDimmed(true);
  const heading = screenHeading('h1', words.heading);
  const card = h(
    'div',
    { class: 'card' },
    heading,
    h('p', { text: words.intro }),
    h('h2', { text: words.principlesHeading }),
    h('p', { text: words.principles }),
    h('p', { text: words.notModelAnswers }),
    h('h2', { text: words.privacyHeading }),
    h('p', { text: words.privacy }),
    h('h2', { text: words.creditsHeading }),
    h('p', { text: words.credits }),
    supportList('h2'),
    h(
      'div',
      { class: 'button-row' },
      button(ctx.words().messages.common.back, () => ctx.go.back(), { class: 'primary' }),
    ),
  );
  return { element: h('div', { class: 'screen' }, card), focus: heading };
}
