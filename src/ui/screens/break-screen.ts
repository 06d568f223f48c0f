// "Take a break": a calm screen, a slow breathing guide, and the support services again.
import { button, h, screenHeading } from '../dom.ts';
import { supportList } from '../support-list.ts';
import type { Screen, UiContext } from '../ui-context.ts';

export function breakScreen(ctx: UiContext): Screen {
  ctx.setLocation('Taking a break', false);
  ctx.backdrop().show('calm', undefined);
  ctx.backdrop().setDimmed(false);
  ctx.audio.playAmbient('calm');
  const heading = screenHeading('h1', 'Take a break');
  const card = h(
    'div',
    { class: 'card' },
    heading,
    h('div', { class: 'breath', 'aria-hidden': 'true' }),
    h('p', {
      class: 'lead',
      text: 'This material can stir up difficult feelings, for anyone. Take as long as you need. Your place in the story is kept.',
    }),
    h('p', {
      text: 'If it helps: breathe in slowly while the circle grows, and out while it shrinks. Stand up, have a drink of water, or talk to someone you trust.',
    }),
    supportList('h2'),
    h(
      'div',
      { class: 'button-row' },
      button("I'm ready to go back", () => ctx.go.back(), { class: 'primary', id: 'end-break' }),
    ),
  );
  return { element: h('div', { class: 'screen break-screen' }, card), focus: heading };
}
