// An in-memory SaveStore for tests: stores structured clones, as IndexedDB does, shows its data, and can be
// told to refuse like a blocked or full browser store.
import type { SaveStore, StorageError, StorageFailure } from '../../src/core/ports.ts';

export class MemorySaveStore implements SaveStore {
  readonly data = new Map<string, unknown>();
  failure: StorageFailure | undefined;
  /** Refuse only writes (reads still work), as a full disk does. */
  failWritesOnly = false;

  async get(key: string): Promise<unknown> {
    this.check(false);
    return this.data.has(key) ? structuredClone(this.data.get(key)) : undefined;
  }
  async set(key: string, value: unknown): Promise<void> {
    this.check(true);
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string): Promise<void> {
    this.check(true);
    this.data.delete(key);
  }
  async keys(): Promise<string[]> {
    this.check(false);
    return [...this.data.keys()];
  }
  private check(writing: boolean): void {
    if (!this.failure || (this.failWritesOnly && !writing)) return;
    const error: StorageError = Object.assign(new Error(`Storage is ${this.failure}.`), {
      name: 'StorageError' as const,
      failure: this.failure,
    });
    throw error;
  }
}
