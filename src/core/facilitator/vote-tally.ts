// Hands at a decision as counts that merge: each window keeps its own running counts of hands added and
// taken away, which only grow, so two windows clicking at the same moment both count (merge = the larger of
// each count). Clearing starts a new round that wins over the old one. Pure.

/** The most hands one option can hold. */
export const MAX_HANDS = 999;

/** One window's counts at one decision, by option: hands added and hands taken away. */
export interface WindowCounts {
  readonly up: readonly number[];
  readonly down: readonly number[];
}

export interface PointTally {
  /** Rises each time the hands are cleared; a higher round wins. */
  readonly round: number;
  readonly by: Readonly<Record<string, WindowCounts>>;
}

/** Tallies by decision point (pointKey). */
export type Tallies = Readonly<Record<string, PointTally>>;

const EMPTY: WindowCounts = { up: [], down: [] };

const bump = (list: readonly number[], option: number): number[] =>
  Array.from({ length: Math.max(list.length, option + 1) }, (_, i) => (list[i] ?? 0) + (i === option ? 1 : 0));

const larger = (a: readonly number[], b: readonly number[]): number[] =>
  Array.from({ length: Math.max(a.length, b.length) }, (_, i) => Math.max(a[i] ?? 0, b[i] ?? 0));

/** The hands per option: every window's additions less its removals, never below 0 nor above MAX_HANDS. */
export function tallyTotals(tally: PointTally | undefined): number[] {
  if (!tally) return [];
  const totals: number[] = [];
  for (const counts of Object.values(tally.by)) {
    const length = Math.max(counts.up.length, counts.down.length);
    for (let i = 0; i < length; i++) totals[i] = (totals[i] ?? 0) + (counts.up[i] ?? 0) - (counts.down[i] ?? 0);
  }
  return Array.from(totals, (n) => Math.max(0, Math.min(MAX_HANDS, n)));
}

/** A hand added (1) or taken away (-1) for `option` by `writer`. */
export function addHand(tally: PointTally | undefined, writer: string, option: number, change: 1 | -1): PointTally {
  const base = tally ?? { round: 0, by: {} };
  const mine = base.by[writer] ?? EMPTY;
  const counts = change === 1 ? { ...mine, up: bump(mine.up, option) } : { ...mine, down: bump(mine.down, option) };
  return { round: base.round, by: { ...base.by, [writer]: counts } };
}

/** Clear the hands: a new round with no counts. */
export const clearedTally = (tally: PointTally | undefined): PointTally => ({ round: (tally?.round ?? 0) + 1, by: {} });

/** Merge two windows' tallies at one point: the later round, or within one round the larger of each count. */
export function mergeTally(a: PointTally | undefined, b: PointTally | undefined): PointTally | undefined {
  if (!a || !b) return a ?? b;
  if (a.round !== b.round) return a.round > b.round ? a : b;
  const by: Record<string, WindowCounts> = { ...a.by };
  for (const [writer, counts] of Object.entries(b.by)) {
    const other = by[writer];
    by[writer] = other ? { up: larger(other.up, counts.up), down: larger(other.down, counts.down) } : counts;
  }
  return { round: a.round, by };
}

export function mergeTallies(a: Tallies, b: Tallies): Tallies {
  const merged: Record<string, PointTally> = { ...a };
  for (const [point, tally] of Object.entries(b)) merged[point] = mergeTally(a[point], tally)!;
  return merged;
}

const isCountList = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);

/** Whether stored or received data is a well-formed set of tallies. */
export function isTallies(v: unknown): v is Tallies {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v as Record<string, unknown>).every((t) => {
    if (typeof t !== 'object' || t === null) return false;
    const { round, by } = t as { round?: unknown; by?: unknown };
    if (typeof round !== 'number' || !Number.isInteger(round) || round < 0) return false;
    if (typeof by !== 'object' || by === null || Array.isArray(by)) return false;
    return Object.values(by as Record<string, unknown>).every(
      (c) =>
        typeof c === 'object' &&
        c !== null &&
        isCountList((c as WindowCounts).up) &&
        isCountList((c as WindowCounts).down),
    );
  });
}
