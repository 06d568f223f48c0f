// The bookmark a learning platform keeps for a learner (SCORM suspend_data, the cmi5 State API): which scenario,
// the seed that fixes the option order, and the choice path. Compact and versioned; decoding never throws.

/** SCORM 1.2's limit on cmi.suspend_data (CMIString4096). */
export const SCORM12_SUSPEND_LIMIT = 4096;

export interface Bookmark {
  readonly scenarioId: string;
  /** The story's fingerprint (8 hex digits) the path was taken against. */
  readonly storyVersion: string;
  /** Fixes the order the options are shown in. */
  readonly seed: number;
  readonly startedAt: number;
  readonly savedAt: number;
  /** Every option index chosen (authored order), asides included. */
  readonly path: readonly number[];
  /** The path reached an ending. */
  readonly ended: boolean;
}

const PREFIX = 'pp1';
const SEP = '|';
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const VERSION = /^[0-9a-f]{8}$/;
const NUMBER = /^[0-9a-z]{1,11}$/;
/** An index below 36 is one base-36 digit; larger (up to 1295) is `_` and two digits. */
const MAX_INDEX = 36 * 36 - 1;

function encodePath(path: readonly number[]): string {
  return path.map((i) => (i < 36 ? i.toString(36) : `_${i.toString(36).padStart(2, '0')}`)).join('');
}

function decodePath(text: string): number[] | undefined {
  const path: number[] = [];
  for (let at = 0; at < text.length;) {
    const wide = text[at] === '_';
    const digits = wide ? text.slice(at + 1, at + 3) : text.slice(at, at + 1);
    if (!/^[0-9a-z]+$/.test(digits) || (wide && digits.length !== 2)) return undefined;
    path.push(parseInt(digits, 36));
    at += wide ? 3 : 1;
  }
  return path;
}

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** The bookmark as text; throws only on a state no playthrough can have (a negative or huge index). */
export function encodeBookmark(state: Bookmark): string {
  if (!ID.test(state.scenarioId)) throw new RangeError(`Scenario id "${state.scenarioId}" cannot be bookmarked.`);
  if (!VERSION.test(state.storyVersion)) throw new RangeError('The story version must be 8 hex digits.');
  if (![state.seed, state.startedAt, state.savedAt].every(isCount)) throw new RangeError('Bad seed or time.');
  if (!state.path.every((i) => Number.isInteger(i) && i >= 0 && i <= MAX_INDEX))
    throw new RangeError('A choice index is out of range.');
  return [
    PREFIX,
    state.scenarioId,
    state.storyVersion,
    state.seed.toString(36),
    state.startedAt.toString(36),
    state.savedAt.toString(36),
    state.ended ? 'e' : 'p',
    encodePath(state.path),
  ].join(SEP);
}

/** The bookmark in `text`, or undefined when it is not one this version can read (never throws). */
export function decodeBookmark(text: unknown): Bookmark | undefined {
  if (typeof text !== 'string' || text.length > SCORM12_SUSPEND_LIMIT * 4) return undefined;
  const parts = text.split(SEP);
  if (parts.length !== 8 || parts[0] !== PREFIX) return undefined;
  const [, scenarioId = '', storyVersion = '', seed = '', startedAt = '', savedAt = '', ended = '', path = ''] = parts;
  if (!ID.test(scenarioId) || !VERSION.test(storyVersion)) return undefined;
  if (![seed, startedAt, savedAt].every((n) => NUMBER.test(n)) || (ended !== 'e' && ended !== 'p')) return undefined;
  const choices = decodePath(path);
  const numbers = [seed, startedAt, savedAt].map((n) => parseInt(n, 36));
  if (!choices || !numbers.every(isCount)) return undefined;
  const [seedN = 0, startedN = 0, savedN = 0] = numbers;
  return {
    scenarioId,
    storyVersion,
    seed: seedN,
    startedAt: startedN,
    savedAt: savedN,
    path: choices,
    ended: ended === 'e',
  };
}

/**
 * The longest bookmark a scenario's path can make (largest seed and times a playthrough can have), for checking a
 * package against SCORM 1.2's 4,096 characters: `longestBookmarkLength(id, longestPath) < SCORM12_SUSPEND_LIMIT`.
 */
export function longestBookmarkLength(scenarioId: string, path: readonly number[]): number {
  const far = Number.MAX_SAFE_INTEGER;
  return encodeBookmark({
    scenarioId,
    storyVersion: 'ffffffff',
    seed: far,
    startedAt: far,
    savedAt: far,
    path,
    ended: true,
  }).length;
}
