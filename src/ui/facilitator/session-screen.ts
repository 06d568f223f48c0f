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
import { cardVotePanel, type CardVotePanel } from './card-vote-panel.ts';
import { Countdown } from './countdown.ts';
import { commandFor, openKeyHelp } from './facilitator-keys.ts';
import { sessionUrl } from './facilitator-route.ts';
import { openGuideDialog } from './guide-screen.ts';
import { presenterView } from './presenter-view.ts';
import { openSessionMenu } from './session-menu.ts';
import { describeView } from './session-words.ts';
import { outcomeWords, runCommand, type SessionActions, type SessionUi } from './session-ui.ts';

const MODE_CLASS: Record<WindowRole, string> = { audience: 'fac-audience-mode', presenter: 'fac-presenter-mode' };

export function sessionScreen(ctx: UiContext, controller: FacilitatorController, role: WindowRole): Screen {
  const screen = new SessionScreen(ctx, controller, role);
  return {
    element: screen.element,
    focus: screen.heading,
    onKey: (event) => screen.onKey(event),
    dispose: () => screen.dispose(),
  };
}

class SessionScreen {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  private hint: string | undefined;
  private lastSpoken: string;
  private lastHands: string;
  private votesTimer: number | undefined;
  private readonly actions: SessionActions;
  private readonly view: { readonly element: HTMLElement; readonly heading: HTMLElement; render(): void };
  private readonly countdown: Countdown;
  private readonly cards: CardVotePanel | undefined;
  private readonly unsubscribe: () => void;
  private readonly onPageHide = () => this.controller.close();

  constructor(
    private readonly ctx: UiContext,
    private readonly controller: FacilitatorController,
    private readonly role: WindowRole,
  ) {
    document.documentElement.classList.add('fac-mode', MODE_CLASS[role]);
    ctx.setLocation(`${controller.scenario.title}: group session`, false);
    if (role === 'audience') history.replaceState(history.state, '', sessionUrl('audience', controller.state.id));
    this.actions = this.buildActions();
    const ui: SessionUi = { ctx, controller, actions: this.actions, hint: () => this.hint };
    this.view = role === 'audience' ? audienceView(ui) : presenterView(ui);
    this.heading = this.view.heading;
    this.element = h('div', { class: `screen fac-screen fac-${role}-screen` }, this.view.element);
    this.cards = cardVotePanel(ctx, controller, role);
    this.countdown = new Countdown(
      this.element,
      () => controller.state.timer,
      () => ctx.clock.now(),
      ctx.announce,
    );
    this.unsubscribe = controller.subscribe((change) => {
      if (change !== 'peers') this.hint = undefined;
      this.render();
      this.speak();
    });
    window.addEventListener('pagehide', this.onPageHide);
    this.render();
    this.countdown.start();
    this.lastSpoken = this.whereKey();
    this.lastHands = this.handsKey();
  }

  onKey(event: KeyboardEvent): boolean {
    if (isTyping(event.target) || isDialogOpen()) return false;
    if (this.cards?.onKey(event)) return true;
    const command = commandFor(event);
    if (!command) return false;
    const onControl = event.target instanceof HTMLElement && event.target.closest('button, a, summary') !== null;
    if (onControl && (event.key === ' ' || event.key === 'Enter')) return false;
    runCommand(command, this.actions, this.controller);
    return true;
  }

  dispose(): void {
    this.unsubscribe();
    window.removeEventListener('pagehide', this.onPageHide);
    this.countdown.stop();
    this.cards?.dispose();
    window.clearTimeout(this.votesTimer);
    this.controller.close();
    document.documentElement.classList.remove('fac-mode', MODE_CLASS[this.role]);
    if (this.role === 'audience' && location.search) history.replaceState(history.state, '', location.pathname);
  }

  private buildActions(): SessionActions {
    const c = this.controller;
    const report = (outcome: Outcome) => this.report(outcome);
    const actions: SessionActions = {
      next: () => report(c.advance()),
      back: () => report(c.back()),
      hand: (option, change) => report(c.vote(option, change)),
      take: (option) => report(c.choose(option)),
      phase: (phase) => c.setPhase(phase),
      reveal: () => c.toggleReveal(),
      blank: () => c.toggleBlank(),
      map: () => c.toggleMap(),
      debrief: () => c.show(c.state.showing === 'debrief' ? 'play' : 'debrief'),
      timer: () => c.toggleTimer(),
      timerReset: () => c.timer('reset'),
      timerLength: (minutes) => c.setTimerLength(minutes),
      clearVotes: () => c.clearVotes(),
      goTo: (path, upTo) => report(c.goTo(path, upTo)),
      zoom: (option) => c.zoom(option),
      zoomNext: () => c.zoomNext(c.point().optionCount),
      fullscreen: () => this.toggleFullscreen(),
      otherWindow: () => this.openOtherWindow(),
      keys: () => openKeyHelp(),
      guide: () => openGuideDialog(),
      menu: () => openSessionMenu(actions, this.role),
      finish: () => c.finish(),
      leave: () => this.leave(),
    };
    return actions;
  }

  private report(outcome: Outcome): void {
    this.hint = outcomeWords(this.ctx, outcome, this.controller.point().optionCount);
    if (!this.hint) return;
    this.ctx.announce(this.hint);
    this.render();
  }

  private showHint(hint: string): void {
    this.hint = hint;
    this.render();
  }

  private render(): void {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.fid : undefined;
    this.view.render();
    this.cards?.place(this.element);
    this.countdown.tick();
    if (focused) this.element.querySelector<HTMLElement>(`[data-fid="${focused}"]`)?.focus();
  }

  private whereKey(): string {
    const state = this.controller.state;
    return `${state.showing}|${state.phase}|${state.position.path.join('.')}|${state.blanked}`;
  }

  private handsKey(): string {
    const state = this.controller.state;
    return `${state.position.path.join('.')}|${votesAt(state).join(',')}`;
  }

  /** Say what changed: the step on screen at once, the hands after a short pause (not on every click). */
  private speak(): void {
    const where = this.whereKey();
    if (where !== this.lastSpoken) {
      this.lastSpoken = where;
      this.ctx.announce(describeView(this.controller));
    }
    const hands = this.handsKey();
    if (hands === this.lastHands) return;
    this.lastHands = hands;
    window.clearTimeout(this.votesTimer);
    this.votesTimer = window.setTimeout(() => {
      const votes = votesAt(this.controller.state);
      if (votes.some((n) => n > 0))
        this.ctx.announce(
          `Hands: ${this.controller
            .view()
            .options.map((_, i) => `${optionLetter(i)} ${votes[i] ?? 0}`)
            .join(', ')}.`,
        );
    }, 1500);
  }

  private openOtherWindow(): void {
    const other: WindowRole = this.role === 'audience' ? 'presenter' : 'audience';
    const id = this.controller.state.id;
    if (this.controller.peerRoles().includes(other)) {
      this.showHint(
        `The ${other === 'presenter' ? 'presenter view' : 'audience screen'} is already open in another window.`,
      );
      return;
    }
    const url = sessionUrl(other, id);
    const opened = window.open(
      url,
      `practice-paths-${other}-${id}`,
      other === 'presenter' ? 'popup,width=1280,height=800' : 'popup,width=1600,height=900',
    );
    if (!opened)
      this.showHint(
        `The browser blocked the new window. Allow pop-ups for this page, or open this address in a new window: ${url}`,
      );
  }

  private toggleFullscreen(): void {
    // Some browsers (older Safari) lack the Fullscreen API: a missing method is a refusal too.
    const root = document.documentElement as Partial<Pick<HTMLElement, 'requestFullscreen'>>;
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : root.requestFullscreen?.call(document.documentElement);
    void (request ?? Promise.reject(new Error('no fullscreen'))).catch(() =>
      this.showHint('This browser did not allow full screen; try F11.'),
    );
  }

  private leave(): void {
    if (this.role === 'presenter' && window.opener) {
      window.close();
      return;
    }
    this.ctx.go.title();
  }
}
