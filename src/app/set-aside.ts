// Keeping what cannot be read: a save or group session that no longer loads is moved to a "set-aside:" key
// with the reason and the time, never deleted (backup and delete-all include it). If storage refuses, the
// data simply stays where it was, which also loses nothing; the outcome says which happened.
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
