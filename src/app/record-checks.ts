// What each kind of stored record must look like to be read: one check per kind, used when the game loads a
// record (an unreadable one is set aside) and when a backup is imported (an unreadable one refuses the file,
// through record-readable.ts, which loads with the backup).
import { OWN_SCENARIOS_KEY } from './own-scenarios.ts';
import { NOTICE_KEY, PROFILES_KEY, SETTINGS_KEY } from './storage-keys.ts';

export type RecordKind =
  | 'profile-list'
  | 'settings'
  | 'notice'
  | 'own-scenarios'
  | 'autosave'
  | 'slot'
  | 'history'
  | 'set-aside'
  | 'group-session'
  | 'other';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isShortText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

export function recordKindOf(key: string): RecordKind {
  if (key === PROFILES_KEY) return 'profile-list';
  if (key === SETTINGS_KEY) return 'settings';
  if (key === NOTICE_KEY) return 'notice';
  if (key === OWN_SCENARIOS_KEY) return 'own-scenarios';
  if (key.startsWith('set-aside:')) return 'set-aside';
  if (key.startsWith('facilitator:session:')) return 'group-session';
  if (/^profile:[^:]+:autosave:[^:]+$/.test(key)) return 'autosave';
  if (/^profile:[^:]+:slot:\d+$/.test(key)) return 'slot';
  if (/^profile:[^:]+:history$/.test(key)) return 'history';
  return 'other';
}

/** A finished playthrough in a profile's history: the fields the menu and the debrief read. */
export function isFinishedEntry(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.scenarioId === 'string' &&
    typeof value.endedAt === 'number' &&
    Array.isArray(value.profile)
  );
}

/** A named slot as the slot list reads it (a full read happens when it is loaded). */
export function isSlotLike(value: unknown): boolean {
  return isObject(value) && typeof value.scenarioId === 'string' && typeof value.savedAt === 'number';
}

/** One of a trainer's own scenarios: what the menu shows, and compiled ink it can play. */
export function isOwnScenarioEntry(value: unknown): boolean {
  if (!isObject(value)) return false;
  const fields =
    isShortText(value.id, 200) &&
    /^[^\s:]+$/.test(value.id) &&
    isShortText(value.title, 1000) &&
    value.title.trim() !== '' &&
    (value.summary === undefined || isShortText(value.summary, 10_000)) &&
    (value.contentNote === undefined || value.contentNote === null || isShortText(value.contentNote, 10_000)) &&
    (value.lengthMinutes === undefined || value.lengthMinutes === null || typeof value.lengthMinutes === 'number') &&
    (value.files === undefined || (Array.isArray(value.files) && value.files.every((f) => isShortText(f, 1000)))) &&
    typeof value.addedAt === 'number' &&
    typeof value.json === 'string';
  return fields && isCompiledInk(value.json as string);
}

function isCompiledInk(json: string): boolean {
  try {
    const data: unknown = JSON.parse(json);
    return isObject(data) && typeof data.inkVersion === 'number' && Array.isArray(data.root);
  } catch {
    return false;
  }
}
