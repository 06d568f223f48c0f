// The facilitated session model, pure: votes, reveal, timer, moving (rewind and branches), clicker flow,
// reading saved data, and the group debrief and its Markdown.
import { describe, expect, it } from 'vitest';
import { reduceFacilitator, type FacilitatorAction } from '../../src/core/facilitator/facilitator-actions.ts';
import { branchEnds, exploredAfterMove } from '../../src/core/facilitator/facilitator-branches.ts';
import { planAdvance, planBack, viewKey, type PointInfo } from '../../src/core/facilitator/facilitator-flow.ts';
import { readFacilitatorState } from '../../src/core/facilitator/facilitator-record.ts';
import {
  createFacilitatorState,
  isNewer,
  isRevealed,
  majorityOf,
  optionLetter,
  pointKey,
  timerRemaining,
  votesAt,
  type FacilitatorState,
} from '../../src/core/facilitator/facilitator-state.ts';

const T0 = 1_700_000_000_000;
const fresh = (overrides: Partial<Parameters<typeof createFacilitatorState>[0]> = {}): FacilitatorState =>
  createFacilitatorState({
    id: 's1',
    scenarioId: 'first-shift',
    storyVersion: 'v1',
    seed: 7,
    timerMinutes: 2,
    mappingsStartHidden: true,
    now: T0,
    writer: 'w-audience',
    ...overrides,
  });

const run = (state: FacilitatorState, actions: FacilitatorAction[], writer = 'w-audience'): FacilitatorState =>
  actions.reduce((s, a) => reduceFacilitator(s, a, writer), state);

const decisionPoint = (overrides: Partial<PointInfo> = {}): PointInfo => ({
  kind: 'decision',
  optionCount: 3,
  hasText: true,
  previous: undefined,
  ...overrides,
});

describe('facilitated session state', () => {
  it('starts on the welcome screen, hidden mappings, a stopped timer, and revision 0', () => {
    const state = fresh();
    expect(state).toMatchObject({
      showing: 'welcome',
      phase: 'story',
      revision: 0,
      position: { path: [] },
      blanked: false,
      finishedAt: null,
    });
    expect(state.timer).toEqual({ durationMs: 120_000, startedAt: null, remainingMs: 120_000 });
    expect(isRevealed(state)).toBe(false);
  });

  it('adds and removes hands per option at the current decision point, never below zero', () => {
    let s = run(fresh(), [
      { type: 'vote', option: 0, change: 1, at: T0 },
      { type: 'vote', option: 0, change: 1, at: T0 },
      { type: 'vote', option: 2, change: 1, at: T0 },
      { type: 'vote', option: 2, change: -1, at: T0 },
    ]);
    expect(votesAt(s)).toEqual([2, 0, 0]);
    expect(s.revision).toBe(4);
    const before = s;
    s = reduceFacilitator(s, { type: 'vote', option: 1, change: -1, at: T0 }, 'w');
    expect(s).toBe(before);
    s = run(s, [{ type: 'vote', option: 30, change: 1, at: T0 }]);
    expect(s).toBe(before);
    s = run(s, [{ type: 'clear-votes', at: T0 }]);
    expect(votesAt(s)).toEqual([]);
  });

  it('finds a majority only when one option alone has the most hands', () => {
    expect(majorityOf([3, 1, 0])).toBe(0);
    expect(majorityOf([2, 2, 1])).toBeUndefined();
    expect(majorityOf([0, 0])).toBeUndefined();
    expect(majorityOf([])).toBeUndefined();
    expect(optionLetter(3)).toBe('D');
  });

  it('keeps votes per decision point: moving on and back finds the room’s hands as they were', () => {
    let s = run(fresh(), [
      { type: 'vote', option: 1, change: 1, at: T0 },
      { type: 'choose', option: 1, phase: 'story', at: T0 + 1 },
    ]);
    expect(votesAt(s)).toEqual([]);
    s = run(s, [{ type: 'vote', option: 0, change: 1, at: T0 + 2 }]);
    expect(s.votes).toEqual({ [pointKey([])]: [0, 1], [pointKey([1])]: [1] });
    s = run(s, [{ type: 'go-to', path: [], times: [], phase: 'vote', at: T0 + 3 }]);
    expect(votesAt(s)).toEqual([0, 1]);
    expect(s.phase).toBe('vote');
  });

  it('hides the mapping until revealed, per decision point, and can start revealed instead', () => {
    let s = run(fresh(), [{ type: 'reveal', revealed: true, at: T0 }]);
    expect(isRevealed(s)).toBe(true);
    s = run(s, [{ type: 'choose', option: 0, phase: 'story', at: T0 }]);
    expect(isRevealed(s)).toBe(false);
    expect(isRevealed(s, pointKey([]))).toBe(true);
    const open = fresh({ mappingsStartHidden: false });
    expect(isRevealed(open)).toBe(true);
    expect(isRevealed(run(open, [{ type: 'reveal', revealed: false, at: T0 }]))).toBe(false);
  });

  it('starts the countdown when the discussion pause opens, pauses, resumes and resets it when the room moves on', () => {
    let s = run(fresh(), [
      { type: 'phase', phase: 'options', at: T0 },
      { type: 'phase', phase: 'discuss', at: T0 + 1000 },
    ]);
    expect(timerRemaining(s.timer, T0 + 31_000)).toBe(90_000);
    s = run(s, [{ type: 'timer', command: 'pause', at: T0 + 31_000 }]);
    expect(timerRemaining(s.timer, T0 + 500_000)).toBe(90_000);
    s = run(s, [{ type: 'timer', command: 'start', at: T0 + 600_000 }]);
    expect(timerRemaining(s.timer, T0 + 690_000)).toBe(0);
    s = run(s, [{ type: 'choose', option: 0, phase: 'story', at: T0 + 700_000 }]);
    expect(s.timer).toEqual({ durationMs: 120_000, startedAt: null, remainingMs: 120_000 });
    expect(run(fresh({ timerMinutes: 0 }), [{ type: 'phase', phase: 'discuss', at: T0 }]).timer.startedAt).toBeNull();
    expect(run(s, [{ type: 'timer-length', minutes: 5, at: T0 }]).timer.remainingMs).toBe(300_000);
  });

  it('blanks and unblanks, and scrolls only downwards from the top', () => {
    const s = run(fresh(), [{ type: 'blank', blanked: true, at: T0 }]);
    expect(s.blanked).toBe(true);
    expect(run(s, [{ type: 'scroll', by: -1, at: T0 }])).toBe(s);
    expect(run(s, [{ type: 'scroll', by: 1, at: T0 }]).scroll).toBe(1);
  });

  it('orders states by revision, then by writer, so two windows settle on the same one', () => {
    expect(isNewer({ revision: 3, writer: 'a' }, { revision: 2, writer: 'z' })).toBe(true);
    expect(isNewer({ revision: 3, writer: 'b' }, { revision: 3, writer: 'a' })).toBe(true);
    expect(isNewer({ revision: 3, writer: 'a' }, { revision: 3, writer: 'a' })).toBe(false);
  });
});

describe('rewinding and the branches explored', () => {
  const at = (path: number[]) => ({ path, times: path.map(() => T0) });

  it('keeps the end of a branch when the room goes back and takes another option', () => {
    let s = run(fresh(), [
      { type: 'choose', option: 0, phase: 'story', at: T0 },
      { type: 'choose', option: 0, phase: 'story', at: T0 },
      { type: 'choose', option: 2, phase: 'story', at: T0 },
      { type: 'go-to', path: [], times: [], phase: 'vote', at: T0 },
    ]);
    expect(s.explored.map((e) => e.path)).toEqual([[0, 0, 2]]);
    s = run(s, [{ type: 'choose', option: 1, phase: 'story', at: T0 }]);
    expect(branchEnds(s.explored, s.position).map((e) => e.path)).toEqual([[0, 0, 2], [1]]);
    s = run(s, [{ type: 'go-to', path: [0, 0], times: [T0, T0], phase: 'vote', at: T0 }]);
    expect(branchEnds(s.explored, s.position).map((e) => e.path)).toEqual([[0, 0, 2], [1], [0, 0]]);
  });

  it('does not keep a point that lies on the way to somewhere already kept, or where the room is going', () => {
    expect(exploredAfterMove([at([0, 1, 2])], at([0, 1]), [0])).toEqual([at([0, 1, 2])]);
    expect(exploredAfterMove([], at([0, 1]), [0, 1, 0])).toEqual([]);
    expect(exploredAfterMove([at([0, 1])], at([0, 1, 0]), [2]).map((e) => e.path)).toEqual([[0, 1, 0]]);
    expect(exploredAfterMove([at([2])], at([0]), [2, 1]).map((e) => e.path)).toEqual([[0]]);
  });
});

describe('the clicker: next and back', () => {
  it('goes from the welcome screen through story, options, discussion and vote, then takes the majority', () => {
    let s = fresh();
    const steps: string[] = [];
    for (let i = 0; i < 4; i++) {
      const plan = planAdvance(s, decisionPoint(), false, T0);
      if (plan.kind !== 'act') throw new Error(`unexpected ${plan.kind}`);
      s = reduceFacilitator(s, plan.action, 'w');
      steps.push(`${s.showing}:${s.phase}`);
    }
    expect(steps).toEqual(['play:story', 'play:options', 'play:discuss', 'play:vote']);
    expect(planAdvance(s, decisionPoint(), false, T0)).toEqual({ kind: 'blocked', reason: 'no-votes', leaders: [] });
    s = run(s, [
      { type: 'vote', option: 1, change: 1, at: T0 },
      { type: 'vote', option: 2, change: 1, at: T0 },
    ]);
    expect(planAdvance(s, decisionPoint(), false, T0)).toEqual({ kind: 'blocked', reason: 'tie', leaders: [1, 2] });
    s = run(s, [{ type: 'vote', option: 2, change: 1, at: T0 }]);
    expect(planAdvance(s, decisionPoint(), false, T0)).toEqual({ kind: 'choose', option: 2 });
  });

  it('scrolls first when the audience screen has more below, and unblanks before anything else', () => {
    const s = run(fresh(), [{ type: 'show', showing: 'play', at: T0 }]);
    expect(planAdvance(s, decisionPoint(), true, T0)).toMatchObject({ kind: 'act', action: { type: 'scroll', by: 1 } });
    const blank = run(s, [{ type: 'blank', blanked: true, at: T0 }]);
    expect(planAdvance(blank, decisionPoint(), true, T0)).toMatchObject({
      kind: 'act',
      action: { type: 'blank', blanked: false },
    });
    expect(planBack(blank, decisionPoint(), T0)).toMatchObject({
      kind: 'act',
      action: { type: 'blank', blanked: false },
    });
    expect(viewKey(s)).not.toBe(viewKey(run(s, [{ type: 'scroll', by: 1, at: T0 }])));
  });

  it('takes a lone "Continue", waits for the trainer when there are several asides, and opens the debrief at the end', () => {
    const s = run(fresh(), [{ type: 'show', showing: 'play', at: T0 }]);
    expect(planAdvance(s, decisionPoint({ kind: 'aside', optionCount: 1 }), false, T0)).toEqual({
      kind: 'choose',
      option: 0,
    });
    expect(planAdvance(s, decisionPoint({ kind: 'aside', optionCount: 2 }), false, T0)).toMatchObject({
      kind: 'blocked',
      reason: 'pick-aside',
    });
    expect(planAdvance(s, decisionPoint({ kind: 'end', optionCount: 0 }), false, T0)).toMatchObject({
      kind: 'act',
      action: { type: 'show', showing: 'debrief' },
    });
  });

  it('steps back a phase, then to the previous decision’s vote, then to the welcome screen', () => {
    let s = run(fresh(), [
      { type: 'show', showing: 'play', at: T0 },
      { type: 'phase', phase: 'options', at: T0 },
    ]);
    expect(planBack(s, decisionPoint(), T0)).toMatchObject({ action: { type: 'phase', phase: 'story' } });
    expect(
      planBack(s, decisionPoint({ hasText: false, previous: { path: [0], times: [T0], wasDecision: true } }), T0),
    ).toMatchObject({ action: { type: 'go-to', path: [0], phase: 'vote' } });
    s = run(s, [{ type: 'phase', phase: 'story', at: T0 }]);
    expect(planBack(s, decisionPoint(), T0)).toMatchObject({ action: { type: 'show', showing: 'welcome' } });
    expect(planBack(run(s, [{ type: 'show', showing: 'map', at: T0 }]), decisionPoint(), T0)).toMatchObject({
      action: { type: 'show', showing: 'play' },
    });
  });
});

describe('reading a saved session', () => {
  it('reads back what it wrote and says why damaged or newer data cannot be read', () => {
    const s = run(fresh(), [
      { type: 'vote', option: 0, change: 1, at: T0 },
      { type: 'choose', option: 0, phase: 'story', at: T0 },
    ]);
    expect(readFacilitatorState(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, state: s });
    expect(readFacilitatorState({ ...s, version: 9 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version/),
    });
    expect(readFacilitatorState({ ...s, votes: { x: [-1] } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/votes/),
    });
    expect(readFacilitatorState({ ...s, position: { path: [0], times: [] } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/position/),
    });
    expect(readFacilitatorState('nonsense')).toMatchObject({ ok: false });
  });
});
