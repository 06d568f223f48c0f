// The HTML shell: top bar, the current screen, messages, global keys (Escape pauses, T takes a break),
// settings applied to the page, and navigation between screens. Screens live in src/ui/screens/.
import type { AudioPort, Clock, SaveStore } from '../core/ports.ts';
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import { PlayController, type PlayDeps } from '../app/play-controller.ts';
import { loadProfiles, saveProfiles, type ProfileList } from '../app/profiles.ts';
import { SaveManager, storageFailureOf, type StorageOutcome } from '../app/save-manager.ts';
import { checkBackup, deleteAll, exportAll, importAll } from '../app/backup.ts';
import type { ScenarioEntry } from '../app/scenario-catalogue.ts';
import { loadSettings, prefersReducedMotion, saveSettings, type Settings } from '../app/settings.ts';
import { noBackdrop, type Backdrop } from './backdrop-port.ts';
import { button, h, isTyping } from './dom.ts';
import { isDialogOpen } from './dialog.ts';
import type { Navigator, Screen, UiContext } from './ui-context.ts';
import { aboutScreen } from './screens/about-screen.ts';
import { breakScreen } from './screens/break-screen.ts';
import { menuScreen } from './screens/menu-screen.ts';
import { noticeScreen } from './screens/notice-screen.ts';
import { playScreen, openPauseMenu } from './screens/play-screen.ts';
import { profileScreen } from './screens/profile-screen.ts';
import { settingsScreen } from './screens/settings-screen.ts';
import { debriefScreen } from './screens/debrief-screen.ts';
import { titleScreen } from './screens/title-screen.ts';
import { ownScenarioScreen } from './screens/own-scenario-screen.ts';
import { loadOwnScenarios, ownScenarioEntry, removeOwnScenario, saveOwnScenario, type OwnScenario } from '../app/own-scenarios.ts';

export interface GameAppDeps {
  readonly root: HTMLElement;
  readonly store: SaveStore;
  readonly clock: Clock;
  readonly audio: AudioPort;
  readonly principles: PrincipleCatalogue;
  readonly scenarios: readonly ScenarioEntry[];
  readonly systemPrefersReducedMotion: () => boolean;
}

type ScreenFactory = () => Screen;

export class GameApp {
  readonly saves: SaveManager;
  profiles: ProfileList = { profiles: [], currentId: undefined };
  private settingsValue!: Settings;
  private backdropValue: Backdrop = noBackdrop;
  private current: Screen | undefined;
  private currentFactory: ScreenFactory | undefined;
  private previous: ScreenFactory[] = [];
  private playing: PlayController | undefined;
  private storageWarned = false;
  /** Bundled scenarios, then the trainer's own (updated in place when they change). */
  private readonly scenarioList: ScenarioEntry[];
  private readonly main = h('main', { id: 'screen', class: 'screen-host' });
  private readonly where = h('span', { class: 'where' });
  private readonly pauseButton: HTMLButtonElement;
  private readonly liveRegion = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  private readonly toasts = h('div', { class: 'status-region', role: 'status', 'aria-live': 'polite' });
  readonly context: UiContext;

  constructor(private readonly deps: GameAppDeps) {
    this.saves = new SaveManager(deps.store, deps.clock);
    this.scenarioList = [...deps.scenarios];
    this.pauseButton = button(h('span', {}, 'Menu ', h('kbd', { text: 'Esc' })), () => this.pause(), { class: 'small', hidden: true, 'aria-keyshortcuts': 'Escape' });
    const go: Navigator = {
      title: () => this.show(() => titleScreen(this.context, this), true),
      profiles: () => this.show(() => profileScreen(this.context, this)),
      menu: () => this.show(() => menuScreen(this.context, this), true),
      notice: (scenario, mode) => this.show(() => noticeScreen(this.context, this, scenario, mode)),
      play: (controller) => {
        this.playing = controller;
        this.show(() => playScreen(this.context, controller), true);
      },
      summary: (controller) => this.show(() => debriefScreen(this.context, this, controller), true),
      settings: () => this.showOver(() => settingsScreen(this.context, this)),
      takeBreak: () => this.showOver(() => breakScreen(this.context)),
      about: () => this.showOver(() => aboutScreen(this.context)),
      ownScenario: () => this.show(() => ownScenarioScreen(this.context, this)),
      facilitator: (route) => void import('./facilitator/facilitator-screen.ts').then(({ facilitatorScreen }) => this.show(() => facilitatorScreen(this.context, { store: this.deps.store, clock: this.deps.clock, reportSave: (outcome) => this.reportSave(outcome) }, route), true)),
      back: () => this.back(),
    };
    this.context = {
      settings: () => this.settingsValue,
      updateSettings: (patch) => this.updateSettings(patch),
      audio: deps.audio,
      backdrop: () => this.backdropValue,
      principles: deps.principles,
      scenarios: this.scenarioList,
      announce: (message) => this.announce(message),
      toast: (message) => this.toast(message),
      go,
      storyVisible: () => this.markStoryVisible(),
      setLocation: (label, pauseAvailable) => {
        this.where.textContent = label;
        this.pauseButton.hidden = !pauseAvailable;
      },
    };
  }

  /** Load settings and profiles, build the page, and open the first screen. */
  async start(onProgress: (fraction: number) => void = () => undefined, first?: (go: Navigator) => void): Promise<void> {
    this.settingsValue = await loadSettings(this.deps.store);
    onProgress(0.5);
    this.profiles = await loadProfiles(this.deps.store);
    this.setOwnScenarios(await loadOwnScenarios(this.deps.store));
    onProgress(1);
    this.applySettings();
    this.buildShell();
    document.addEventListener('keydown', (event) => this.onKey(event));
    const unlock = () => this.deps.audio.unlock();
    document.addEventListener('pointerdown', unlock, { once: true });
    document.addEventListener('keydown', unlock, { once: true });
    if (first) first(this.context.go);
    else if (this.profiles.profiles.length === 0) this.context.go.profiles();
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

  get currentProfileId(): string | undefined {
    return this.profiles.currentId;
  }

  currentProfileName(): string {
    return this.profiles.profiles.find((p) => p.id === this.profiles.currentId)?.name ?? '';
  }

  async setProfiles(list: ProfileList): Promise<void> {
    this.profiles = list;
    try {
      await saveProfiles(this.deps.store, list);
    } catch (error) {
      this.reportSave({ ok: false, failure: 'unavailable', message: String(error) });
    }
  }

  playDeps(): PlayDeps {
    return {
      saves: this.saves,
      clock: this.deps.clock,
      principleIds: this.deps.principles.ids,
      profileId: this.profiles.currentId ?? 'guest',
      onSaved: (outcome) => this.reportSave(outcome),
    };
  }

  /** Say once, calmly, that saving is not possible; later failures stay quiet. */
  reportSave(outcome: StorageOutcome): void {
    if (outcome.ok || this.storageWarned) return;
    this.storageWarned = true;
    this.toast(outcome.message);
  }

  /** Keep a trainer's scenario on this device and list it; undefined (and a message) if storage refused. */
  async addOwnScenario(scenario: Omit<OwnScenario, 'id'>): Promise<ScenarioEntry | undefined> {
    try {
      const saved = await saveOwnScenario(this.deps.store, scenario);
      this.setOwnScenarios(await loadOwnScenarios(this.deps.store));
      return this.scenarioList.find((s) => s.id === saved.id);
    } catch (error) {
      this.toast(`The scenario could not be kept on this device: ${storageFailureOf(error).message}`);
      return undefined;
    }
  }

  async removeOwnScenario(id: string): Promise<void> {
    await removeOwnScenario(this.deps.store, id).catch(() => undefined);
    this.setOwnScenarios(await loadOwnScenarios(this.deps.store));
  }

  private setOwnScenarios(own: readonly OwnScenario[]): void {
    this.scenarioList.splice(0, this.scenarioList.length, ...this.deps.scenarios, ...own.map(ownScenarioEntry));
  }

  async exportAllData(): Promise<string> {
    return JSON.stringify(await exportAll(this.deps.store, this.deps.clock.now()), null, 1);
  }

  /** Check then import a backup; resolves to a message for the person. */
  async importData(text: string): Promise<{ ok: boolean; message: string }> {
    const checked = checkBackup(text);
    if (!checked.ok) return { ok: false, message: checked.message };
    try {
      await importAll(this.deps.store, checked.entries);
    } catch (error) {
      return { ok: false, message: `${storageFailureOf(error).message} Some data may not have been imported.` };
    }
    this.profiles = await loadProfiles(this.deps.store);
    return { ok: true, message: `Imported ${Object.keys(checked.entries).length} items.` };
  }

  async deleteAllData(): Promise<void> {
    await deleteAll(this.deps.store);
    this.profiles = { profiles: [], currentId: undefined };
  }

  reducedMotion(): boolean {
    return prefersReducedMotion(this.settingsValue, this.deps.systemPrefersReducedMotion());
  }

  private buildShell(): void {
    const breakButton = button(h('span', {}, 'Take a break ', h('kbd', { text: 'T' })), () => this.context.go.takeBreak(), { class: 'small break-button', 'aria-keyshortcuts': 't' });
    const bar = h('header', { class: 'top-bar' }, h('span', { class: 'brand', text: 'Practice Paths' }), this.where, this.pauseButton, breakButton);
    const skip = h('a', { class: 'skip-link', href: '#screen', text: 'Skip to content' });
    skip.addEventListener('click', (event) => {
      event.preventDefault();
      (this.current?.focus ?? this.main).focus();
    });
    this.main.tabIndex = -1;
    this.deps.root.replaceChildren(skip, bar, this.main, this.liveRegion, this.toasts);
  }

  private show(factory: ScreenFactory, resetHistory = false): void {
    if (resetHistory) this.previous = [];
    this.current?.dispose?.();
    this.currentFactory = factory;
    this.current = factory();
    this.main.replaceChildren(this.current.element);
    this.main.scrollTop = 0;
    window.scrollTo(0, 0);
    (this.current.focus ?? this.main).focus();
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
    if (this.playing && this.playingScreenShowing()) openPauseMenu(this.context, this, this.playing);
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
    this.settingsValue = { ...this.settingsValue, ...patch };
    this.applySettings();
    void saveSettings(this.deps.store, this.settingsValue).then((ok) => {
      if (!ok) this.reportSave({ ok: false, failure: 'unavailable', message: 'Settings could not be saved on this device; they apply until you close the page.' });
    });
  }

  private applySettings(): void {
    const s = this.settingsValue;
    const root = document.documentElement;
    root.style.setProperty('--text-scale', String(s.textScale));
    root.classList.toggle('high-contrast', s.highContrast);
    root.classList.toggle('reduced-motion', s.motion === 'reduce');
    root.classList.toggle('motion-system', s.motion === 'system');
    this.deps.audio.setLevels({ music: s.musicVolume, effects: s.effectsVolume, muted: s.muted });
    this.backdropValue.setReducedMotion(this.reducedMotion());
  }

  private announce(message: string): void {
    this.liveRegion.textContent = '';
    window.setTimeout(() => (this.liveRegion.textContent = message), 50);
  }

  private toast(message: string): void {
    const dismiss = button('Dismiss', () => item.remove(), { class: 'small' });
    const item = h('div', { class: 'toast' }, h('p', { text: message }), dismiss);
    this.toasts.append(item);
    window.setTimeout(() => item.remove(), 15000);
  }
}
