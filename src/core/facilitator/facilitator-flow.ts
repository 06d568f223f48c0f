// What "next" and "back" mean for a room moving through the story with a clicker: story → options →
// discussion pause → vote → the room's choice, and back again, a step at a time. Pure planning: the caller
// knows the story (what kind of point this is) and carries the plan out.
import type { FacilitatorAction } from './facilitator-actions.ts';
import {
  currentPoint,
  isRevealed,
  leadersOf,
  majorityOf,
  votesAt,
  type FacilitatorState,
  type Phase,
} from './facilitator-state.ts';

export type PointKind = 'decision' | 'aside' | 'end' | 'stopped';

export interface PointInfo {
  readonly kind: PointKind;
  readonly optionCount: number;
  /** Whether the story shows any new words at this point (else it opens straight on the options). */
  readonly hasText: boolean;
  /** At a decision: whether the room stops to discuss and vote (else the trainer picks); true without a plan. */
  readonly discussed?: boolean;
  /** The choice point before this one, to step back to. */
  readonly previous:
    { readonly path: readonly number[]; readonly times: readonly number[]; readonly wasDecision: boolean } | undefined;
}

export type BlockedReason =
  'no-votes' | 'tie' | 'pick-aside' | 'trainer-picks' | 'stopped' | 'session-end' | 'session-start';

export type Plan =
  | { readonly kind: 'act'; readonly action: FacilitatorAction }
  | { readonly kind: 'choose'; readonly option: number }
  | { readonly kind: 'blocked'; readonly reason: BlockedReason; readonly leaders: readonly number[] };

const NEXT: Record<Phase, Phase | undefined> = {
  story: 'options',
  options: 'discuss',
  discuss: 'vote',
  vote: undefined,
};
const PREVIOUS: Record<Phase, Phase | undefined> = {
  story: undefined,
  options: 'story',
  discuss: 'options',
  vote: 'discuss',
};

const act = (action: FacilitatorAction): Plan => ({ kind: 'act', action });
const blocked = (reason: BlockedReason, leaders: readonly number[] = []): Plan => ({
  kind: 'blocked',
  reason,
  leaders,
});

/** Where a newly reached point opens. */
export function entryPhase(kind: PointKind, hasText: boolean): Phase {
  return kind === 'decision' && !hasText ? 'options' : 'story';
}

/** The phase to show when returning to a point: decisions reopen at the vote, with the room's hands as they were. */
export function returnPhase(wasDecision: boolean): Phase {
  return wasDecision ? 'vote' : 'story';
}

/** "Next": scroll the audience screen if it has more below, else move on one step. */
export function planAdvance(state: FacilitatorState, point: PointInfo, moreBelow: boolean, at: number): Plan {
  if (state.blanked) return act({ type: 'blank', blanked: false, at });
  if (moreBelow) return act({ type: 'scroll', by: 1, at });
  switch (state.showing) {
    case 'welcome':
    case 'map':
      return act({ type: 'show', showing: 'play', at });
    case 'debrief':
      return blocked('session-end');
    case 'play':
      break;
  }
  switch (point.kind) {
    case 'stopped':
      return blocked('stopped');
    case 'end':
      return act({ type: 'show', showing: 'debrief', at });
    case 'aside':
      return point.optionCount === 1 ? { kind: 'choose', option: 0 } : blocked('pick-aside');
    case 'decision': {
      if (point.discussed === false && state.phase === 'options') return blocked('trainer-picks');
      const next = NEXT[state.phase];
      if (next) return act({ type: 'phase', phase: next, at });
      const votes = votesAt(state);
      const majority = majorityOf(votes);
      if (majority !== undefined && majority < point.optionCount) return { kind: 'choose', option: majority };
      return leadersOf(votes).length > 1 ? blocked('tie', leadersOf(votes)) : blocked('no-votes');
    }
  }
}

/** "Back": unblank, scroll up, leave the map or debrief, go back a phase, or step back to the previous point. */
export function planBack(state: FacilitatorState, point: PointInfo, at: number): Plan {
  if (state.blanked) return act({ type: 'blank', blanked: false, at });
  if (state.scroll > 0) return act({ type: 'scroll', by: -1, at });
  switch (state.showing) {
    case 'welcome':
      return blocked('session-start');
    case 'map':
    case 'debrief':
      return act({ type: 'show', showing: 'play', at });
    case 'play':
      break;
  }
  const previousPhase = point.kind === 'decision' ? PREVIOUS[state.phase] : undefined;
  if (previousPhase && !(previousPhase === 'story' && !point.hasText))
    return act({ type: 'phase', phase: previousPhase, at });
  if (!point.previous) return act({ type: 'show', showing: 'welcome', at });
  return act({
    type: 'go-to',
    path: point.previous.path,
    times: point.previous.times,
    phase: returnPhase(point.previous.wasDecision),
    at,
  });
}

/** Identifies what the audience screen is showing, so a report of "more below" is matched to the right view. */
export function viewKey(state: FacilitatorState): string {
  return [state.showing, state.phase, currentPoint(state), state.scroll, isRevealed(state) ? 'shown' : 'hidden'].join(
    '|',
  );
}
