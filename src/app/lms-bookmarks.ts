// Where a learning platform's bookmark comes from and goes to: the autosaves the game already writes (seen
// through a SaveStore that passes everything on), and, on a new computer, an autosave made from the platform's
// bookmark so Continue lands at the same decision with the same option order. Never throws.
import type { SaveStore } from '../core/ports.ts';
import { type Bookmark } from '../core/lms/suspend-data.ts';
import { makeSaveRecord } from '../core/save/save-record.ts';
import { autosaveKey, historyKey } from './storage-keys.ts';

const AUTOSAVE = /^profile:.+:autosave:/;
const HISTORY = /^profile:.+:history$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isIndexList = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => Number.isInteger(n) && (n as number) >= 0);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The bookmark a stored save record stands for, or undefined when it is not one. */
export function bookmarkOfRecord(value: unknown, ended: boolean): Bookmark | undefined {
  if (!isRecord(value) || typeof value.scenarioId !== 'string' || typeof value.storyVersion !== 'string')
    return undefined;
  const snap = value.snapshot;
  if (!isRecord(snap) || !isCount(snap.seed) || !isCount(snap.startedAt) || !isIndexList(snap.path)) return undefined;
  const savedAt = isCount(value.savedAt) ? value.savedAt : 0;
  return {
    scenarioId: value.scenarioId,
    storyVersion: value.storyVersion,
    seed: snap.seed,
    startedAt: snap.startedAt,
    savedAt,
    path: [...snap.path],
    ended,
  };
}

/** The bookmark a write stands for: an autosave (a place in play) or a history whose newest entry just ended. */
export function bookmarkOfWrite(key: string, value: unknown): Bookmark | undefined {
  if (AUTOSAVE.test(key)) return bookmarkOfRecord(value, false);
  if (HISTORY.test(key) && Array.isArray(value)) {
    const newest: unknown = value.at(-1);
    return isRecord(newest) ? bookmarkOfRecord(newest.record, true) : undefined;
  }
  return undefined;
}

/** The store the game writes through, telling `onBookmark` of every save that moves the learner on. */
export function bookmarkingStore(store: SaveStore, onBookmark: (bookmark: Bookmark) => void): SaveStore {
  return {
    get: (key) => store.get(key),
    keys: () => store.keys(),
    remove: (key) => store.remove(key),
    async set(key, value) {
      await store.set(key, value);
      const bookmark = bookmarkOfWrite(key, value);
      if (bookmark) onBookmark(bookmark);
    },
  };
}

/**
 * Make the platform's bookmark this device's autosave for `profileId`, unless the device holds the same
 * playthrough or a newer one (an autosave saved later, or the playthrough already finished). True when written.
 */
export async function restoreBookmark(store: SaveStore, profileId: string, bookmark: Bookmark): Promise<boolean> {
  if (bookmark.ended) return false;
  try {
    const key = autosaveKey(profileId, bookmark.scenarioId);
    const onDevice = bookmarkOfRecord(await store.get(key), false);
    if (onDevice && onDevice.savedAt >= bookmark.savedAt) return false;
    const history: unknown = await store.get(historyKey(profileId));
    const id = `${bookmark.scenarioId}@${bookmark.startedAt}`;
    if (Array.isArray(history) && history.some((f) => isRecord(f) && f.id === id)) return false;
    const { seed, startedAt, path, savedAt } = bookmark;
    const snapshot = { seed, startedAt, path: [...path], times: path.map(() => savedAt) };
    await store.set(key, makeSaveRecord(bookmark.scenarioId, bookmark.storyVersion, snapshot, savedAt));
    return true;
  } catch (error) {
    console.debug('The learning platform bookmark could not be kept on this device.', error);
    return false;
  }
}
