// Path arithmetic for a facilitated session: which branch ends to keep when the room moves, and the list of
// branches (ends of paths) explored so far. Pure.
import type { PathRecord } from './facilitator-state.ts';

export function isPrefix(prefix: readonly number[], path: readonly number[]): boolean {
  return prefix.length <= path.length && prefix.every((n, i) => n === path[i]);
}

export const samePath = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && isPrefix(a, b);

/**
 * The explored branch ends after the room moves from `from` to `to`: the place it leaves is kept unless it
 * lies on the way to somewhere already kept (or to `to`), and ends that `to` now runs through are dropped.
 */
export function exploredAfterMove(explored: readonly PathRecord[], from: PathRecord, to: readonly number[]): PathRecord[] {
  const kept = explored.filter((e) => !isPrefix(e.path, to));
  const leftBehind = from.path.length > 0 && !isPrefix(from.path, to) && !kept.some((e) => isPrefix(from.path, e.path));
  const withFrom = leftBehind ? [...kept.filter((e) => !isPrefix(e.path, from.path)), copy(from)] : kept;
  return withFrom;
}

/** Every branch end, the explored ones first in the order explored and the current position last. */
export function branchEnds(explored: readonly PathRecord[], position: PathRecord): PathRecord[] {
  const ends = explored.filter((e) => !isPrefix(e.path, position.path));
  return [...ends, position];
}

function copy(record: PathRecord): PathRecord {
  return { path: [...record.path], times: [...record.times] };
}
