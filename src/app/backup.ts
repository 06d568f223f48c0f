// "Export all my data" and "import": one file with every profile's saves, history, notes and settings.
// Import checks the whole file first; a bad file changes nothing and says why. Delete-all lives here too.
import type { SaveStore } from '../core/ports.ts';
import { readSaveRecord } from '../core/save/save-record.ts';
import { attemptStorage, type StorageOutcome } from './storage-outcome.ts';

export const BACKUP_FORMAT = 'practice-paths/backup';
export const BACKUP_VERSION = 1;
const KNOWN_PREFIXES = ['device:', 'profile:', 'set-aside:', 'facilitator:'];
const MAX_ENTRIES = 5000;

export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  readonly exportedAt: string;
  readonly entries: Readonly<Record<string, unknown>>;
}

export type BackupCheck =
  | { readonly ok: true; readonly entries: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly message: string };

export async function exportAll(store: SaveStore, now: number): Promise<BackupFile> {
  const entries: Record<string, unknown> = {};
  for (const key of await store.keys())
    if (KNOWN_PREFIXES.some((p) => key.startsWith(p))) entries[key] = await store.get(key);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), entries };
}

/** Check a backup file's text completely before anything is written. */
export function checkBackup(text: string): BackupCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'The file is not valid JSON, so it is not a Practice Paths backup. Nothing was changed.',
    };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return {
      ok: false,
      message: 'The file is not a Practice Paths backup (made with "Export all my data"). Nothing was changed.',
    };
  }
  const file = data as { version?: unknown; entries?: unknown };
  if (file.version !== BACKUP_VERSION)
    return {
      ok: false,
      message: `The backup is version ${String(file.version)}; this Practice Paths reads version ${BACKUP_VERSION}. Nothing was changed.`,
    };
  if (typeof file.entries !== 'object' || file.entries === null || Array.isArray(file.entries))
    return { ok: false, message: 'The backup has no entries. Nothing was changed.' };
  const entries = file.entries as Record<string, unknown>;
  const keys = Object.keys(entries);
  if (keys.length > MAX_ENTRIES)
    return {
      ok: false,
      message: 'The backup has far more entries than Practice Paths ever writes. Nothing was changed.',
    };
  for (const key of keys) {
    const problem = checkEntry(key, entries[key]);
    if (problem) return { ok: false, message: `${problem} Nothing was changed.` };
  }
  return { ok: true, entries };
}

function checkEntry(key: string, value: unknown): string | undefined {
  if (!KNOWN_PREFIXES.some((p) => key.startsWith(p)) || key.length > 300)
    return `The backup holds an entry Practice Paths does not write ("${key.slice(0, 60)}").`;
  const save = /^profile:[^:]+:(autosave:([^:]+)|slot:\d)$/.exec(key);
  if (save) {
    const scenario =
      save[2] ??
      (typeof value === 'object' && value !== null ? String((value as { scenarioId?: unknown }).scenarioId ?? '') : '');
    const read = readSaveRecord(value, scenario, '');
    if (!read.ok) return `The save "${key}" in the backup cannot be read: ${read.error.message}`;
  }
  if (/^profile:[^:]+:history$/.test(key) && !Array.isArray(value)) return 'The history in the backup is not a list.';
  return undefined;
}

/** Write every entry of a checked backup. */
export function importAll(store: SaveStore, entries: Readonly<Record<string, unknown>>): Promise<StorageOutcome> {
  return attemptStorage(async () => {
    for (const [key, value] of Object.entries(entries)) await store.set(key, value);
  });
}

/** Remove everything Practice Paths has stored on this device. */
export function deleteAll(store: SaveStore): Promise<StorageOutcome> {
  return attemptStorage(async () => {
    for (const key of await store.keys()) await store.remove(key);
  });
}
