// Compares this playthrough's principle profile with earlier playthroughs of the same scenario.
import type { PrincipleTally } from './tallies.ts';

export interface PrincipleComparison {
  readonly principle: string;
  readonly now: { readonly supported: number; readonly undermined: number };
  /** The mean over earlier playthroughs, or undefined when there were none. */
  readonly before: { readonly supported: number; readonly undermined: number } | undefined;
}

export function compareProfiles(now: readonly PrincipleTally[], earlier: readonly (readonly PrincipleTally[])[]): PrincipleComparison[] {
  return now.map((tally) => {
    const past = earlier.map((profile) => profile.find((t) => t.principle === tally.principle)).filter((t): t is PrincipleTally => t !== undefined);
    const mean = (pick: (t: PrincipleTally) => number) => Math.round((past.reduce((sum, t) => sum + pick(t), 0) / past.length) * 10) / 10;
    return {
      principle: tally.principle,
      now: { supported: tally.supported, undermined: tally.undermined },
      before: past.length === 0 ? undefined : { supported: mean((t) => t.supported), undermined: mean((t) => t.undermined) },
    };
  });
}
