// The presenter view for the trainer's laptop: what the projector shows now, every option with its mapping
// and reason (hidden from the room until revealed), notes for the trainer and what comes next, and, never
// scrolled away, the pacing, the hands for every option, the timer and the clicker controls.
import { button, h } from '../dom.ts';
import { mainContent } from './presenter-main.ts';
import { sideContent } from './presenter-side.ts';
import { votePanel } from './presenter-vote-panel.ts';
import type { SessionUi } from './session-ui.ts';

export interface PresenterView {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  render(): void;
}

const keyed = (label: string, key: string): HTMLElement => h('span', {}, `${label} `, h('kbd', { text: key }));

export function presenterView(ui: SessionUi): PresenterView {
  const { ctx, controller, actions } = ui;
  const heading = h('h1', { tabindex: -1, text: `Presenter view: ${controller.scenario.title}` });
  const status = h('p', { class: 'fac-p-status', role: 'status' });
  const main = h('section', { class: 'fac-p-main', 'aria-labelledby': 'fac-p-now' });
  const side = h('div', { class: 'fac-p-side' });
  const vote = h('div', { class: 'fac-p-vote-slot' });
  const blankButton = button('', actions.blank, { 'data-fid': 'p-blank', 'aria-keyshortcuts': 'b' });
  const controls = h(
    'nav',
    { class: 'fac-p-controls', 'aria-label': 'Session controls' },
    button(keyed('◀ Back', 'PgUp'), actions.back, { 'data-fid': 'p-back', 'aria-keyshortcuts': 'PageUp' }),
    button(keyed('Next ▶', 'PgDn'), actions.next, {
      class: 'primary',
      'data-fid': 'p-next',
      id: 'fac-p-next',
      'aria-keyshortcuts': 'PageDown',
    }),
    blankButton,
    button(keyed('Branch map', 'M'), actions.map, { 'data-fid': 'p-map', id: 'fac-p-map', 'aria-keyshortcuts': 'm' }),
    button('Group debrief', actions.debrief, { 'data-fid': 'p-debrief', id: 'fac-p-debrief' }),
    button(keyed('Keys', '?'), actions.keys, { 'data-fid': 'p-keys' }),
  );
  const element = h(
    'div',
    { class: 'fac-presenter' },
    h(
      'header',
      { class: 'fac-p-head' },
      heading,
      status,
      h(
        'div',
        { class: 'fac-p-head-actions' },
        button('Facilitator’s guide', actions.guide, { class: 'small', 'data-fid': 'p-guide' }),
        button('Leave this window', actions.leave, { class: 'small quiet', 'data-fid': 'p-leave' }),
      ),
    ),
    h('div', { class: 'fac-p-grid' }, main, side),
    h('div', { class: 'fac-p-foot' }, vote, controls),
  );

  const render = () => {
    const state = controller.state;
    ctx.backdrop().show('calm', undefined);
    ctx.backdrop().setDimmed(true);
    status.replaceChildren(...statusLine(ui));
    blankButton.replaceChildren(keyed(state.blanked ? 'Show screen' : 'Blank screen', 'B'));
    blankButton.setAttribute('aria-pressed', String(state.blanked));
    main.replaceChildren(...mainContent(ui));
    side.replaceChildren(...sideContent(ui));
    vote.replaceChildren(votePanel(ui));
  };
  return { element, heading, render };
}

function statusLine(ui: SessionUi): (HTMLElement | string)[] {
  const { controller, actions } = ui;
  const audience = controller.peerRoles().includes('audience');
  return [
    h('span', { class: `fac-dot ${audience ? 'on' : 'off'}`, 'aria-hidden': 'true' }),
    audience ? 'Audience window connected.' : 'The audience window is not open. ',
    ...(audience
      ? []
      : [button('Open the audience window', actions.otherWindow, { class: 'small', 'data-fid': 'p-open-audience' })]),
    ...(controller.state.blanked
      ? [h('strong', { class: 'fac-blank-flag', text: ' The audience screen is blank.' })]
      : []),
  ];
}
