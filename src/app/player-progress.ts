// What the person playing has done, for the title screen and the menu: the playthrough to continue, what they
// have finished (and its last debrief), what is in progress, and the named save slots. Reads only; a read
// that fails counts as "nothing saved".
import type { FinishedPlaythrough, SaveManager, SlotInfo } from './save-manager.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import { GUEST_PROFILE } from './storage-keys.ts';

export interface ScenarioProgress {
  readonly scenarioId: string;
  readonly timesFinished: number;
  /** The most recent finished playthrough, for "Last debrief". */
  readonly lastFinished: FinishedPlaythrough | undefined;
  readonly inProgress: boolean;
  readonly slots: readonly SlotInfo[];
}

export class PlayerProgress {
  constructor(
    private readonly saves: SaveManager,
    /** The profile playing now, or undefined before anyone has made one. */
    private readonly profileId: () => string | undefined,
  ) {}

  /** The most recent unfinished playthrough of a scenario still in the game, for "Continue". */
  async latest(
    scenarios: readonly ScenarioEntry[],
  ): Promise<{ readonly scenario: ScenarioEntry; readonly savedAt: number } | undefined> {
    const profileId = this.profileId();
    const latest = profileId ? await this.saves.latestAutosave(profileId) : undefined;
    const scenario = latest && scenarios.find((s) => s.id === latest.scenarioId);
    return latest && scenario ? { scenario, savedAt: latest.savedAt } : undefined;
  }

  /** Progress on each scenario, in the order given; empty before anyone has made a profile. */
  async byScenario(scenarios: readonly ScenarioEntry[]): Promise<ScenarioProgress[]> {
    const profileId = this.profileId();
    if (!profileId) return [];
    const finished = await this.saves.finished(profileId);
    const slots = await this.saves.listSlots(profileId);
    const progress: ScenarioProgress[] = [];
    for (const scenario of scenarios) {
      const mine = finished.filter((f) => f.scenarioId === scenario.id);
      progress.push({
        scenarioId: scenario.id,
        timesFinished: mine.length,
        lastFinished: mine.at(-1),
        inProgress: await this.saves.hasAutosave(profileId, scenario.id),
        slots: slots.filter((s): s is SlotInfo => s !== undefined && s.scenarioId === scenario.id),
      });
    }
    return progress;
  }

  /** Every named slot of the profile playing (undefined where a slot is empty). */
  slots(): Promise<(SlotInfo | undefined)[]> {
    return this.saves.listSlots(this.profileId() ?? GUEST_PROFILE);
  }
}
