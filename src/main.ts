// Entry point and the only wiring: builds the adapters (storage, sound, clock, the channel between windows,
// the bundled stories), hands them to the app's use-cases and those to the HTML interface, and (once the
// words are up) attaches the Phaser backdrop. Holds no rules.
import { openBroadcastChannel } from './adapters/broadcast-sync-channel.ts';
import { bundledStories } from './adapters/bundled-stories.ts';
import { BrowserSpeech } from './adapters/browser-speech.ts';
import { DeferredAudio } from './adapters/deferred-audio.ts';
import { workerJobRunner } from './adapters/ink-check-worker-client.ts';
import { LocalforageSaveStore } from './adapters/localforage-save-store.ts';
import { MemorySaveStore } from './adapters/memory-save-store.ts';
import { systemClock } from './adapters/system-clock.ts';
import { createAppServices, type AppPorts } from './app/app-services.ts';
import { buildCatalogue } from './app/scenario-catalogue.ts';
import { refused } from './app/storage-outcome.ts';
import type { CheckRequest } from './app/own-scenario-check.ts';
import principleNames from '../stories/principles.json?names';
import { catalogueInParts } from './core/principles/catalogue-in-parts.ts';
import { createCssBackdrop, type CssBackdrop } from './game/css-backdrop.ts';
import type { CardCodePorts } from './core/facilitator/card-ports.ts';
import { GameApp } from './ui/game-app.ts';
import { routeFromSearch } from './ui/facilitator/facilitator-route.ts';
import { showLoading } from './ui/screens/loading-screen.ts';

/** Card votes: the camera, the decoder and the card writer, each loaded only when a trainer first needs it. */
const cardCodePorts: CardCodePorts = {
  openCamera: () => import('./adapters/camera-media.ts').then((m) => m.openCamera()),
  loadDecoder: () => import('./adapters/card-codes-zxing.ts').then((m) => m.loadCardDecoder()),
  loadWriter: () => import('./adapters/card-codes-zxing.ts').then((m) => m.loadCardWriter()),
};

/**
 * A trainer's own scenario is checked in a Web Worker (inlined as a blob, so the single-file build has one too),
 * or, where no worker may start, on the page in short turns. Both load the ink compiler only when first used.
 */
const ownScenarioChecks = workerJobRunner({
  makeWorker: () =>
    import('./check-worker-main.ts?worker&inline').then((m) => new m.default({ name: 'own-scenario-check' })),
  onPage: (request: CheckRequest) =>
    import('./app/own-scenario-check.ts').then((m) => m.ownScenarioCheckSteps(request)),
});

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const loading = showLoading(root);
  const failure = await LocalforageSaveStore.probe();
  loading.progress(0.3);
  const { metas, firstParts } = bundledStories();
  // The principles' names now; their longer texts after the first page, or with the first screen that shows them.
  const principles = catalogueInParts(principleNames, async () => {
    return (await import('./core/principles/default-catalogue.ts')).DEFAULT_CATALOGUE;
  });
  // A learning platform's package (SCORM, cmi5) carries an lms-launch element: only then is its code loaded.
  const lms = document.getElementById('lms-launch') ? await (await import('./lms-boot.ts')).bootLms() : undefined;
  const ports: AppPorts = {
    speech: new BrowserSpeech(),
    store: failure ? new MemorySaveStore() : new LocalforageSaveStore(),
    clock: systemClock,
    principles: principles.catalogue,
    scenarios: buildCatalogue(metas, firstParts),
    openChannel: openBroadcastChannel,
    cardCodes: cardCodePorts,
    ownScenarioChecks,
    writeDocument: async (blocks) => (await import('./adapters/docx-writer.ts')).writeDocx(blocks),
  };
  const services = createAppServices(lms ? lms.wire(ports) : ports);
  const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
  // Sound (howler) loads with the pictures, once the first options are painted: the first page needs neither.
  const audio = new DeferredAudio(() => import('./adapters/howler-audio.ts').then((m) => new m.HowlerAudio()));
  const app = new GameApp({
    root,
    services,
    audio,
    clock: systemClock,
    principles: principles.catalogue,
    principleTexts: principles.complete,
    systemPrefersReducedMotion: () => motionQuery.matches,
    lms: lms?.notice,
  });
  // The place (and speaker) painted from the first frame; Phaser takes over once the first story page is up.
  const backdropElement = document.getElementById('backdrop');
  const firstBackdrop = backdropElement ? createCssBackdrop(backdropElement) : undefined;
  if (firstBackdrop) app.attachBackdrop(firstBackdrop);
  // A group session's second window (?presenter=…), a reloaded audience window (?audience=…) or the printable guide (?guide).
  const route = routeFromSearch(window.location.search);
  await app.start(
    (fraction) => loading.progress(0.3 + fraction * 0.7),
    lms
      ? lms.first(route && ((go) => go.facilitator(route)), () => services.device.profileId())
      : route
        ? (go) => go.facilitator(route)
        : undefined,
  );
  if (failure) services.storage.report(refused(failure));
  void app.storyVisible.then(() =>
    Promise.all([attachBackdrop(app, firstBackdrop), audio.load(), principles.complete().catch(() => undefined)]),
  );
}

/** Phaser and the art arrive after the words (once the first story page is up): the game is usable before they load, and without them. */
async function attachBackdrop(app: GameApp, firstBackdrop: CssBackdrop | undefined): Promise<void> {
  const parent = document.getElementById('backdrop');
  if (!parent) return;
  try {
    const { createPhaserBackdrop } = await import('./game/phaser-backdrop.ts');
    const backdrop = await createPhaserBackdrop(parent, { reducedMotion: app.reducedMotion() });
    app.attachBackdrop(backdrop);
    firstBackdrop?.release();
  } catch (error) {
    console.debug('The drawn backdrop could not start; carrying on without it.', error);
  }
}

/** After the first visit the game works offline (production builds served over http(s) only). */
function registerOfflineCache(): void {
  if (!__PRACTICE_PATHS_SERVICE_WORKER__ || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol))
    return;
  navigator.serviceWorker
    .register('./sw.js')
    .catch((error: unknown) => console.debug('Offline cache unavailable.', error));
}

void boot().then(registerOfflineCache);
