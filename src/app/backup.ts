// "Export all my data" and "import": one file with every profile's saves, history, notes and settings.
// Import checks every record in the file first (a bad file changes nothing and says which record is wrong),
// then says what it would replace, and writes only when asked. Delete-all lives here too.
import type { SaveStore } from '../core/ports.ts';
import { readProfileList, type Profile } from './profiles.ts';
import { recordKindOf, type RecordKind } from './record-checks.ts';
import { isReadableRecord } from './record-readable.ts';
import { PROFILES_KEY } from './storage-keys.ts';
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

/** Why a file cannot be imported; the view puts it in words. Nothing has been changed when there is one. */
export type BackupProblem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-backup' }
  | { readonly kind: 'wrong-version'; readonly version: string; readonly readable: number }
  | { readonly kind: 'no-entries' }
  | { readonly kind: 'too-many-entries' }
  | { readonly kind: 'unknown-entry'; readonly key: string }
  | { readonly kind: 'unreadable-entry'; readonly key: string; readonly record: RecordKind };

export type BackupCheck =
  | { readonly ok: true; readonly entries: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly problem: BackupProblem };

/** What importing a checked backup would do to this device, for the person to confirm. */
export interface BackupPreview {
  readonly entries: Readonly<Record<string, unknown>>;
  /** Records in the file, and how many of them are new to this device. */
  readonly total: number;
  readonly added: number;
  /** Records on this device the file would overwrite with something different, by kind. */
  readonly replaced: readonly { readonly record: RecordKind; readonly count: number }[];
}

export async function exportAll(store: SaveStore, now: number): Promise<BackupFile> {
  const entries: Record<string, unknown> = {};
  for (const key of await store.keys())
    if (KNOWN_PREFIXES.some((p) => key.startsWith(p))) entries[key] = await store.get(key);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), entries };
}

/** Check a backup file's text completely, every record in it, before anything is written. */
export function checkBackup(text: string): BackupCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT)
    return { ok: false, problem: { kind: 'not-backup' } };
  const file = data as { version?: unknown; entries?: unknown };
  if (file.version !== BACKUP_VERSION)
    return {
      ok: false,
      problem: { kind: 'wrong-version', version: String(file.version).slice(0, 20), readable: BACKUP_VERSION },
    };
  if (typeof file.entries !== 'object' || file.entries === null || Array.isArray(file.entries))
    return { ok: false, problem: { kind: 'no-entries' } };
  const entries = file.entries as Record<string, unknown>;
  const keys = Object.keys(entries);
  if (keys.length > MAX_ENTRIES) return { ok: false, problem: { kind: 'too-many-entries' } };
  for (const key of keys) {
    const problem = checkEntry(key, entries[key]);
    if (problem) return { ok: false, problem };
  }
  return { ok: true, entries };
}

function checkEntry(key: string, value: unknown): BackupProblem | undefined {
  if (!KNOWN_PREFIXES.some((p) => key.startsWith(p)) || key.length > 300)
    return { kind: 'unknown-entry', key: key.slice(0, 60) };
  if (!isReadableRecord(key, value)) return { kind: 'unreadable-entry', key, record: recordKindOf(key) };
  return undefined;
}

/** Compare a checked backup with what this device holds now. */
export async function previewImport(
  store: SaveStore,
  entries: Readonly<Record<string, unknown>>,
): Promise<BackupPreview> {
  const present = new Set(await store.keys());
  const replaced = new Map<RecordKind, number>();
  let added = 0;
  for (const [key, value] of Object.entries(entries)) {
    if (!present.has(key)) {
      added++;
      continue;
    }
    if (JSON.stringify(await store.get(key)) === JSON.stringify(value)) continue;
    const record = recordKindOf(key);
    replaced.set(record, (replaced.get(record) ?? 0) + 1);
  }
  return {
    entries,
    total: Object.keys(entries).length,
    added,
    replaced: [...replaced].map(([record, count]) => ({ record, count })),
  };
}

/**
 * Write every record of a checked backup. The profile list is merged, not replaced: profiles on this device
 * that the backup does not name stay listed, so their saves stay reachable.
 */
export function importAll(store: SaveStore, entries: Readonly<Record<string, unknown>>): Promise<StorageOutcome> {
  return attemptStorage(async () => {
    for (const [key, value] of Object.entries(entries))
      await store.set(key, key === PROFILES_KEY ? mergeProfiles(await store.get(key), value) : value);
  });
}

function mergeProfiles(current: unknown, incoming: unknown): unknown {
  const now = readProfileList(current);
  const next = readProfileList(incoming);
  if (!next.ok) return incoming;
  const kept: readonly Profile[] = now.ok ? now.list.profiles : now.salvaged;
  const extra = kept.filter((p) => !next.list.profiles.some((q) => q.id === p.id));
  return { profiles: [...next.list.profiles, ...extra], currentId: next.list.currentId };
}

/** Remove everything Practice Paths has stored on this device. */
export function deleteAll(store: SaveStore): Promise<StorageOutcome> {
  return attemptStorage(async () => {
    for (const key of await store.keys()) await store.remove(key);
  });
}
