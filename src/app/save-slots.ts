// The Save/Load dialog's use-case: the autosave and the named slots of the profile playing, each with its
// scenario, stage, date and where it stands; saving to a slot (the list comes back already updated); and what
// loading an entry starts. Returns outcomes; never touches the page.
import type { PlayController } from './play-controller.ts';
import type { SaveManager } from './save-manager.ts';
import type { SavePlace } from './save-place.ts';
import { findScenario, type ScenarioEntry } from './scenario-catalogue.ts';
import type { StartMode } from './start-or-resume.ts';
import { SLOT_COUNT } from './storage-keys.ts';
import type { StorageOutcome } from './storage-outcome.ts';

export interface SaveEntry {
  /** 'autosave', or the slot's number. */
  readonly kind: 'autosave' | { readonly slot: number };
  readonly scenarioId: string;
  /** Undefined when the scenario is no longer in the game (the save is kept, but cannot be loaded). */
  readonly scenario: ScenarioEntry | undefined;
  readonly savedAt: number;
  readonly label: string | undefined;
  readonly place: SavePlace | undefined;
}

export interface SaveList {
  readonly autosave: SaveEntry | undefined;
  /** SLOT_COUNT entries, undefined where a slot is empty. */
  readonly slots: readonly (SaveEntry | undefined)[];
}

export type SlotSaveOutcome = StorageOutcome & { readonly list: SaveList };

export interface SaveSlotDeps {
  readonly saves: Pick<SaveManager, 'listSlots' | 'latestAutosaveInfo'>;
  /** The profile playing now ("guest" before anyone has named one). */
  readonly profileId: () => string;
  readonly scenarios: () => readonly ScenarioEntry[];
}

export class SaveSlots {
  readonly slotCount = SLOT_COUNT;

  constructor(private readonly deps: SaveSlotDeps) {}

  async list(): Promise<SaveList> {
    const profileId = this.deps.profileId();
    const scenarios = this.deps.scenarios();
    const auto = await this.deps.saves.latestAutosaveInfo(profileId);
    const slots = await this.deps.saves.listSlots(profileId);
    return {
      autosave: auto && {
        kind: 'autosave',
        ...auto,
        label: undefined,
        scenario: findScenario(scenarios, auto.scenarioId),
      },
      slots: Array.from({ length: SLOT_COUNT }, (_, i) => {
        const info = slots[i];
        return info && { ...info, kind: { slot: info.slot }, scenario: findScenario(scenarios, info.scenarioId) };
      }),
    };
  }

  /** Save the playthrough to a slot; the list returned already shows it. */
  async save(controller: Pick<PlayController, 'saveToSlot'>, slot: number, label: string): Promise<SlotSaveOutcome> {
    if (!Number.isInteger(slot) || slot < 1 || slot > SLOT_COUNT)
      return {
        ok: false,
        failure: 'unavailable',
        message: `There is no slot ${String(slot)}.`,
        list: await this.list(),
      };
    const outcome = await controller.saveToSlot(slot, label.trim() || `Slot ${String(slot)}`);
    return { ...outcome, list: await this.list() };
  }

  /** What loading an entry starts: its scenario, resumed from the autosave or the slot. */
  loadOf(entry: SaveEntry): { readonly scenario: ScenarioEntry; readonly mode: StartMode } | undefined {
    if (!entry.scenario) return undefined;
    return { scenario: entry.scenario, mode: entry.kind === 'autosave' ? 'continue' : { slot: entry.kind.slot } };
  }
}
