// The HTML shell's routing, keys and layout: which screen shows (and what it is given), global keys (Escape
// pauses, T takes a break), settings applied to the page. Screens live in src/ui/screens/ and each gets the context
// plus the narrow app service it needs; the use-cases themselves live in src/app.
import type { AppServices } from '../app/app-services.ts';
import type { LmsNotice } from '../app/lms-session.ts';
import type { PlayController } from '../app/play-controller.ts';
import { prefersReducedMotion, type Settings } from '../app/settings.ts';
import type { AudioPort, Clock } from '../core/ports.ts';
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import type { Backdrop } from './backdrop-port.ts';
import { BackdropRelay } from './backdrop-relay.ts';
import { isDialogOpen } from './dialog.ts';
import { isTyping } from './dom.ts';
import type { FacilitatorRoute } from './facilitator/facilitator-route.ts';
import { noticeScreen } from './screens/notice-screen.ts';
import { playScreen } from './screens/play-screen.ts';
import { titleScreen } from './screens/title-screen.ts';
import { SceneMemory } from './scene-memory.ts';
import { lazyScreens, loadWithLaterScreens } from './lazy-screens.ts';
import { ScreenHost, type ScreenFactory } from './screen-host.ts';
import { applyPageSettings, buildShell, type Shell } from './shell.ts';
import type { Navigator, UiContext } from './ui-context.ts';
import { wordsFor, type Words } from './i18n/catalogues.ts';
import { setAsideMessage } from './set-aside-notices.ts';

export interface GameAppDeps {
  readonly root: HTMLElement;
  readonly services: AppServices;
  readonly audio: AudioPort;
  readonly clock: Clock;
  readonly principles: PrincipleCatalogue;
  readonly principleTexts?: () => Promise<void>; // see UiContext
  readonly systemPrefersReducedMotion: () => boolean;
  readonly lms?: LmsNotice | undefined; // set when a learning platform launched the game (see UiContext)
}

export class GameApp {
  /** Remembers what the screens asked to be drawn, so a backdrop that attaches late starts from it. */
  private readonly backdropValue = new BackdropRelay();
  private shell: Shell | undefined;
  /** What the screens last asked of the page, replayed when a kept screen comes back. */
  private readonly memory: SceneMemory;
  private readonly screens: ScreenHost;
  private playing: PlayController | undefined;
  readonly context: UiContext;
  private words: { readonly asked: string; readonly words: Words } | undefined;

  constructor(private readonly deps: GameAppDeps) {
    const { services } = deps;
    this.memory = new SceneMemory(
      () => this.backdropValue,
      deps.audio,
      (label, pauseAvailable) => this.shell?.setLocation(label, pauseAvailable),
    );
    this.screens = new ScreenHost(() => this.shell?.main, this.memory);
    if (deps.principleTexts) loadWithLaterScreens(deps.principleTexts);
    this.context = {
      settings: () => services.device.settings(),
      lms: deps.lms,
      words: () => this.wordsNow(),
      updateSettings: (patch) => this.updateSettings(patch),
      audio: this.memory.audio,
      backdrop: () => this.memory.backdrop,
      principles: deps.principles,
      principleTexts: deps.principleTexts ?? (() => Promise.resolve()),
      scenarios: services.device.scenarios,
      clock: deps.clock,
      announce: (message) => this.shell?.announce(message),
      toast: (message) => this.shell?.toast(message),
      go: this.navigator(),
      storyVisible: () => this.markStoryVisible(),
      setLocation: (label, pauseAvailable) => this.memory.setLocation(label, pauseAvailable),
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
    await services.device.load(onProgress, {
      recoveredName: (n) => this.wordsNow().messages.storageCare.recoveredProfile(n),
    });
    this.applySettings();
    this.shell = buildShell(this.deps.root, {
      pause: () => this.pause(),
      takeBreak: () => this.context.go.takeBreak(),
      focusTarget: () => this.screens.current?.focus,
    });
    services.storage.onFirstFailure((message) => this.context.toast(message));
    this.deps.lms?.onNotRecording(() => this.context.toast(this.wordsNow().messages.lmsReporting.notRecording));
    services.storage.onSetAside((notice) => this.context.toast(setAsideMessage(this.wordsNow(), notice)));
    document.addEventListener('keydown', (event) => this.onKey(event));
    for (const type of ['pointerdown', 'keydown'])
      document.addEventListener(type, () => audio.unlock(), { once: true });
    // No profile gate: play starts as a guest, and naming a profile is offered later.
    if (first) first(this.context.go);
    else this.context.go.title();
  }

  private markStoryVisible: () => void = () => undefined;
  /** Resolves once story words and options have been shown: the cue to load Phaser, the art and the later texts. */
  readonly storyVisible = new Promise<void>((resolve) => (this.markStoryVisible = resolve));

  /** Draws through `backdrop` from now on, starting with the place, portrait and dimming of the current screen. */
  attachBackdrop(backdrop: Backdrop): void {
    this.backdropValue.setReducedMotion(this.reducedMotion());
    this.backdropValue.attach(backdrop);
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
              latest: () => s.saveSlots.list().then((saved) => saved.autosave),
              openSaveLoad: () => this.openSaveLoad(undefined),
              progress: s.progress,
            }),
          true,
        ),
      profiles: () =>
        void lazyScreens.profile().then(({ profileScreen }) => this.show(() => profileScreen(ctx(), s.people))),
      menu: () =>
        void lazyScreens
          .menu()
          .then(({ menuScreen }) =>
            this.show(() => menuScreen(ctx(), { progress: s.progress, starter: s.starter, device: s.device }), true),
          ),
      notice: (scenario, mode) => this.showOver(() => noticeScreen(ctx(), s.starter, scenario, mode)),
      play: (controller) => {
        this.playing = controller;
        this.show(() => playScreen(ctx(), controller, s.readAloud), true);
      },
      summary: (controller) =>
        void Promise.all([lazyScreens.debrief(), s.debriefs()]).then(
          ([{ debriefScreen, afterPlaythrough }, debriefs]) =>
            this.show(() => {
              const debrief = debriefScreen(ctx(), debriefs.open(controller), controller);
              debrief.element.append(afterPlaythrough(ctx(), controller.scenario, s.people.isGuest()));
              return debrief;
            }, true),
        ),
      settings: () =>
        void lazyScreens
          .settings()
          .then(({ settingsScreen }) =>
            this.showOver(() => settingsScreen(ctx(), s.device, () => s.readAloud.voices())),
          ),
      takeBreak: () => void lazyScreens.takeBreak().then(({ breakScreen }) => this.showOver(() => breakScreen(ctx()))),
      about: () => void lazyScreens.about().then(({ aboutScreen }) => this.showOver(() => aboutScreen(ctx()))),
      ownScenario: () =>
        void lazyScreens
          .ownScenario()
          .then(({ ownScenarioScreen }) => this.show(() => ownScenarioScreen(ctx(), s.device, s.ownScenarioChecks))),
      facilitator: (route) => void this.openFacilitator(route),
      back: () => this.back(),
    };
  }

  /** Facilitator mode loads on its own route, so solo play never fetches it. */
  private async openFacilitator(route: FacilitatorRoute): Promise<void> {
    const [{ facilitatorScreen }, sessions] = await Promise.all([
      lazyScreens.facilitator(),
      this.deps.services.facilitator(),
    ]);
    this.show(() => facilitatorScreen(this.context, sessions, route), true);
  }

  private show(factory: ScreenFactory, resetHistory = false): void {
    this.screens.show(factory, resetHistory);
  }

  /** Open a screen over the current one (settings, a break, about, a notice); back() returns to it exactly. */
  private showOver(factory: ScreenFactory): void {
    this.screens.showOver(factory);
  }

  private back(): void {
    if (!this.screens.back()) this.context.go.title();
  }

  /** The Save/Load dialog, loaded when first opened: from the title (load) or the pause menu (save and load). */
  private openSaveLoad(controller: PlayController | undefined): void {
    void lazyScreens.saveLoad().then(({ openSaveLoad }) =>
      openSaveLoad(this.context, this.deps.services.saveSlots, {
        ...(controller ? { controller, onClose: () => this.memory.backdrop.setDimmed(false) } : {}),
        onLoad: (scenario, mode) => this.context.go.notice(scenario, mode),
      }),
    );
  }

  private playingScreenShowing(): boolean {
    return this.screens.current?.element.classList.contains('play-screen') ?? false;
  }

  private pause(): void {
    const playing = this.playing; // the menu loads at the first Esc; a second Esc while it loads opens no other
    if (playing && this.playingScreenShowing())
      void lazyScreens
        .pause()
        .then((m) => isDialogOpen() || m.openPauseMenu(this.context, (c) => this.openSaveLoad(c), playing));
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isDialogOpen()) return;
    if (this.screens.current?.onKey?.(event)) {
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
    if (patch.locale !== undefined) this.screens.rebuildKept();
    this.applySettings();
  }

  private applySettings(): void {
    const settings = this.deps.services.device.settings();
    applyPageSettings(settings);
    this.deps.audio.setLevels({ music: settings.musicVolume, effects: settings.effectsVolume, muted: settings.muted });
    this.backdropValue.setReducedMotion(this.reducedMotion());
  }
}
