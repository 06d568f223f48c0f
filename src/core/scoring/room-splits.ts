// Where a room split: of the decisions on the group's path with hands recorded, the most divided (the option
// with most hands had the smallest share), for the group debrief's slide. Pure.

export interface VotedDecision {
  readonly ordinal: number;
  readonly votes: readonly number[];
  readonly chosen: number;
}

export interface RoomSplit {
  readonly ordinal: number;
  readonly votes: readonly number[];
  readonly chosen: number;
  /** The share of hands the leading option had, 0 to 1. */
  readonly leadShare: number;
}

/** Up to `count` decisions where hands went to two or more options, most divided first (then in story order). */
export function roomSplits(decisions: readonly VotedDecision[], count = 3): RoomSplit[] {
  return decisions
    .map((d) => {
      const total = d.votes.reduce((sum, n) => sum + n, 0);
      const voted = d.votes.filter((n) => n > 0).length;
      return { d, total, voted, leadShare: total > 0 ? Math.max(...d.votes) / total : 1 };
    })
    .filter((x) => x.total > 0 && x.voted >= 2)
    .sort((a, b) => a.leadShare - b.leadShare || a.d.ordinal - b.d.ordinal)
    .slice(0, count)
    .map(({ d, leadShare }) => ({ ordinal: d.ordinal, votes: d.votes, chosen: d.chosen, leadShare }));
}
