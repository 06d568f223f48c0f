// The one rule for "explored" branches, used by solo play ("try this path instead") and group sessions
// (returning to an earlier decision): which path ends to keep when play moves from one path to another, and
// the list of branch ends explored so far. Paths are the authored option indices chosen, asides included. Pure.

/** A path through the story with the time of each choice. */
export interface PathRecord {
  readonly path: readonly number[];
  readonly times: readonly number[];
}

export function isPrefix(prefix: readonly number[], path: readonly number[]): boolean {
  return prefix.length <= path.length && prefix.every((n, i) => n === path[i]);
}

export const samePath = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && isPrefix(a, b);

/**
 * The explored branch ends after play moves from `from` to `to`: the place it leaves is kept unless it
 * lies on the way to somewhere already kept (or to `to`), and ends that `to` now runs through are dropped.
 */
export function exploredAfterMove(
  explored: readonly PathRecord[],
  from: PathRecord,
  to: readonly number[],
): PathRecord[] {
  const kept = explored.filter((e) => !isPrefix(e.path, to));
  const leftBehind = from.path.length > 0 && !isPrefix(from.path, to) && !kept.some((e) => isPrefix(from.path, e.path));
  return leftBehind ? [...kept.filter((e) => !isPrefix(e.path, from.path)), copy(from)] : kept;
}

/** Every branch end, the explored ones first in the order explored and the current position last. */
export function branchEnds(explored: readonly PathRecord[], position: PathRecord): PathRecord[] {
  const ends = explored.filter((e) => !isPrefix(e.path, position.path));
  return [...ends, position];
}

function copy(record: PathRecord): PathRecord {
  return { path: [...record.path], times: [...record.times] };
}
