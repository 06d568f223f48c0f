// The HTML shell's routing, keys and layout: which screen shows (and what it is given), global keys (Escape
// pauses, T takes a break), settings applied to the page. Screens live in src/ui/screens/ and each gets the
// context plus the narrow app service it needs; the use-cases themselves live in src/app.
import type { AppServices } from '../app/app-services.ts';
import type { PlayController } from '../app/play-controller.ts';
import { prefersReducedMotion, type Settings } from '../app/settings.ts';
import type { AudioPort, Clock } from '../core/ports.ts';
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import { noBackdrop, type Backdrop } from './backdrop-port.ts';
import { isDialogOpen } from './dialog.ts';
import { isTyping } from './dom.ts';
import type { FacilitatorRoute } from './facilitator/facilitator-route.ts';
import { aboutScreen } from './screens/about-screen.ts';
import { breakScreen } from './screens/break-screen.ts';
import { debriefScreen } from './screens/debrief-screen.ts';
import { menuScreen } from './screens/menu-screen.ts';
import { noticeScreen } from './screens/notice-screen.ts';
import { ownScenarioScreen } from './screens/own-scenario-screen.ts';
import { openPauseMenu } from './screens/pause-menu.ts';
import { playScreen } from './screens/play-screen.ts';
import { profileScreen } from './screens/profile-screen.ts';
import { settingsScreen } from './screens/settings-screen.ts';
import { titleScreen } from './screens/title-screen.ts';
import { applyPageSettings, buildShell, type Shell } from './shell.ts';
import type { Navigator, Screen, UiContext } from './ui-context.ts';
import { wordsFor, type Words } from './i18n/catalogues.ts';

export interface GameAppDeps {
  readonly root: HTMLElement;
  readonly services: AppServices;
  readonly audio: AudioPort;
  readonly clock: Clock;
  readonly principles: PrincipleCatalogue;
  readonly systemPrefersReducedMotion: () => boolean;
}

type ScreenFactory = () => Screen;

export class GameApp {
  private backdropValue: Backdrop = noBackdrop;
  private shell: Shell | undefined;
  private current: Screen | undefined;
  private currentFactory: ScreenFactory | undefined;
  private previous: ScreenFactory[] = [];
  private playing: PlayController | undefined;
  readonly context: UiContext;
  private words: { readonly asked: string; readonly words: Words } | undefined;

  constructor(private readonly deps: GameAppDeps) {
    const { services } = deps;
    this.context = {
      settings: () => services.device.settings(),
      words: () => this.wordsNow(),
      updateSettings: (patch) => this.updateSettings(patch),
      audio: deps.audio,
      backdrop: () => this.backdropValue,
      principles: deps.principles,
      scenarios: services.device.scenarios,
      clock: deps.clock,
      announce: (message) => this.shell?.announce(message),
      toast: (message) => this.shell?.toast(message),
      go: this.navigator(),
      storyVisible: () => this.markStoryVisible(),
      setLocation: (label, pauseAvailable) => this.shell?.setLocation(label, pauseAvailable),
    };
  }

  /** The words for the locale in the settings, looked up again only when the locale changes. */
  private wordsNow(): Words {
    const locale = this.deps.services.device.settings().locale;
    if (this.words?.asked !== locale) this.words = { asked: locale, words: wordsFor(locale) };
    return this.words.words;
  }

  /** Load settings and profiles, build the page, and open the first screen. */
  async start(
    onProgress: (fraction: number) => void = () => undefined,
    first?: (go: Navigator) => void,
  ): Promise<void> {
    const { services, audio } = this.deps;
    await services.device.load(onProgress);
    this.applySettings();
    this.shell = buildShell(this.deps.root, {
      pause: () => this.pause(),
      takeBreak: () => this.context.go.takeBreak(),
      focusTarget: () => this.current?.focus,
    });
    services.storage.onFirstFailure((message) => this.context.toast(message));
    document.addEventListener('keydown', (event) => this.onKey(event));
    const unlock = () => audio.unlock();
    document.addEventListener('pointerdown', unlock, { once: true });
    document.addEventListener('keydown', unlock, { once: true });
    if (first) first(this.context.go);
    else if (services.device.profiles.profiles.length === 0) this.context.go.profiles();
    else this.context.go.title();
  }

  private markStoryVisible: () => void = () => undefined;
  /** Resolves once story words and options have been shown: the cue to load Phaser and the art. */
  readonly storyVisible = new Promise<void>((resolve) => {
    this.markStoryVisible = resolve;
  });

  attachBackdrop(backdrop: Backdrop): void {
    this.backdropValue = backdrop;
    backdrop.setReducedMotion(this.reducedMotion());
  }

  reducedMotion(): boolean {
    return prefersReducedMotion(this.deps.services.device.settings(), this.deps.systemPrefersReducedMotion());
  }

  private navigator(): Navigator {
    const s = this.deps.services;
    const ctx = () => this.context;
    return {
      title: () =>
        this.show(
          () =>
            titleScreen(ctx(), {
              profileName: () => s.device.profileName(),
              latest: () => s.progress.latest(ctx().scenarios),
            }),
          true,
        ),
      profiles: () => this.show(() => profileScreen(ctx(), s.device)),
      menu: () =>
        this.show(() => menuScreen(ctx(), { progress: s.progress, starter: s.starter, device: s.device }), true),
      notice: (scenario, mode) => this.show(() => noticeScreen(ctx(), s.starter, scenario, mode)),
      play: (controller) => {
        this.playing = controller;
        this.show(() => playScreen(ctx(), controller), true);
      },
      summary: (controller) => this.show(() => debriefScreen(ctx(), s.debriefs.open(controller), controller), true),
      settings: () => this.showOver(() => settingsScreen(ctx(), s.device)),
      takeBreak: () => this.showOver(() => breakScreen(ctx())),
      about: () => this.showOver(() => aboutScreen(ctx())),
      ownScenario: () => this.show(() => ownScenarioScreen(ctx(), s.device)),
      facilitator: (route) => void this.openFacilitator(route),
      back: () => this.back(),
    };
  }

  /** Facilitator mode loads on its own route, so solo play never fetches it. */
  private async openFacilitator(route: FacilitatorRoute): Promise<void> {
    const { facilitatorScreen } = await import('./facilitator/facilitator-screen.ts');
    this.show(() => facilitatorScreen(this.context, this.deps.services.facilitator, route), true);
  }

  private show(factory: ScreenFactory, resetHistory = false): void {
    if (!this.shell) return;
    if (resetHistory) this.previous = [];
    this.current?.dispose?.();
    this.currentFactory = factory;
    this.current = factory();
    this.shell.main.replaceChildren(this.current.element);
    this.shell.main.scrollTop = 0;
    window.scrollTo(0, 0);
    (this.current.focus ?? this.shell.main).focus();
  }

  /** Open a screen over the current one (settings, a break, about); back() returns to it as it was. */
  private showOver(factory: ScreenFactory): void {
    if (this.currentFactory) this.previous.push(this.currentFactory);
    this.show(factory);
  }

  private back(): void {
    const factory = this.previous.pop();
    if (factory) this.show(factory);
    else this.context.go.title();
  }

  private playingScreenShowing(): boolean {
    return this.current?.element.classList.contains('play-screen') ?? false;
  }

  private pause(): void {
    if (this.playing && this.playingScreenShowing())
      openPauseMenu(this.context, this.deps.services.progress, this.playing);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isDialogOpen()) return;
    if (this.current?.onKey?.(event)) {
      event.preventDefault();
      return;
    }
    if (isTyping(event.target)) return;
    if (event.key === 't' || event.key === 'T') {
      event.preventDefault();
      this.context.go.takeBreak();
    } else if (event.key === 'Escape' && this.playingScreenShowing()) {
      event.preventDefault();
      this.pause();
    }
  }

  private updateSettings(patch: Partial<Settings>): void {
    void this.deps.services.device.updateSettings(patch);
    this.applySettings();
  }

  private applySettings(): void {
    const settings = this.deps.services.device.settings();
    applyPageSettings(settings);
    this.deps.audio.setLevels({ music: settings.musicVolume, effects: settings.effectsVolume, muted: settings.muted });
    this.backdropValue.setReducedMotion(this.reducedMotion());
  }
}
