// Entry point and the only wiring: builds the adapters (storage, sound, clock, the channel between windows,
// the bundled stories), hands them to the app's use-cases and those to the HTML interface, and (once the
// words are up) attaches the Phaser backdrop. Holds no rules.
import { openBroadcastChannel } from './adapters/broadcast-sync-channel.ts';
import { bundledStories } from './adapters/bundled-stories.ts';
import { HowlerAudio } from './adapters/howler-audio.ts';
import { LocalforageSaveStore } from './adapters/localforage-save-store.ts';
import { MemorySaveStore } from './adapters/memory-save-store.ts';
import { systemClock } from './adapters/system-clock.ts';
import { createAppServices } from './app/app-services.ts';
import { buildCatalogue } from './app/scenario-catalogue.ts';
import { refused } from './app/storage-outcome.ts';
import { DEFAULT_CATALOGUE } from './core/principles/default-catalogue.ts';
import { GameApp } from './ui/game-app.ts';
import { routeFromSearch } from './ui/facilitator/facilitator-route.ts';
import { showLoading } from './ui/screens/loading-screen.ts';

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const loading = showLoading(root);
  const failure = await LocalforageSaveStore.probe();
  loading.progress(0.3);
  const { metas, loaders } = bundledStories();
  const services = createAppServices({
    store: failure ? new MemorySaveStore() : new LocalforageSaveStore(),
    clock: systemClock,
    principles: DEFAULT_CATALOGUE,
    scenarios: buildCatalogue(metas, loaders),
    openChannel: openBroadcastChannel,
  });
  const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
  const app = new GameApp({
    root,
    services,
    audio: new HowlerAudio(),
    clock: systemClock,
    principles: DEFAULT_CATALOGUE,
    systemPrefersReducedMotion: () => motionQuery.matches,
  });
  // A group session's second window (?presenter=…), a reloaded audience window (?audience=…) or the printable guide (?guide).
  const route = routeFromSearch(window.location.search);
  await app.start(
    (fraction) => loading.progress(0.3 + fraction * 0.7),
    route ? (go) => go.facilitator(route) : undefined,
  );
  if (failure) services.storage.report(refused(failure));
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
  navigator.serviceWorker
    .register('./sw.js')
    .catch((error: unknown) => console.debug('Offline cache unavailable.', error));
}

void boot().then(registerOfflineCache);
