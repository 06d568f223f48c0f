// Which decisions moved each principle, and the principles that stood out: the most supported and the most
// strained, each with one of the player's own decisions to illustrate it. Pure data; the view words it.
import type { Debrief, DebriefDecision, PrincipleProfile } from './debrief-model.ts';

export interface PrincipleMove {
  readonly ordinal: number;
  readonly chosenText: string;
  /** The reason the story gives for the option taken. */
  readonly why: string | undefined;
}

export interface PrincipleEvidence {
  readonly principle: string;
  readonly name: string;
  readonly supportedBy: readonly PrincipleMove[];
  readonly strainedBy: readonly PrincipleMove[];
}

export interface StandoutPrinciple {
  readonly principle: string;
  readonly name: string;
  readonly count: number;
  /** The decision that shows it best: one in the principle's own stage with a reason, if there is one. */
  readonly example: PrincipleMove;
}

export interface Standouts {
  readonly supported: StandoutPrinciple | undefined;
  readonly strained: StandoutPrinciple | undefined;
}

const move = (d: DebriefDecision): PrincipleMove => ({
  ordinal: d.ordinal,
  chosenText: d.chosen.text,
  why: d.chosen.why,
});

/** For every principle, in catalogue order, the decisions whose option taken supported it and strained it. */
export function principleEvidence(debrief: Debrief): PrincipleEvidence[] {
  return debrief.profile.map((p) => ({
    principle: p.principle,
    name: p.name,
    supportedBy: debrief.decisions.filter((d) => d.chosen.supports.includes(p.principle)).map(move),
    strainedBy: debrief.decisions.filter((d) => d.chosen.undermines.includes(p.principle)).map(move),
  }));
}

function example(debrief: Debrief, principle: string, ordinals: readonly number[]): PrincipleMove | undefined {
  const decisions = ordinals
    .map((n) => debrief.decisions.find((d) => d.ordinal === n))
    .filter((d): d is DebriefDecision => d !== undefined);
  const score = (d: DebriefDecision) => (d.stage === principle ? 2 : 0) + (d.chosen.why ? 1 : 0);
  const best = [...decisions].sort((a, b) => score(b) - score(a) || a.ordinal - b.ordinal)[0];
  return best ? move(best) : undefined;
}

function pick(
  debrief: Debrief,
  count: (p: PrincipleProfile) => number,
  other: (p: PrincipleProfile) => number,
  at: (p: PrincipleProfile) => readonly number[],
  except?: string,
): StandoutPrinciple | undefined {
  const ranked = debrief.profile
    .filter((p) => count(p) > 0 && p.principle !== except)
    .sort((a, b) => count(b) - count(a) || other(a) - other(b));
  const top = ranked[0];
  const shown = top && example(debrief, top.principle, at(top));
  return top && shown ? { principle: top.principle, name: top.name, count: count(top), example: shown } : undefined;
}

/** The most supported principle and the most strained (another one), each with an example decision. */
export function standoutPrinciples(debrief: Debrief): Standouts {
  const supported = pick(
    debrief,
    (p) => p.supported,
    (p) => p.undermined,
    (p) => p.supportedAt,
  );
  const strained = pick(
    debrief,
    (p) => p.undermined,
    (p) => p.supported,
    (p) => p.underminedAt,
    supported?.principle,
  );
  return { supported, strained };
}
