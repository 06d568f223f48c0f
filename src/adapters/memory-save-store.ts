// Storage that lasts only while the page is open: the fallback when the browser refuses real storage, so
// the game still plays (and says once that progress will not be kept). Stores structured clones, as IndexedDB does.
import type { SaveStore } from '../core/ports.ts';

export class MemorySaveStore implements SaveStore {
  private readonly data = new Map<string, unknown>();

  get(key: string): Promise<unknown> {
    return Promise.resolve(this.data.has(key) ? structuredClone(this.data.get(key)) : undefined);
  }

  set(key: string, value: unknown): Promise<void> {
    try {
      this.data.set(key, structuredClone(value));
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  remove(key: string): Promise<void> {
    this.data.delete(key);
    return Promise.resolve();
  }

  keys(): Promise<string[]> {
    return Promise.resolve([...this.data.keys()]);
  }
}
