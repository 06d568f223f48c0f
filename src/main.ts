// Entry point: wires storage, sound, the scenario list, the HTML interface and (once the words are up)
// the Phaser backdrop. Holds no rules.
import { DEFAULT_CATALOGUE } from './core/principles/default-catalogue.ts';
import { MemorySaveStore, systemClock } from './core/testing-ports.ts';
import { bundledScenarios } from './app/scenario-catalogue.ts';
import { LocalforageSaveStore } from './adapters/localforage-save-store.ts';
import { HowlerAudio } from './adapters/howler-audio.ts';
import { storageFailureOf } from './app/save-manager.ts';
import { StorageError } from './core/ports.ts';
import { GameApp } from './ui/game-app.ts';
import { routeFromSearch } from './ui/facilitator/facilitator-route.ts';
import { showLoading } from './ui/screens/loading-screen.ts';

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const loading = showLoading(root);
  const failure = await LocalforageSaveStore.probe();
  loading.progress(0.3);
  const store = failure ? new MemorySaveStore() : new LocalforageSaveStore();
  const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
  const app = new GameApp({
    root,
    store,
    clock: systemClock,
    audio: new HowlerAudio(),
    principles: DEFAULT_CATALOGUE,
    scenarios: bundledScenarios(),
    systemPrefersReducedMotion: () => motionQuery.matches,
  });
  // A group session's second window (?presenter=…), a reloaded audience window (?audience=…) or the printable guide (?guide).
  const route = routeFromSearch(window.location.search);
  await app.start((fraction) => loading.progress(0.3 + fraction * 0.7), route ? (go) => go.facilitator(route) : undefined);
  if (failure) app.reportSave({ ok: false, ...storageFailureOf(new StorageError(failure, failure)) });
  void app.storyVisible.then(() => attachBackdrop(app));
}

/** Phaser and the art arrive after the words (once the first story page is up): the game is usable before they load, and without them. */
async function attachBackdrop(app: GameApp): Promise<void> {
  const parent = document.getElementById('backdrop');
  if (!parent) return;
  try {
    const { createPhaserBackdrop } = await import('./game/phaser-backdrop.ts');
    const backdrop = await createPhaserBackdrop(parent, { reducedMotion: app.reducedMotion() });
    app.attachBackdrop(backdrop);
  } catch (error) {
    console.debug('The drawn backdrop could not start; carrying on without it.', error);
  }
}

/** After the first visit the game works offline (production builds served over http(s) only). */
function registerOfflineCache(): void {
  if (!__PRACTICE_PATHS_BUILT__ || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => console.debug('Offline cache unavailable.', error));
}

void boot().then(registerOfflineCache);
