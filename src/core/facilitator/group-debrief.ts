// The group debrief as plain data: the path the room followed with the hands raised at each decision, the
// branches explored, and the principle profile of the room's path (the solo debrief model, reused). Pure.
import type { PrincipleCatalogue } from '../principles/principle-catalogue.ts';
import { buildDebrief, type Debrief } from '../scoring/debrief-model.ts';
import type { DecisionRecord, OptionRecord } from '../session/session-types.ts';
import { isRevealed, leadersOf, majorityOf, pointKey, totalHands, type FacilitatorState } from './facilitator-state.ts';

export interface GroupBranch {
  readonly id: string;
  readonly path: readonly number[];
  readonly decisions: readonly DecisionRecord[];
  readonly ending: string | undefined;
  readonly endingTitle: string | undefined;
}

/** How the choice made relates to the room's vote. */
export type WithRoom = 'followed' | 'chose-other' | 'tie' | 'no-vote';

export interface GroupDecision {
  readonly ordinal: number;
  readonly stage: string | undefined;
  readonly situation: readonly string[];
  readonly options: readonly OptionRecord[];
  readonly chosen: number;
  /** Hands per option, one entry per option offered. */
  readonly votes: readonly number[];
  readonly hands: number;
  readonly majority: number | undefined;
  readonly withRoom: WithRoom;
  /** Whether the mapping was shown to the room during the session. */
  readonly revealed: boolean;
  readonly point: string;
}

export interface GroupDebrief {
  readonly decisions: readonly GroupDecision[];
  readonly debrief: Debrief;
  readonly branches: readonly {
    readonly id: string;
    readonly decisions: number;
    readonly ending: string | undefined;
    readonly endingTitle: string | undefined;
    readonly current: boolean;
  }[];
  readonly votedDecisions: number;
  readonly followedRoom: number;
}

/** Every decision along a path with its votes; `path` is the branch's full path of choices. */
export function decisionsWithVotes(
  state: FacilitatorState,
  path: readonly number[],
  decisions: readonly DecisionRecord[],
): GroupDecision[] {
  return decisions.map((d) => {
    const point = pointKey(path.slice(0, d.step));
    const stored = state.votes[point] ?? [];
    const votes = d.options.map((_, i) => stored[i] ?? 0);
    const majority = majorityOf(votes);
    const hands = totalHands(votes);
    const withRoom: WithRoom =
      hands === 0
        ? 'no-vote'
        : majority === undefined
          ? leadersOf(votes).includes(d.chosen)
            ? 'tie'
            : 'chose-other'
          : majority === d.chosen
            ? 'followed'
            : 'chose-other';
    return {
      ordinal: d.ordinal,
      stage: d.stage,
      situation: d.situation,
      options: d.options,
      chosen: d.chosen,
      votes,
      hands,
      majority,
      withRoom,
      revealed: isRevealed(state, point),
      point,
    };
  });
}

/** `branches` lists every branch explored; the one with id `currentId` is the path the room is on. */
export function buildGroupDebrief(
  state: FacilitatorState,
  branches: readonly GroupBranch[],
  currentId: string,
  catalogue: PrincipleCatalogue,
): GroupDebrief {
  const current = branches.find((b) => b.id === currentId);
  const decisions = current ? decisionsWithVotes(state, current.path, current.decisions) : [];
  return {
    decisions,
    debrief: buildDebrief(
      { decisions: current?.decisions ?? [], ending: current?.ending, endingTitle: current?.endingTitle },
      catalogue,
    ),
    branches: branches.map((b) => ({
      id: b.id,
      decisions: b.decisions.length,
      ending: b.ending,
      endingTitle: b.endingTitle,
      current: b.id === currentId,
    })),
    votedDecisions: decisions.filter((d) => d.hands > 0).length,
    followedRoom: decisions.filter((d) => d.withRoom === 'followed').length,
  };
}
