// The turning points of a playthrough: the decisions whose roads not taken would have changed the ending most
// (from the counterfactual replays of ending-influences), topped up, when fewer decisions changed the ending,
// by those whose other options would have moved the principles most. Pure data; the view words it.
import type { OptionRecord } from '../session/session-types.ts';
import type { DebriefDecision } from './debrief-model.ts';
import type { EndingInfluence, EndingReached } from './ending-influences.ts';

export interface TurningPoint {
  readonly ordinal: number;
  readonly stage: string | undefined;
  readonly chosen: OptionRecord;
  /** The road not taken to try: one that changes the ending when there is one. */
  readonly instead: OptionRecord;
  /** Where that road would have ended; undefined when it ends in the same place (a turn in the principles only). */
  readonly wouldEnd: EndingReached | undefined;
  /** How many of the roads not taken here would have changed the ending. */
  readonly endingChanges: number;
}

const net = (o: OptionRecord): number => o.supports.length - o.undermines.length;

/** How far the principles would have moved had `instead` been taken rather than `chosen`. */
export function principleSwing(chosen: OptionRecord, instead: OptionRecord): number {
  const added = instead.supports.filter((p) => !chosen.supports.includes(p)).length;
  const eased = chosen.undermines.filter((p) => !instead.undermines.includes(p)).length;
  const lost = chosen.supports.filter((p) => !instead.supports.includes(p)).length;
  const strained = instead.undermines.filter((p) => !chosen.undermines.includes(p)).length;
  return added + eased + lost + strained + Math.abs(net(instead) - net(chosen));
}

interface Candidate extends TurningPoint {
  readonly endings: number;
  readonly swing: number;
}

function candidate(decision: DebriefDecision, influence: EndingInfluence | undefined): Candidate | undefined {
  const changed = influence?.changedBy ?? [];
  const byText = (text: string) => decision.notTaken.find((o) => o.text === text);
  const changing = changed.map((c) => ({ option: byText(c.optionText), ending: c })).filter((c) => c.option);
  const widest = [...decision.notTaken].sort(
    (a, b) => principleSwing(decision.chosen, b) - principleSwing(decision.chosen, a),
  )[0];
  const first = changing[0];
  const instead = first?.option ?? widest;
  if (!instead) return undefined;
  return {
    ordinal: decision.ordinal,
    stage: decision.stage,
    chosen: decision.chosen,
    instead,
    wouldEnd: first ? { ending: first.ending.ending, endingTitle: first.ending.endingTitle } : undefined,
    endingChanges: changing.length,
    endings: new Set(changing.map((c) => c.ending.ending)).size,
    swing: principleSwing(decision.chosen, instead),
  };
}

/**
 * The `count` decisions that turned this playthrough most: first those where more roads not taken would have
 * changed the ending (then more different endings, then a wider swing in the principles, then the earlier),
 * then, to make up the number, those whose roads not taken would have moved the principles most.
 */
export function turningPoints(
  decisions: readonly DebriefDecision[],
  influences: readonly EndingInfluence[],
  count = 3,
): TurningPoint[] {
  const byOrdinal = new Map(influences.map((i) => [i.ordinal, i]));
  const all = decisions
    .map((d) => candidate(d, byOrdinal.get(d.ordinal)))
    .filter((c): c is Candidate => c !== undefined);
  const ranked = all.sort(
    (a, b) => b.endingChanges - a.endingChanges || b.endings - a.endings || b.swing - a.swing || a.ordinal - b.ordinal,
  );
  return ranked.slice(0, count).map(({ endings: _endings, swing: _swing, ...point }) => point);
}
