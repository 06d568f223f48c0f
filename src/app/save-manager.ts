// Autosaves, named slots and finished playthroughs for a profile, through the SaveStore port.
// A save that cannot be read is moved aside (never deleted) and reported in words; storage failures
// come back as outcomes, never as exceptions.
import type { Clock, SaveStore, StorageFailure } from '../core/ports.ts';
import { readSaveRecord, type SaveRecord } from '../core/save/save-record.ts';
import { readPlace, type SavePlace } from './save-place.ts';
import { isFinishedEntry, isSlotLike } from './record-checks.ts';
import { setAside } from './set-aside.ts';
import { attemptStorage, storageFailureOf, type StorageOutcome } from './storage-outcome.ts';
import { autosaveKey, historyKey, profilePrefix, slotKey, SLOT_COUNT } from './storage-keys.ts';
import type { SetAsideNotice } from './storage-reports.ts';

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
  /** Stage, decisions and a line of the page, when the save was written with them. */
  readonly place: SavePlace | undefined;
}

/** The autosave shown in the Save/Load dialog: the most recent unfinished playthrough. */
export type AutosaveInfo = Omit<SlotInfo, 'slot' | 'label'>;

/** A save record as stored: the record, and beside it where it stands (read by the dialog, not by restore). */
type StoredSave = SaveRecord & { readonly place?: SavePlace };

export class SaveManager {
  constructor(
    private readonly store: SaveStore,
    private readonly clock: Clock,
    /** Told of every record set aside while reading (a history that is not a list, a slot holding no save). */
    private readonly onSetAside: (notice: SetAsideNotice) => void = () => undefined,
  ) {}

  writeAutosave(profileId: string, record: SaveRecord, place?: SavePlace): Promise<StorageOutcome> {
    return this.write(autosaveKey(profileId, record.scenarioId), record, place);
  }

  writeSlot(profileId: string, slot: number, record: SaveRecord, place?: SavePlace): Promise<StorageOutcome> {
    return this.write(slotKey(profileId, slot), record, place);
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
      await this.setAsideIfNotSave(slotKey(profileId, slot), slot);
      const info = await this.info(slotKey(profileId, slot));
      slots.push(info && { slot, ...info, label: typeof info.label === 'string' ? info.label : undefined });
    }
    return slots;
  }

  /** The most recent unfinished autosave with what the dialog shows about it. */
  async latestAutosaveInfo(profileId: string): Promise<AutosaveInfo | undefined> {
    const latest = await this.latestAutosave(profileId);
    // An autosave that cannot be read is still offered, so Continue can say what is wrong with it and set it aside.
    const unreadable = latest && { ...latest, label: undefined, choices: 0, place: readPlace(undefined) };
    const info = latest && ((await this.info(autosaveKey(profileId, latest.scenarioId))) ?? unreadable);
    if (!info) return undefined;
    const { label: _label, ...rest } = info;
    return rest;
  }

  /** Move every save of one profile to another (a guest naming themselves); saves already there are kept. */
  async moveProfile(fromId: string, toId: string): Promise<StorageOutcome> {
    if (fromId === toId) return { ok: true };
    return this.attempt(async () => {
      const from = profilePrefix(fromId);
      for (const key of (await this.store.keys()).filter((k) => k.startsWith(from))) {
        const target = `${profilePrefix(toId)}${key.slice(from.length)}`;
        if ((await this.store.get(target)) === undefined) await this.store.set(target, await this.store.get(key));
        await this.store.remove(key);
      }
    });
  }

  async recordFinished(profileId: string, finished: FinishedPlaythrough): Promise<StorageOutcome> {
    return this.attempt(async () => {
      const history = (await this.finished(profileId)).filter((f) => f.id !== finished.id);
      await this.store.set(historyKey(profileId), [...history, finished].slice(-200));
      await this.store.remove(autosaveKey(profileId, finished.scenarioId));
    });
  }

  /** Finished playthroughs; a history that is not a list, or holds entries that are not, is set aside first. */
  async finished(profileId: string): Promise<FinishedPlaythrough[]> {
    try {
      const data: unknown = await this.store.get(historyKey(profileId));
      if (data === undefined || data === null) return [];
      const list: unknown[] = Array.isArray(data) ? data : [];
      const readable = list.filter((f): f is FinishedPlaythrough => isFinishedEntry(f));
      if (!Array.isArray(data) || readable.length !== list.length) {
        const kept = await this.setAside(historyKey(profileId), 'The history is not a list of finished playthroughs.');
        if (kept.ok && readable.length > 0) await this.store.set(historyKey(profileId), readable);
        this.onSetAside({ record: 'history' });
      }
      return readable;
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

  private write(key: string, record: SaveRecord, place: SavePlace | undefined): Promise<StorageOutcome> {
    const stored: StoredSave = place ? { ...record, place } : record;
    return this.attempt(() => this.store.set(key, stored));
  }

  /** What a list shows about one stored save, without reading it as a record; undefined if empty or unreadable. */
  private async info(key: string): Promise<(Omit<SlotInfo, 'slot'> & { label: unknown }) | undefined> {
    try {
      const data = (await this.store.get(key)) as Partial<StoredSave> | undefined;
      if (!data || typeof data.scenarioId !== 'string' || typeof data.savedAt !== 'number') return undefined;
      const path = data.snapshot?.path;
      return {
        scenarioId: data.scenarioId,
        savedAt: data.savedAt,
        label: data.label,
        choices: Array.isArray(path) ? path.length : 0,
        place: readPlace(data.place),
      };
    } catch {
      return undefined;
    }
  }

  /** A slot holding something that is not a save is set aside (kept), never hidden and later overwritten. */
  private async setAsideIfNotSave(key: string, slot: number): Promise<void> {
    const data = await this.store.get(key).catch(() => undefined);
    if (data === undefined || data === null || isSlotLike(data)) return;
    await this.setAside(key, 'The slot does not hold a save.');
    this.onSetAside({ record: 'slot', slot });
  }

  private attempt(action: () => Promise<void>): Promise<StorageOutcome> {
    return attemptStorage(action);
  }
}
