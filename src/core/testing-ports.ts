// In-memory implementations of the ports, for tests and for running without a browser.
import { StorageError, type AudioLevels, type AudioPort, type Clock, type SaveStore, type StorageFailure } from './ports.ts';

export class ManualClock implements Clock {
  constructor(private time = 1_700_000_000_000) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

export const systemClock: Clock = { now: () => Date.now() };

/** Stores structured clones, as IndexedDB does; can be told to fail like a blocked or full browser store. */
export class MemorySaveStore implements SaveStore {
  readonly data = new Map<string, unknown>();
  failure: StorageFailure | undefined;

  async get(key: string): Promise<unknown> {
    this.check();
    return this.data.has(key) ? structuredClone(this.data.get(key)) : undefined;
  }
  async set(key: string, value: unknown): Promise<void> {
    this.check();
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string): Promise<void> {
    this.check();
    this.data.delete(key);
  }
  async keys(): Promise<string[]> {
    this.check();
    return [...this.data.keys()];
  }
  private check(): void {
    if (this.failure) throw new StorageError(this.failure, `Storage is ${this.failure}.`);
  }
}

/** Records what would have been played. */
export class RecordingAudio implements AudioPort {
  readonly played: string[] = [];
  unlocked = false;
  levels: AudioLevels = { music: 0.5, effects: 0.7, muted: false };
  unlock(): void {
    this.unlocked = true;
  }
  playAmbient(placeId: string | undefined): void {
    this.played.push(`ambient:${placeId ?? 'none'}`);
  }
  playEffect(soundId: string): void {
    this.played.push(`effect:${soundId}`);
  }
  setLevels(levels: AudioLevels): void {
    this.levels = levels;
  }
}
