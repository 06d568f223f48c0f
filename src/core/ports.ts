// Ports: the only ways core and app reach the outside world (storage, sound, time).
// Adapters in src/adapters implement them; in-memory versions live in src/core/testing-ports.ts.

export interface Clock {
  now(): number;
}

export type StorageFailure = 'blocked' | 'full' | 'unavailable';

/** Thrown by a SaveStore when the browser refuses; the app turns it into one calm message. */
export class StorageError extends Error {
  readonly failure: StorageFailure;
  constructor(failure: StorageFailure, message: string) {
    super(message);
    this.name = 'StorageError';
    this.failure = failure;
  }
}

/** A key-value store of plain JSON data. */
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
