// A running group session in this window, as the audience screen or the presenter view: turns keys and
// clicks into the controller's actions, redraws on every change (here or in the other window), keeps the
// countdown ticking, says changes politely to screen readers, and opens the other window.
import type { FacilitatorController, Outcome } from '../../app/facilitator-controller.ts';
import type { WindowRole } from '../../app/facilitator-sync.ts';
import { optionLetter, votesAt } from '../../core/facilitator/facilitator-state.ts';
import { h, isTyping } from '../dom.ts';
import { isDialogOpen } from '../dialog.ts';
import type { Screen, UiContext } from '../ui-context.ts';
import { audienceView } from './audience-view.ts';
import { Countdown } from './countdown.ts';
import { commandFor, openKeyHelp, type Command } from './facilitator-keys.ts';
import { sessionUrl } from './facilitator-route.ts';
import { openGuideDialog } from './guide-screen.ts';
import { presenterView } from './presenter-view.ts';
import { openSessionMenu } from './session-menu.ts';
import { describeView } from './session-words.ts';
import { outcomeWords, type SessionActions, type SessionUi } from './session-ui.ts';

const MODE_CLASS: Record<WindowRole, string> = { audience: 'fac-audience-mode', presenter: 'fac-presenter-mode' };

export function sessionScreen(ctx: UiContext, controller: FacilitatorController, role: WindowRole): Screen {
  let hint: string | undefined;
  let lastSpoken = '';
  let lastHands = '';
  let votesTimer: number | undefined;
  const root = document.documentElement;
  root.classList.add('fac-mode', MODE_CLASS[role]);
  ctx.setLocation(`${controller.scenario.title}: group session`, false);
  if (role === 'audience') history.replaceState(history.state, '', sessionUrl('audience', controller.state.id));

  const report = (outcome: Outcome) => {
    hint = outcomeWords(outcome, controller.point().optionCount);
    if (hint) {
      ctx.announce(hint);
      render();
    }
  };
  const actions: SessionActions = {
    next: () => report(controller.advance()),
    back: () => report(controller.back()),
    hand: (option, change) => report(controller.vote(option, change)),
    take: (option) => report(controller.choose(option)),
    phase: (phase) => controller.setPhase(phase),
    reveal: () => controller.toggleReveal(),
    blank: () => controller.toggleBlank(),
    map: () => controller.toggleMap(),
    debrief: () => controller.show(controller.state.showing === 'debrief' ? 'play' : 'debrief'),
    timer: () => controller.toggleTimer(),
    timerReset: () => controller.timer('reset'),
    timerLength: (minutes) => controller.setTimerLength(minutes),
    clearVotes: () => controller.clearVotes(),
    goTo: (path, upTo) => report(controller.goTo(path, upTo)),
    fullscreen: () => toggleFullscreen(),
    otherWindow: () => openOtherWindow(),
    keys: () => openKeyHelp(),
    guide: () => openGuideDialog(),
    menu: () => openSessionMenu(actions, role),
    finish: () => controller.finish(),
    leave: () => leave(),
  };
  const ui: SessionUi = { ctx, controller, actions, hint: () => hint };
  const view = role === 'audience' ? audienceView(ui) : presenterView(ui);
  const element = h('div', { class: `screen fac-screen fac-${role}-screen` }, view.element);
  const countdown = new Countdown(element, () => controller.state.timer, () => Date.now(), ctx.announce);

  function render(): void {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.fid : undefined;
    view.render();
    countdown.tick();
    if (focused) element.querySelector<HTMLElement>(`[data-fid="${focused}"]`)?.focus();
  }

  const unsubscribe = controller.subscribe((change) => {
    if (change !== 'peers') hint = undefined;
    render();
    speak();
  });

  /** Say what changed: the step on screen at once, the hands after a short pause (not on every click). */
  function speak(): void {
    const state = controller.state;
    const where = `${state.showing}|${state.phase}|${state.position.path.join('.')}|${state.blanked}`;
    if (where !== lastSpoken) {
      lastSpoken = where;
      ctx.announce(describeView(controller));
    }
    const hands = `${state.position.path.join('.')}|${votesAt(state).join(',')}`;
    if (hands === lastHands) return;
    lastHands = hands;
    window.clearTimeout(votesTimer);
    votesTimer = window.setTimeout(() => {
      const votes = votesAt(controller.state);
      if (votes.some((n) => n > 0)) ctx.announce(`Hands: ${controller.view().options.map((_, i) => `${optionLetter(i)} ${votes[i] ?? 0}`).join(', ')}.`);
    }, 1500);
  }

  function openOtherWindow(): void {
    const other: WindowRole = role === 'audience' ? 'presenter' : 'audience';
    if (controller.peerRoles().includes(other)) {
      hint = `The ${other === 'presenter' ? 'presenter view' : 'audience screen'} is already open in another window.`;
      render();
      return;
    }
    const url = sessionUrl(other, controller.state.id);
    const opened = window.open(url, `practice-paths-${other}-${controller.state.id}`, other === 'presenter' ? 'popup,width=1280,height=800' : 'popup,width=1600,height=900');
    if (!opened) {
      hint = `The browser blocked the new window. Allow pop-ups for this page, or open this address in a new window: ${url}`;
      render();
    }
  }

  function toggleFullscreen(): void {
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
    void request?.catch(() => {
      hint = 'This browser did not allow full screen; try F11.';
      render();
    });
  }

  function leave(): void {
    if (role === 'presenter' && window.opener) {
      window.close();
      return;
    }
    ctx.go.title();
  }

  const onKey = (event: KeyboardEvent): boolean => {
    if (isTyping(event.target) || isDialogOpen()) return false;
    const command = commandFor(event);
    if (!command) return false;
    const onControl = event.target instanceof HTMLElement && event.target.closest('button, a, summary') !== null;
    if (onControl && (event.key === ' ' || event.key === 'Enter')) return false;
    run(command);
    return true;
  };

  function run(command: Command): void {
    switch (command.kind) {
      case 'next':
        return actions.next();
      case 'back':
        return actions.back();
      case 'hand':
        return controller.point().kind === 'aside' ? actions.take(command.option) : actions.hand(command.option, command.change);
      case 'reveal':
        return actions.reveal();
      case 'blank':
        return actions.blank();
      case 'fullscreen':
        return actions.fullscreen();
      case 'keys':
        return actions.keys();
      case 'other-window':
        return actions.otherWindow();
      case 'map':
        return actions.map();
      case 'timer':
        return actions.timer();
      case 'discuss':
        return actions.phase('discuss');
      case 'vote':
        return actions.phase('vote');
      case 'escape':
        if (controller.state.blanked) return actions.blank();
        return controller.state.showing === 'map' ? actions.map() : actions.menu();
    }
  }

  const onPageHide = () => controller.close();
  window.addEventListener('pagehide', onPageHide);
  render();
  countdown.start();
  lastSpoken = `${controller.state.showing}|${controller.state.phase}|${controller.state.position.path.join('.')}|${controller.state.blanked}`;
  lastHands = `${controller.state.position.path.join('.')}|${votesAt(controller.state).join(',')}`;
  return {
    element,
    focus: view.heading,
    onKey,
    dispose: () => {
      unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      countdown.stop();
      window.clearTimeout(votesTimer);
      controller.close();
      root.classList.remove('fac-mode', MODE_CLASS[role]);
      if (role === 'audience' && location.search) history.replaceState(history.state, '', location.pathname);
    },
  };
}
