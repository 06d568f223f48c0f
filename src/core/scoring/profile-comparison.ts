// Compares this playthrough's principle profile with earlier playthroughs of the same scenario.
import type { PrincipleTally } from './tallies.ts';

export interface PrincipleComparison {
  readonly principle: string;
  readonly now: { readonly supported: number; readonly undermined: number };
  /** The mean over earlier playthroughs, or undefined when there were none. */
  readonly before: { readonly supported: number; readonly undermined: number } | undefined;
}

/** A tally as the history keeps it: the counts, without where they happened. */
export type TallyCounts = Pick<PrincipleTally, 'principle' | 'supported' | 'undermined'>;

export function compareProfiles(
  now: readonly TallyCounts[],
  earlier: readonly (readonly TallyCounts[])[],
): PrincipleComparison[] {
  return now.map((tally) => {
    const past = earlier
      .map((profile) => profile.find((t) => t.principle === tally.principle))
      .filter((t): t is TallyCounts => t !== undefined);
    const mean = (pick: (t: TallyCounts) => number) =>
      Math.round((past.reduce((sum, t) => sum + pick(t), 0) / past.length) * 10) / 10;
    return {
      principle: tally.principle,
      now: { supported: tally.supported, undermined: tally.undermined },
      before:
        past.length === 0 ? undefined : { supported: mean((t) => t.supported), undermined: mean((t) => t.undermined) },
    };
  });
}
