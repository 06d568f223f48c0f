// Autosaves, named slots and finished playthroughs for a profile, through the SaveStore port.
// A save that cannot be read is moved aside (never deleted) and reported in words; storage failures
// come back as outcomes, never as exceptions.
import { StorageError, type Clock, type SaveStore, type StorageFailure } from '../core/ports.ts';
import { readSaveRecord, type SaveError, type SaveRecord } from '../core/save/save-record.ts';
import { autosaveKey, historyKey, profilePrefix, setAsideKey, slotKey, SLOT_COUNT } from './storage-keys.ts';

export type StorageOutcome = { readonly ok: true } | { readonly ok: false; readonly failure: StorageFailure; readonly message: string };

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

const STORAGE_MESSAGES: Record<StorageFailure, string> = {
  blocked: 'This browser is blocking storage for this page, so progress cannot be saved. You can still play; your progress lasts until you close the page.',
  full: 'The browser\'s storage for this page is full, so progress could not be saved. You can still play; export your data or free some space to save again.',
  unavailable: 'Storage is not available in this browser, so progress cannot be saved. You can still play; your progress lasts until you close the page.',
};

export function storageFailureOf(error: unknown): { failure: StorageFailure; message: string } {
  const failure = error instanceof StorageError ? error.failure : 'unavailable';
  return { failure, message: STORAGE_MESSAGES[failure] };
}

/** Run a storage action; a refusal comes back as an outcome with a plain-English message, never an exception. */
export async function attemptStorage(action: () => Promise<void>): Promise<StorageOutcome> {
  try {
    await action();
    return { ok: true };
  } catch (error) {
    return { ok: false, ...storageFailureOf(error) };
  }
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
            ? { slot, scenarioId: data.scenarioId, savedAt: data.savedAt, label: data.label, choices: data.snapshot?.path?.length ?? 0 }
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
        ? data.filter((f): f is FinishedPlaythrough => typeof f?.id === 'string' && typeof f?.scenarioId === 'string' && typeof f?.endedAt === 'number' && Array.isArray(f?.profile))
        : [];
    } catch {
      return [];
    }
  }

  /** Move data that could not be read to a set-aside key, so it is kept but out of the way. */
  async setAside(key: string, reason: SaveError | string): Promise<void> {
    try {
      const data = await this.store.get(key);
      const at = this.clock.now();
      await this.store.set(setAsideKey(key, at), { key, at, reason: typeof reason === 'string' ? reason : reason.message, data });
      await this.store.remove(key);
    } catch {
      // Storage refused: the unreadable save stays where it is, which also loses nothing.
    }
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
    await this.setAside(key, read.error);
    return { kind: 'set-aside', message: `${read.error.message} The save has been kept aside, not deleted, and you can start the scenario again.` };
  }

  private write(key: string, record: SaveRecord): Promise<StorageOutcome> {
    return this.attempt(() => this.store.set(key, record));
  }

  private attempt(action: () => Promise<void>): Promise<StorageOutcome> {
    return attemptStorage(action);
  }
}
