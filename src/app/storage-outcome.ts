// The one outcome every storage write in the app ends in: ok, or the kind of refusal with a calm message.
// A refusal never escapes as an exception; reads that fail fall back to "nothing stored" where they are made.
import type { StorageError, StorageFailure } from '../core/ports.ts';

export type StorageOutcome =
  { readonly ok: true } | { readonly ok: false; readonly failure: StorageFailure; readonly message: string };

export const STORED: StorageOutcome = { ok: true };

const STORAGE_MESSAGES: Record<StorageFailure, string> = {
  blocked:
    'This browser is blocking storage for this page, so progress cannot be saved. You can still play; your progress lasts until you close the page.',
  full: "The browser's storage for this page is full, so progress could not be saved. You can still play; export your data or free some space to save again.",
  unavailable:
    'Storage is not available in this browser, so progress cannot be saved. You can still play; your progress lasts until you close the page.',
};

const isStorageError = (error: unknown): error is StorageError =>
  error instanceof Error &&
  error.name === 'StorageError' &&
  typeof (error as Partial<StorageError>).failure === 'string';

export function storageFailureOf(error: unknown): { failure: StorageFailure; message: string } {
  const failure = isStorageError(error) ? error.failure : 'unavailable';
  return { failure, message: STORAGE_MESSAGES[failure] };
}

/** The outcome for a store the browser refused before anything was tried (the start-up probe). */
export function refused(failure: StorageFailure): StorageOutcome {
  return { ok: false, failure, message: STORAGE_MESSAGES[failure] };
}

/** Run a storage action; a refusal comes back as an outcome with a plain-English message, never an exception. */
export async function attemptStorage(action: () => Promise<unknown>): Promise<StorageOutcome> {
  try {
    await action();
    return STORED;
  } catch (error) {
    return { ok: false, ...storageFailureOf(error) };
  }
}
