// The audience screen's row of large controls (Back, Next, Reveal, Zoom, Map, Blank, Full screen, Presenter,
// Menu), each with its key shown, and the blank-screen cover.
import { button, h } from '../dom.ts';
import type { SessionUi } from './session-ui.ts';

const keyed = (label: string, key: string): HTMLElement => h('span', {}, `${label} `, h('kbd', { text: key }));

export interface AudienceControls {
  readonly nav: HTMLElement;
  readonly revealButton: HTMLButtonElement;
  readonly zoomButton: HTMLButtonElement;
  readonly blank: HTMLElement;
}

export function audienceControls(ui: SessionUi): AudienceControls {
  const { actions, ctx } = ui;
  const revealButton = button('', actions.reveal, { 'data-fid': 'reveal', 'aria-keyshortcuts': 'r' });
  const zoomButton = button(keyed(ctx.words().messages.facilitator.zoom, 'Z'), actions.zoomNext, {
    'data-fid': 'zoom',
    'aria-keyshortcuts': 'z',
  });
  const nav = h(
    'nav',
    { class: 'fac-controls', 'aria-label': 'Session controls' },
    button(keyed('◀ Back', 'PgUp'), actions.back, { 'data-fid': 'back', 'aria-keyshortcuts': 'PageUp' }),
    button(keyed('Next ▶', 'PgDn'), actions.next, {
      class: 'primary',
      'data-fid': 'next',
      id: 'fac-next',
      'aria-keyshortcuts': 'PageDown',
    }),
    revealButton,
    zoomButton,
    button(keyed('Map', 'M'), actions.map, { 'data-fid': 'map', 'aria-keyshortcuts': 'm' }),
    button(keyed('Blank', 'B'), actions.blank, { 'data-fid': 'blank', 'aria-keyshortcuts': 'b' }),
    button(keyed('Full screen', 'F'), actions.fullscreen, { 'data-fid': 'fullscreen', 'aria-keyshortcuts': 'f' }),
    button(keyed('Presenter', 'P'), actions.otherWindow, { 'data-fid': 'presenter', 'aria-keyshortcuts': 'p' }),
    button(keyed('Menu', 'Esc'), actions.menu, {
      'data-fid': 'menu',
      id: 'fac-menu',
      'aria-keyshortcuts': 'Escape',
      'aria-haspopup': 'dialog',
    }),
  );
  const unblank = button('Show the screen again (B)', actions.blank, { class: 'fac-unblank', 'data-fid': 'unblank' });
  const blank = h('div', { class: 'fac-blank' }, unblank);
  blank.addEventListener('click', (event) => {
    if (event.target === blank) actions.blank();
  });
  return { nav, revealButton, zoomButton, blank };
}
