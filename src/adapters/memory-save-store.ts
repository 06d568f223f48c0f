// Storage that lasts only while the page is open: the fallback when the browser refuses real storage, so
// the game still plays (and says once that progress will not be kept). Stores structured clones, as IndexedDB does.
import type { SaveStore } from '../core/ports.ts';

export class MemorySaveStore implements SaveStore {
  private readonly data = new Map<string, unknown>();

  async get(key: string): Promise<unknown> {
    return this.data.has(key) ? structuredClone(this.data.get(key)) : undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    this.data.set(key, structuredClone(value));
  }

  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }

  async keys(): Promise<string[]> {
    return [...this.data.keys()];
  }
}
