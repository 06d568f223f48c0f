// The debrief as plain data: the per-principle profile, every decision with the option taken and the
// roads not taken, and the ending. No grade and no total: each principle stands on its own.
import { principleById, type PrincipleCatalogue } from '../principles/principle-catalogue.ts';
import type { DecisionRecord, OptionRecord, SessionView } from '../session/session-types.ts';
import { tallyPrinciples, type PrincipleTally } from './tallies.ts';

export interface DebriefDecision {
  readonly ordinal: number;
  readonly stage: string | undefined;
  readonly situation: readonly string[];
  readonly chosen: OptionRecord;
  readonly notTaken: readonly OptionRecord[];
  readonly at: number;
}

export interface PrincipleProfile extends PrincipleTally {
  readonly name: string;
  readonly short: string;
  readonly feels: string;
  /** One or two sentences on what the choices meant for this principle. */
  readonly reading: string;
}

export interface Debrief {
  readonly ending: string | undefined;
  /** The ending's title (`ending-title:`), when the story gives one. */
  readonly endingTitle: string | undefined;
  readonly profile: readonly PrincipleProfile[];
  readonly decisions: readonly DebriefDecision[];
  readonly mapped: boolean;
}

export function buildDebrief(
  view: Pick<SessionView, 'decisions' | 'ending'> & Partial<Pick<SessionView, 'endingTitle'>>,
  catalogue: PrincipleCatalogue,
): Debrief {
  const tallies = tallyPrinciples(
    view.decisions,
    catalogue.principles.map((p) => p.id),
  );
  const profile = tallies.map((tally) => {
    const principle = principleById(catalogue, tally.principle);
    return {
      ...tally,
      name: principle.name,
      short: principle.short,
      feels: principle.feels,
      reading: readTally(tally),
    };
  });
  const mapped = view.decisions.some((d) => d.options.some((o) => o.supports.length > 0 || o.undermines.length > 0));
  return {
    ending: view.ending,
    endingTitle: view.endingTitle,
    profile,
    decisions: view.decisions.map(toDebriefDecision),
    mapped,
  };
}

function toDebriefDecision(decision: DecisionRecord): DebriefDecision {
  return {
    ordinal: decision.ordinal,
    stage: decision.stage,
    situation: decision.situation,
    chosen: decision.options[decision.chosen]!,
    notTaken: decision.options.filter((_, i) => i !== decision.chosen && !decision.options[i]!.aside),
    at: decision.at,
  };
}

/** Plain words for a tally: describes the pattern, never grades it. */
export function readTally(tally: PrincipleTally): string {
  const { supported: s, undermined: u } = tally;
  const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
  if (s === 0 && u === 0)
    return 'None of your choices bore directly on this principle. Looking at the roads not taken may show where it could have come in.';
  if (u === 0) return `Your choices supported this principle ${times(s)} and never strained it.`;
  if (s === 0)
    return `Your choices strained this principle ${times(u)} and did not support it. The decisions below show where, and what another option might have meant.`;
  return `Your choices supported this principle ${times(s)} and strained it ${times(u)}: a sign of the trade-offs practice involves. The decisions below show where each happened.`;
}
