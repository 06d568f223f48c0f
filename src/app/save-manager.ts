// Autosaves, named slots and finished playthroughs for a profile, through the SaveStore port.
// A save that cannot be read is moved aside (never deleted) and reported in words; storage failures
// come back as outcomes, never as exceptions.
import type { Clock, SaveStore, StorageFailure } from '../core/ports.ts';
import { readSaveRecord, type SaveRecord } from '../core/save/save-record.ts';
import { setAside } from './set-aside.ts';
import { attemptStorage, storageFailureOf, type StorageOutcome } from './storage-outcome.ts';
import { autosaveKey, historyKey, profilePrefix, slotKey, SLOT_COUNT } from './storage-keys.ts';

export type LoadOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded'; readonly record: SaveRecord; readonly storyChanged: boolean }
  | { readonly kind: 'set-aside'; readonly message: string }
  | { readonly kind: 'storage-failed'; readonly failure: StorageFailure; readonly message: string };

export interface FinishedPlaythrough {
  /** Scenario id and start time: the same playthrough finishing another branch replaces its entry. */
  readonly id: string;
  readonly scenarioId: string;
  readonly ending: string | undefined;
  /** The ending's title, when the story gives one (absent in entries written before titles existed). */
  readonly endingTitle?: string | undefined;
  readonly endedAt: number;
  readonly record: SaveRecord;
  readonly profile: readonly { readonly principle: string; readonly supported: number; readonly undermined: number }[];
}

export interface SlotInfo {
  readonly slot: number;
  readonly scenarioId: string;
  readonly savedAt: number;
  readonly label: string | undefined;
  readonly choices: number;
}

export class SaveManager {
  constructor(
    private readonly store: SaveStore,
    private readonly clock: Clock,
  ) {}

  writeAutosave(profileId: string, record: SaveRecord): Promise<StorageOutcome> {
    return this.write(autosaveKey(profileId, record.scenarioId), record);
  }

  writeSlot(profileId: string, slot: number, record: SaveRecord): Promise<StorageOutcome> {
    return this.write(slotKey(profileId, slot), record);
  }

  async clearAutosave(profileId: string, scenarioId: string): Promise<StorageOutcome> {
    return this.attempt(() => this.store.remove(autosaveKey(profileId, scenarioId)));
  }

  /** Read the autosave of one scenario; `version` is the story's fingerprint now. */
  readAutosave(profileId: string, scenarioId: string, version: string): Promise<LoadOutcome> {
    return this.read(autosaveKey(profileId, scenarioId), scenarioId, version);
  }

  readSlot(profileId: string, slot: number, scenarioId: string, version: string): Promise<LoadOutcome> {
    return this.read(slotKey(profileId, slot), scenarioId, version);
  }

  /** The most recent unfinished autosave, for "Continue" on the title screen. */
  async latestAutosave(profileId: string): Promise<{ scenarioId: string; savedAt: number } | undefined> {
    try {
      const prefix = `${profilePrefix(profileId)}autosave:`;
      const keys = (await this.store.keys()).filter((k) => k.startsWith(prefix));
      let latest: { scenarioId: string; savedAt: number } | undefined;
      for (const key of keys) {
        const data = (await this.store.get(key)) as { savedAt?: unknown } | undefined;
        const savedAt = typeof data?.savedAt === 'number' ? data.savedAt : 0;
        if (!latest || savedAt > latest.savedAt) latest = { scenarioId: key.slice(prefix.length), savedAt };
      }
      return latest;
    } catch {
      return undefined;
    }
  }

  /** Whether a scenario has an unfinished autosave (whatever state it is in). */
  async hasAutosave(profileId: string, scenarioId: string): Promise<boolean> {
    try {
      return (await this.store.get(autosaveKey(profileId, scenarioId))) !== undefined;
    } catch {
      return false;
    }
  }

  async listSlots(profileId: string): Promise<(SlotInfo | undefined)[]> {
    const slots: (SlotInfo | undefined)[] = [];
    for (let slot = 1; slot <= SLOT_COUNT; slot++) {
      try {
        const data = (await this.store.get(slotKey(profileId, slot))) as Partial<SaveRecord> | undefined;
        slots.push(
          data && typeof data.scenarioId === 'string' && typeof data.savedAt === 'number'
            ? {
                slot,
                scenarioId: data.scenarioId,
                savedAt: data.savedAt,
                label: data.label,
                choices: data.snapshot?.path?.length ?? 0,
              }
            : undefined,
        );
      } catch {
        slots.push(undefined);
      }
    }
    return slots;
  }

  async recordFinished(profileId: string, finished: FinishedPlaythrough): Promise<StorageOutcome> {
    return this.attempt(async () => {
      const history = (await this.finished(profileId)).filter((f) => f.id !== finished.id);
      await this.store.set(historyKey(profileId), [...history, finished].slice(-200));
      await this.store.remove(autosaveKey(profileId, finished.scenarioId));
    });
  }

  async finished(profileId: string): Promise<FinishedPlaythrough[]> {
    try {
      const data = await this.store.get(historyKey(profileId));
      return Array.isArray(data)
        ? data.filter(
            (f): f is FinishedPlaythrough =>
              typeof f?.id === 'string' &&
              typeof f?.scenarioId === 'string' &&
              typeof f?.endedAt === 'number' &&
              Array.isArray(f?.profile),
          )
        : [];
    } catch {
      return [];
    }
  }

  /** Keep an autosave that no longer restores out of the way (set aside, never deleted). */
  setAsideAutosave(profileId: string, scenarioId: string, reason: string): Promise<StorageOutcome> {
    return this.setAside(autosaveKey(profileId, scenarioId), reason);
  }

  setAsideSlot(profileId: string, slot: number, reason: string): Promise<StorageOutcome> {
    return this.setAside(slotKey(profileId, slot), reason);
  }

  private setAside(key: string, reason: string): Promise<StorageOutcome> {
    return setAside(this.store, key, reason, this.clock.now());
  }

  private async read(key: string, scenarioId: string, version: string): Promise<LoadOutcome> {
    let data: unknown;
    try {
      data = await this.store.get(key);
    } catch (error) {
      return { kind: 'storage-failed', ...storageFailureOf(error) };
    }
    if (data === undefined || data === null) return { kind: 'none' };
    const read = readSaveRecord(data, scenarioId, version);
    if (read.ok) return { kind: 'loaded', record: read.record, storyChanged: read.storyChanged };
    await this.setAside(key, read.error.message);
    return {
      kind: 'set-aside',
      message: `${read.error.message} The save has been kept aside, not deleted, and you can start the scenario again.`,
    };
  }

  private write(key: string, record: SaveRecord): Promise<StorageOutcome> {
    return this.attempt(() => this.store.set(key, record));
  }

  private attempt(action: () => Promise<void>): Promise<StorageOutcome> {
    return attemptStorage(action);
  }
}
