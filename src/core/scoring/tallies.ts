// Per-principle tallies from a playthrough's decisions: how often supported and undermined, and where.
// There is deliberately no total score: the principles are of equal weight.
import type { DecisionRecord } from '../session/session-types.ts';

export interface PrincipleTally {
  readonly principle: string;
  readonly supported: number;
  readonly undermined: number;
  /** Ordinals of the decisions whose chosen option supported it. */
  readonly supportedAt: readonly number[];
  readonly underminedAt: readonly number[];
}

/** One tally per principle id, in the order given, including principles never touched. */
export function tallyPrinciples(
  decisions: readonly DecisionRecord[],
  principleIds: readonly string[],
): PrincipleTally[] {
  return principleIds.map((principle) => {
    const supportedAt: number[] = [];
    const underminedAt: number[] = [];
    for (const decision of decisions) {
      const chosen = decision.options[decision.chosen];
      if (!chosen) continue;
      if (chosen.supports.includes(principle)) supportedAt.push(decision.ordinal);
      if (chosen.undermines.includes(principle)) underminedAt.push(decision.ordinal);
    }
    return { principle, supported: supportedAt.length, undermined: underminedAt.length, supportedAt, underminedAt };
  });
}
