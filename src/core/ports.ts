// Ports: the only ways core and app reach the outside world (storage, sound, time, the other window).
// Types only, so adapters (src/adapters) implement them without importing a value from core; main.ts wires
// the adapters in, and tests use the in-memory doubles under tests/doubles.

export interface Clock {
  now(): number;
}

export type StorageFailure = 'blocked' | 'full' | 'unavailable';

/** What a SaveStore rejects with when the browser refuses; the app turns it into one calm message. */
export interface StorageError extends Error {
  readonly name: 'StorageError';
  readonly failure: StorageFailure;
}

/**
 * A key-value store of plain JSON data. A refusal rejects with a StorageError (anything else counts as
 * "unavailable"); the app never lets that escape as an exception, every write ending in a StorageOutcome.
 */
export interface SaveStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export interface AudioLevels {
  readonly music: number;
  readonly effects: number;
  readonly muted: boolean;
}

/** Sound output. Every method is safe to call when sound cannot play: it then does nothing. */
export interface AudioPort {
  unlock(): void;
  playAmbient(placeId: string | undefined): void;
  playEffect(soundId: string): void;
  setLevels(levels: AudioLevels): void;
}

/** A channel between windows of the same site on one machine (BroadcastChannel in the browser). */
export interface SyncChannel<M> {
  post(message: M): void;
  /** Messages from other windows (never one's own). */
  onMessage(handler: (message: M) => void): void;
  close(): void;
}

/** Opens the channel with this name; every window opening the same name hears the others. */
export type ChannelFactory<M> = (name: string) => SyncChannel<M>;
