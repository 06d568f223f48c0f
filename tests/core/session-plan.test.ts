// The pacing planner and the vote tallies, as pure functions: how discussions spread over stages, what an
// older story without key decisions gets, the time left against the plan, and hands merged as increments.
import { describe, expect, it } from 'vitest';
import {
  discussedAlong,
  pacing,
  planSession,
  spreadOver,
  type PlannedDecision,
} from '../../src/core/facilitator/session-plan.ts';
import {
  addHand,
  clearedTally,
  mergeTally,
  tallyTotals,
  type PointTally,
} from '../../src/core/facilitator/vote-tally.ts';

const d = (stage: string, key = false): PlannedDecision => ({ stage, key });

describe('planSession', () => {
  it('gives each stage one discussion before any gets a second, and never more than its key decisions', () => {
    expect(spreadOver([2, 1, 2, 0], 3)).toEqual([1, 1, 1, 0]);
    expect(spreadOver([2, 1, 2, 0], 4)).toEqual([2, 1, 1, 0]);
    expect(spreadOver([2, 1, 2, 0], 9)).toEqual([2, 1, 2, 0]);
    // Fewer discussions than stages: spread from the first stage to the last.
    expect(spreadOver([1, 1, 1, 1, 1], 2)).toEqual([1, 0, 0, 0, 1]);
  });

  it('discusses key decisions in order while their stage has discussions left', () => {
    const path = [d('a', true), d('a', true), d('a'), d('b', true), d('b', true)];
    const plan = planSession(45, path, 3);
    expect(plan.stages).toEqual(['a', 'b']);
    expect(discussedAlong({ ...plan, quotas: [1, 1] }, path)).toEqual([true, false, false, true, false]);
    // The trainer opened the third one.
    expect(discussedAlong({ ...plan, quotas: [1, 1] }, path, [false, false, true])).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  it('lets an older story without key decisions still be planned, from all its decisions', () => {
    const path = Array.from({ length: 10 }, (_, i) => d(i < 5 ? 'a' : 'b'));
    const plan = planSession(60, path, 3);
    expect(plan.marked).toBe(false);
    expect(plan.discussed).toBeGreaterThan(0);
    expect(discussedAlong(plan, path).filter(Boolean)).toHaveLength(plan.discussed);
  });

  it('says how far behind or ahead of the plan the room is, and the minutes left', () => {
    const plan = planSession(
      60,
      Array.from({ length: 20 }, () => d('a', true)),
      3,
    );
    // Opening 10 minutes, then two discussions (4.5 each) and a pick (0.5): 19.5 minutes planned.
    expect(pacing(plan, [true, true, false], 24.5 * 60_000)).toEqual({
      decision: 4,
      of: 20,
      minutesLeft: 36,
      behind: 5,
    });
    expect(pacing(plan, [], 0).behind).toBe(-10);
  });
});

describe('vote tallies', () => {
  it('counts hands added in two windows at the same moment, and clearing wins over older rounds', () => {
    const base: PointTally = addHand(undefined, 'w1', 0, 1);
    const a = addHand(base, 'w1', 1, 1);
    const b = addHand(base, 'w2', 1, 1);
    expect(tallyTotals(mergeTally(a, b))).toEqual([1, 2]);
    expect(tallyTotals(mergeTally(b, a))).toEqual([1, 2]);
    expect(mergeTally(a, mergeTally(a, b))).toEqual(mergeTally(a, b));
    const cleared = clearedTally(a);
    expect(tallyTotals(mergeTally(cleared, b))).toEqual([]);
    expect(tallyTotals(addHand(addHand(undefined, 'w1', 0, 1), 'w2', 0, -1))).toEqual([0]);
  });
});
