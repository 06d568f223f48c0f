// Saves in the browser through localforage, the only module that imports it: IndexedDB, else localStorage.
// Stores plain JSON data and turns every refusal by the browser into a StorageError with a plain-English message.
import localforage from 'localforage';
import type { SaveStore, StorageError, StorageFailure } from '../core/ports.ts';

export interface LocalforageSaveStoreOptions {
  /** The database name; separate names never see each other's data. */
  readonly name?: string;
}

const DEFAULT_NAME = 'practice-paths';
/** localforage turns anything but letters, digits and underscores in a store name into underscores. */
const STORE_NAME = 'practice_paths';
const PROBE_KEY = '__practice-paths-probe__';
/** How long the start-up check waits for storage to answer: far beyond a working browser's few milliseconds. */
export const PROBE_TIMEOUT_MS = 4000;
const TIMED_OUT = Symbol('timed out');

/** The action's result, or a rejection with TIMED_OUT if it has not answered after `ms`. */
function withTimeout<T>(action: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<never>((_resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a marker, caught in probe() only.
    timer = setTimeout(() => reject(TIMED_OUT), ms);
  });
  return Promise.race([action, gaveUp]).finally(() => clearTimeout(timer));
}

const MESSAGES: Record<StorageFailure, string> = {
  full: 'The browser’s storage for this site is full, so progress could not be saved.',
  blocked:
    'The browser is not allowing this site to store anything (private browsing or privacy settings may be blocking it), so progress cannot be saved.',
  unavailable: 'Storage is not available in this browser, so progress cannot be saved.',
};

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const BLOCKED_NAMES = new Set(['SecurityError', 'NotAllowedError', 'InvalidStateError', 'NS_ERROR_FAILURE']);

/** Which kind of failure a browser storage error is. */
export function storageFailureKind(error: unknown): StorageFailure {
  const { name, message, code } = describe(error);
  if (
    QUOTA_NAMES.has(name) ||
    code === 22 ||
    code === 1014 ||
    /quota|exceeded the quota|disk full|no space/i.test(message)
  ) {
    return 'full';
  }
  if (BLOCKED_NAMES.has(name) || code === 18 || /security|denied|not allowed|blocked|private|disabled/i.test(message)) {
    return 'blocked';
  }
  return 'unavailable';
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof Error && error.name === 'StorageError' && 'failure' in error) return error as StorageError;
  const failure = /no available storage method/i.test(describe(error).message)
    ? noDriverFailure()
    : storageFailureKind(error);
  return Object.assign(new Error(MESSAGES[failure]), { name: 'StorageError' as const, failure });
}

/** localforage found no working driver: blocked if the browser refuses access to storage, else unavailable. */
function noDriverFailure(): StorageFailure {
  try {
    // Merely reading `localStorage` throws a SecurityError when the browser blocks storage for the site.
    Reflect.get(globalThis, 'localStorage');
    return 'unavailable';
  } catch {
    return 'blocked';
  }
}

function describe(error: unknown): { name: string; message: string; code: number | undefined } {
  if (typeof error === 'object' && error !== null) {
    const record = error as { name?: unknown; message?: unknown; code?: unknown; inner?: unknown };
    const inner = record.inner === undefined ? undefined : describe(record.inner);
    return {
      name: typeof record.name === 'string' && record.name !== 'Error' ? record.name : (inner?.name ?? ''),
      message: `${typeof record.message === 'string' ? record.message : ''} ${inner?.message ?? ''}`.trim(),
      code: typeof record.code === 'number' ? record.code : inner?.code,
    };
  }
  return { name: '', message: typeof error === 'string' ? error : '', code: undefined };
}

/** A deep copy as plain JSON data: no class instances, Maps, Dates or undefined fields reach storage. */
function plainJson(value: unknown): unknown {
  if (value === undefined) throw new TypeError('A save value cannot be undefined; use remove() instead.');
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export class LocalforageSaveStore implements SaveStore {
  private readonly store: LocalForage;
  private readonly name: string;

  constructor(options: LocalforageSaveStoreOptions = {}) {
    this.name = options.name ?? DEFAULT_NAME;
    this.store = localforage.createInstance({
      name: this.name,
      storeName: STORE_NAME,
      driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE],
    });
  }

  /**
   * Finds out whether storage works at all, with a tiny write, read and remove. Never throws, and never hangs:
   * each step that does not answer within `timeoutMs` (an IndexedDB whose open never answers is a known class
   * of browser bug) counts as unavailable, so the game starts with storage for this visit only instead of
   * staying on "Loading…". Each step has the whole allowance, so a slow but working disk is not mistaken for one.
   */
  static async probe(
    options: LocalforageSaveStoreOptions = {},
    timeoutMs = PROBE_TIMEOUT_MS,
  ): Promise<StorageFailure | undefined> {
    try {
      const store = new LocalforageSaveStore(options);
      const token = `probe-${Date.now()}`;
      await withTimeout(store.store.ready(), timeoutMs);
      await withTimeout(store.set(PROBE_KEY, token), timeoutMs);
      const read = await withTimeout(store.get(PROBE_KEY), timeoutMs);
      await withTimeout(store.remove(PROBE_KEY), timeoutMs);
      return read === token ? undefined : 'unavailable';
    } catch (error) {
      return error === TIMED_OUT ? 'unavailable' : toStorageError(error).failure;
    }
  }

  async get(key: string): Promise<unknown> {
    const value = await this.attempt(() =>
      this.store.getItem<unknown>(key).catch((error: unknown) => this.raw(key, error)),
    );
    return value === null ? undefined : value;
  }

  async set(key: string, value: unknown): Promise<void> {
    const data = plainJson(value);
    await this.attempt(() => this.store.setItem(key, data));
  }

  async remove(key: string): Promise<void> {
    await this.attempt(() => this.store.removeItem(key));
  }

  async keys(): Promise<string[]> {
    return this.attempt(() => this.store.keys());
  }

  /**
   * A value in localStorage that is not JSON (damaged by hand, by another script or a half-finished write) comes
   * back as the text it holds, so the game sees an unreadable record and sets it aside, instead of a refusal that
   * would hide it until it is overwritten.
   */
  private raw(key: string, error: unknown): string {
    if (!(error instanceof SyntaxError) || this.store.driver() !== localforage.LOCALSTORAGE) throw error;
    const text = globalThis.localStorage.getItem(`${this.name}/${STORE_NAME}/${key}`);
    if (text === null) throw error;
    return text;
  }

  private async attempt<T>(action: () => Promise<T>): Promise<T> {
    try {
      await this.store.ready();
      return await action();
    } catch (error) {
      throw toStorageError(error);
    }
  }
}
