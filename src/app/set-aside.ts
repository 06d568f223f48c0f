// Keeping what cannot be read: a record that no longer loads (a save, a history, a profile list, a group
// session) is moved to a "set-aside:" key with the reason and the time, never deleted (backup and delete-all
// include it). If storage refuses, the data simply stays where it was, which also loses nothing; the outcome
// says which happened.
import type { SaveStore } from '../core/ports.ts';
import { setAsideKey } from './storage-keys.ts';
import { attemptStorage, type StorageOutcome } from './storage-outcome.ts';

export function setAside(store: SaveStore, key: string, reason: string, at: number): Promise<StorageOutcome> {
  return attemptStorage(async () => {
    const data = await store.get(key);
    await store.set(setAsideKey(key, at), { key, at, reason, data });
    await store.remove(key);
  });
}

export type CheckedRead<T> =
  | { readonly kind: 'read'; readonly value: T }
  /** Nothing was stored, or storage could not be read at all (then nothing is set aside). */
  | { readonly kind: 'none' }
  /** The record could not be read and was moved aside (or, if storage refused, left where it was). */
  | { readonly kind: 'set-aside'; readonly outcome: StorageOutcome };

/**
 * Read one record and check it; a record that is there but cannot be read is set aside at once, so it is never
 * silently hidden and later overwritten.
 */
export async function readOrSetAside<T>(
  store: SaveStore,
  key: string,
  check: (data: unknown) => { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string },
  at: number,
): Promise<CheckedRead<T>> {
  let data: unknown;
  try {
    data = await store.get(key);
  } catch {
    return { kind: 'none' };
  }
  if (data === undefined || data === null) return { kind: 'none' };
  const read = check(data);
  if (read.ok) return { kind: 'read', value: read.value };
  return { kind: 'set-aside', outcome: await setAside(store, key, read.reason, at) };
}
