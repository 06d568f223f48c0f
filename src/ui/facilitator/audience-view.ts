// The audience screen for the projector: big type scaled to the screen (36 px body at 1920×1080), strong
// contrast, one step of the decision at a time, a few large controls. Redrawn on every change. The clicker
// scrolls long story pages a screen at a time, in step with the presenter window; a decision's options are
// fitted to the screen instead, so "next" always moves on there.
import { h } from '../dom.ts';
import { audienceControls } from './audience-controls.ts';
import { contentFor } from './audience-content.ts';
import { updateHead } from './audience-head.ts';
import { pageTops } from './page-scroll.ts';
import { fitOptions } from './reveal-fit.ts';
import type { SessionUi } from './session-ui.ts';

export interface AudienceView {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  render(): void;
}

export function audienceView(ui: SessionUi): AudienceView {
  const { controller } = ui;
  const heading = h('h1', { class: 'fac-title', tabindex: -1, text: controller.scenario.title });
  const stage = h('p', { class: 'fac-stage' });
  const where = h('p', { class: 'fac-where' });
  const clock = h('p', { class: 'fac-clock', 'data-countdown': '' });
  const content = h('div', { class: 'fac-content' });
  const body = h('div', { class: 'fac-body', tabindex: 0, role: 'region', 'aria-label': 'Session content' }, content);
  const more = h('p', { class: 'fac-more', 'aria-hidden': 'true', text: 'More below ▾' });
  const hint = h('p', { class: 'fac-hint', role: 'status' });
  const controls = audienceControls(ui);
  const element = h(
    'div',
    { class: 'fac-audience' },
    h('header', { class: 'fac-head' }, heading, stage, where, clock),
    h('div', { class: 'fac-body-wrap' }, body, more),
    hint,
    controls.nav,
    controls.blank,
  );
  const head = { stage, where, clock, hint, revealButton: controls.revealButton, zoomButton: controls.zoomButton };

  const atOptions = () => {
    const state = controller.state;
    const point = controller.point();
    return (
      state.showing === 'play' && point.kind === 'decision' && (state.phase === 'options' || state.phase === 'vote')
    );
  };
  const applyScroll = () => {
    if (atOptions()) {
      // Options never scroll with the clicker: they are fitted to the screen, and "next" moves on.
      body.scrollTop = 0;
      element.dataset.fits = 'measuring';
      element.dataset.fits = String(fitOptions(body));
      more.hidden = true;
      controller.reportMoreBelow(false);
      return;
    }
    delete element.dataset.fits;
    const tops = pageTops(body);
    const index = Math.min(controller.state.scroll, tops.length - 1);
    body.scrollTop = tops[index] ?? 0;
    const hasMore = index < tops.length - 1;
    more.hidden = !hasMore;
    controller.reportMoreBelow(hasMore);
  };
  const render = () => {
    const state = controller.state;
    element.classList.toggle('blanked', state.blanked);
    controls.blank.hidden = !state.blanked;
    updateHead(ui, head);
    content.replaceChildren(...contentFor(ui));
    content.classList.toggle('fac-wide', atOptions());
    element.dataset.showing = state.showing;
    element.dataset.phase = state.phase;
    if (element.isConnected) applyScroll();
    requestAnimationFrame(() => applyScroll());
  };
  return { element, heading, render };
}
