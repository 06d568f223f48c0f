// A small world for app-layer tests: in-memory storage and clock, the scenario "Two roads" (tests/app/fixtures),
// and helpers to pick options by their words rather than their (shuffled) positions.
import twoRoads from './fixtures/two-roads.ink';
import type { PlayController } from '../../src/app/play-controller.ts';
import { SaveManager } from '../../src/app/save-manager.ts';
import type { ScenarioEntry } from '../../src/app/scenario-catalogue.ts';
import type { StorageOutcome } from '../../src/app/storage-outcome.ts';
import { PlaythroughStarter } from '../../src/app/start-or-resume.ts';
import { StoryPlayback } from '../../src/app/story-playback.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';

export { twoRoads };

export function scenarioOf(json: string, id = 'two-roads', title = 'Two roads'): ScenarioEntry {
  return { id, title, summary: '', contentNote: '', lengthMinutes: 2, variantOf: undefined, load: async () => json };
}

/** Storage, clock and saves shared by everything a test builds; `outcomes` records every save's outcome. */
export function world(profileId = 'p1') {
  const clock = new ManualClock();
  const store = new MemorySaveStore();
  const saves = new SaveManager(store, clock);
  const outcomes: StorageOutcome[] = [];
  const onSaved = (outcome: StorageOutcome) => void outcomes.push(outcome);
  const starter = new PlaythroughStarter({
    saves,
    clock,
    principleIds: DEFAULT_CATALOGUE.ids,
    profileId: () => profileId,
    onSaved,
  });
  const playDeps = { saves, clock, profileId, onSaved };
  return { clock, store, saves, outcomes, onSaved, starter, playDeps, profileId };
}

export async function loadPlayback(json: string = twoRoads, clock = new ManualClock()): Promise<StoryPlayback> {
  const loaded = await StoryPlayback.load(scenarioOf(json), DEFAULT_CATALOGUE.ids, clock);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.playback;
}

/** The position of the option whose words start with `prefix`, as shown now. */
export function positionOf(controller: Pick<PlayController, 'view'>, prefix: string): number {
  const options = controller.view().options;
  const position = options.findIndex((o) => o.text.startsWith(prefix));
  if (position === -1)
    throw new Error(`No option starting "${prefix}"; on offer: ${options.map((o) => o.text).join(' | ')}`);
  return position;
}

/** Take options by their first words, in order (asides included). */
export function play(controller: PlayController, ...prefixes: string[]): void {
  for (const prefix of prefixes) {
    const problem = controller.choose(positionOf(controller, prefix));
    if (problem) throw new Error(problem);
  }
}

/** Let pending saves (fire-and-forget promises) settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export const keysOf = (store: MemorySaveStore): string[] => [...store.data.keys()].sort();
