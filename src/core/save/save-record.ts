// Versioned save records: build one from a session, and read one back from unknown data,
// migrating older versions. Anything wrong comes back as a typed error with a message; nothing throws.
import type { SessionSnapshot } from '../session/session-types.ts';

export const SAVE_FORMAT = 'practice-paths/save';
export const SAVE_VERSION = 3;

export interface SaveRecord {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly scenarioId: string;
  readonly storyVersion: string;
  readonly snapshot: SessionSnapshot;
  readonly savedAt: number;
  /** Free-text notes keyed by stage or checkpoint id. */
  readonly notes: Readonly<Record<string, string>>;
  readonly label: string | undefined;
  /** Other branches of the same playthrough ("try the other path"), each a path from the start. */
  readonly otherBranches: readonly SessionSnapshot[];
}

/** Version 1, written by the first builds: no seed, no choice times, no notes. */
export interface SaveRecordV1 {
  readonly format: typeof SAVE_FORMAT;
  readonly version: 1;
  readonly scenario: string;
  readonly storyHash: string;
  readonly choices: readonly number[];
  readonly savedAt: number;
}

export type SaveError =
  | { readonly kind: 'corrupt'; readonly message: string }
  | { readonly kind: 'from-future'; readonly message: string; readonly version: number }
  | { readonly kind: 'wrong-scenario'; readonly message: string }
  | { readonly kind: 'story-changed'; readonly message: string };

export type SaveReadResult =
  | {
      readonly ok: true;
      readonly record: SaveRecord;
      readonly storyChanged: boolean;
      readonly migratedFrom: number | undefined;
    }
  | { readonly ok: false; readonly error: SaveError };

export function makeSaveRecord(
  scenarioId: string,
  version: string,
  snapshot: SessionSnapshot,
  savedAt: number,
  notes: Readonly<Record<string, string>> = {},
  label?: string,
  otherBranches: readonly SessionSnapshot[] = [],
): SaveRecord {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenarioId,
    storyVersion: version,
    snapshot,
    savedAt,
    notes: { ...notes },
    label,
    otherBranches: [...otherBranches],
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Array.from sees holes in sparse arrays, which every() would skip. */
const isIndexList = (v: unknown): v is number[] =>
  Array.isArray(v) && Array.from(v).every((n) => Number.isInteger(n) && n >= 0 && n < 1000);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const corrupt = (message: string): SaveReadResult => ({ ok: false, error: { kind: 'corrupt', message } });

/** Read a save for `expectedScenario`; `currentVersion` is the story's fingerprint now. */
export function readSaveRecord(data: unknown, expectedScenario: string, currentVersion: string): SaveReadResult {
  if (!isRecord(data)) return corrupt('The save is not a save record (it is not an object).');
  if (data.format !== SAVE_FORMAT)
    return corrupt('The save is not a Practice Paths save (its "format" is missing or different).');
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return corrupt('The save has no valid "version" number.');
  }
  if (data.version > SAVE_VERSION) {
    return {
      ok: false,
      error: {
        kind: 'from-future',
        version: data.version,
        message: `The save was made by a newer Practice Paths (save version ${data.version}; this one reads up to ${SAVE_VERSION}).`,
      },
    };
  }
  const fromV1 = data.version === 1 ? migrateV1(data) : data;
  if ('error' in fromV1) return corrupt(String(fromV1.error));
  const migrated = fromV1.version === 2 ? migrateV2(fromV1) : fromV1;
  const checked = checkV3(migrated);
  if (typeof checked === 'string') return corrupt(checked);
  if (checked.scenarioId !== expectedScenario) {
    return {
      ok: false,
      error: {
        kind: 'wrong-scenario',
        message: `The save belongs to scenario "${checked.scenarioId}", not "${expectedScenario}".`,
      },
    };
  }
  return {
    ok: true,
    record: checked,
    storyChanged: checked.storyVersion !== currentVersion,
    migratedFrom: data.version < SAVE_VERSION ? data.version : undefined,
  };
}

function migrateV1(data: Record<string, unknown>): Record<string, unknown> | { error: string } {
  if (typeof data.scenario !== 'string' || typeof data.storyHash !== 'string')
    return { error: 'The version 1 save lacks its scenario or story fingerprint.' };
  if (!isIndexList(data.choices)) return { error: 'The version 1 save has a broken list of choices.' };
  if (!isTime(data.savedAt)) return { error: 'The version 1 save has no valid time.' };
  return {
    format: SAVE_FORMAT,
    version: 2,
    scenarioId: data.scenario,
    storyVersion: data.storyHash,
    snapshot: { seed: 1, path: data.choices, times: data.choices.map(() => data.savedAt), startedAt: data.savedAt },
    savedAt: data.savedAt,
    notes: {},
    label: undefined,
  };
}

/** Version 2 had no other branches. */
function migrateV2(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, version: SAVE_VERSION, otherBranches: [] };
}

function checkSnapshot(snap: unknown, what: string): SessionSnapshot | string {
  if (!isRecord(snap)) return `The save has no ${what} ("snapshot").`;
  if (!Number.isInteger(snap.seed)) return `The save's ${what} has no valid seed.`;
  if (!isIndexList(snap.path)) return `The save's list of choices (${what}) is broken.`;
  if (!Array.isArray(snap.times) || snap.times.length !== snap.path.length || !Array.from(snap.times).every(isTime))
    return `The save's choice times (${what}) do not match its choices.`;
  if (!isTime(snap.startedAt)) return `The save has no valid start time (${what}).`;
  return {
    seed: snap.seed as number,
    path: [...snap.path],
    times: [...(snap.times as number[])],
    startedAt: snap.startedAt,
  };
}

function checkV3(data: Record<string, unknown>): SaveRecord | string {
  if (typeof data.scenarioId !== 'string' || data.scenarioId === '')
    return 'The save does not say which scenario it belongs to.';
  if (typeof data.storyVersion !== 'string')
    return 'The save does not say which version of the story it was made with.';
  if (!isTime(data.savedAt)) return 'The save has no valid "savedAt" time.';
  const snapshot = checkSnapshot(data.snapshot, 'story position');
  if (typeof snapshot === 'string') return snapshot;
  const rawBranches = data.otherBranches ?? [];
  if (!Array.isArray(rawBranches) || rawBranches.length > 100) return "The save's other branches are not a list.";
  const otherBranches: SessionSnapshot[] = [];
  for (const raw of rawBranches) {
    const branch = checkSnapshot(raw, 'other branch');
    if (typeof branch === 'string') return branch;
    otherBranches.push(branch);
  }
  const notes = data.notes ?? {};
  if (!isRecord(notes) || !Object.values(notes).every((n) => typeof n === 'string'))
    return "The save's notes are not text.";
  if (data.label !== undefined && data.label !== null && typeof data.label !== 'string')
    return "The save's label is not text.";
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenarioId: data.scenarioId,
    storyVersion: data.storyVersion,
    snapshot,
    savedAt: data.savedAt,
    notes: { ...(notes as Record<string, string>) },
    label: typeof data.label === 'string' ? data.label : undefined,
    otherBranches,
  };
}

/** Parse save text (from a file or storage) without throwing. */
export function parseSaveText(text: string): { ok: true; data: unknown } | { ok: false; error: SaveError } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      error: { kind: 'corrupt', message: 'The save is not valid JSON: it may have been cut short or edited.' },
    };
  }
}
