// Every change to a facilitated session as an action, and the one pure reducer that applies it. Both windows
// (audience and presenter) apply the same actions, so they reach the same state. Actions carry their time.
import { exploredAfterMove, samePath } from './facilitator-branches.ts';
import {
  currentPoint,
  isRevealed,
  MAX_HANDS,
  MAX_OPTIONS,
  timerRemaining,
  type FacilitatorState,
  type Phase,
  type Showing,
  type TimerState,
} from './facilitator-state.ts';
import { addHand, clearedTally, tallyTotals, type PointTally } from './vote-tally.ts';

export type TimerCommand = 'start' | 'pause' | 'reset';

export type FacilitatorAction =
  /** Take an option at the current point; `phase` is where the next point opens (worked out by the caller). */
  | { readonly type: 'choose'; readonly option: number; readonly phase: Phase; readonly at: number }
  /** Move to any position (back a step, an earlier decision, another branch). */
  | {
      readonly type: 'go-to';
      readonly path: readonly number[];
      readonly times: readonly number[];
      readonly phase: Phase;
      readonly at: number;
    }
  | { readonly type: 'phase'; readonly phase: Phase; readonly at: number }
  | { readonly type: 'show'; readonly showing: Showing; readonly at: number }
  | { readonly type: 'scroll'; readonly by: 1 | -1; readonly at: number }
  | { readonly type: 'vote'; readonly option: number; readonly change: 1 | -1; readonly at: number }
  | { readonly type: 'clear-votes'; readonly at: number }
  | { readonly type: 'reveal'; readonly revealed: boolean; readonly at: number }
  | { readonly type: 'timer'; readonly command: TimerCommand; readonly at: number }
  | { readonly type: 'timer-length'; readonly minutes: number; readonly at: number }
  | { readonly type: 'blank'; readonly blanked: boolean; readonly at: number }
  /** Show one option large on the audience screen, or all of them again (undefined). */
  | { readonly type: 'zoom'; readonly option: number | undefined; readonly at: number }
  | { readonly type: 'finish'; readonly at: number };

/** Apply one action; `writer` is the window that made it. Returns the same state when the action changes nothing. */
export function reduceFacilitator(
  state: FacilitatorState,
  action: FacilitatorAction,
  writer: string,
): FacilitatorState {
  const next = apply(state, action, writer);
  return next === state
    ? state
    : { ...next, revision: state.revision + 1, writer, updatedAt: Math.max(state.updatedAt, action.at) };
}

function apply(state: FacilitatorState, action: FacilitatorAction, writer: string): FacilitatorState {
  switch (action.type) {
    case 'choose': {
      if (!validIndex(action.option)) return state;
      const path = [...state.position.path, action.option];
      return moveTo(state, { path, times: [...state.position.times, action.at] }, action.phase);
    }
    case 'go-to':
      if (
        !action.path.every(validIndex) ||
        (samePath(action.path, state.position.path) && action.phase === state.phase && state.showing === 'play')
      )
        return state;
      return moveTo(
        state,
        { path: [...action.path], times: action.path.map((_, i) => action.times[i] ?? action.at) },
        action.phase,
      );
    case 'phase':
      if (action.phase === state.phase) return state;
      return {
        ...withOpened(unzoomed(state), action.phase),
        phase: action.phase,
        scroll: 0,
        timer: action.phase === 'discuss' ? startFresh(state.timer, action.at) : state.timer,
      };
    case 'show':
      return action.showing === state.showing ? state : { ...unzoomed(state), showing: action.showing, scroll: 0 };
    case 'scroll':
      return state.scroll + action.by < 0 ? state : { ...state, scroll: state.scroll + action.by };
    case 'vote':
      return vote(state, action.option, action.change, writer);
    case 'clear-votes':
      return clearVotes(state);
    case 'reveal': {
      if (isRevealed(state) === action.revealed) return state;
      const point = currentPoint(state);
      const toggled = state.revealToggled.includes(point)
        ? state.revealToggled.filter((p) => p !== point)
        : [...state.revealToggled, point];
      return { ...state, revealToggled: toggled, scroll: 0 };
    }
    case 'timer': {
      const timer = runTimer(state.timer, action.command, action.at);
      return timer === state.timer ? state : { ...state, timer };
    }
    case 'timer-length': {
      const durationMs = Math.round(Math.max(0, Math.min(60, action.minutes)) * 60_000);
      if (!Number.isFinite(durationMs) || durationMs === state.timer.durationMs) return state;
      return { ...state, timer: { durationMs, startedAt: null, remainingMs: durationMs } };
    }
    case 'blank':
      return action.blanked === state.blanked ? state : { ...state, blanked: action.blanked };
    case 'zoom':
      if (action.option === state.zoom || (action.option !== undefined && !validIndex(action.option))) return state;
      return action.option === undefined ? unzoomed(state) : { ...state, zoom: action.option };
    case 'finish':
      return state.finishedAt === null ? { ...state, finishedAt: action.at, showing: 'debrief', scroll: 0 } : state;
  }
}

function moveTo(state: FacilitatorState, to: { path: number[]; times: number[] }, phase: Phase): FacilitatorState {
  return {
    ...unzoomed(state),
    explored: exploredAfterMove(state.explored, state.position, to.path),
    position: to,
    phase,
    showing: 'play',
    scroll: 0,
    timer: { ...state.timer, startedAt: null, remainingMs: state.timer.durationMs },
  };
}

function vote(state: FacilitatorState, option: number, change: 1 | -1, writer: string): FacilitatorState {
  if (!validIndex(option)) return state;
  const point = currentPoint(state);
  const count = state.votes[point]?.[option] ?? 0;
  if ((change === -1 && count === 0) || (change === 1 && count >= MAX_HANDS)) return state;
  const tallies = state.tallies ?? {};
  // A session saved before tallies began carries its hands over as this window's counts.
  const tally = tallies[point] ?? seededTally(state.votes[point] ?? [], writer);
  return withTally(state, point, addHand(tally, writer, option, change));
}

function clearVotes(state: FacilitatorState): FacilitatorState {
  const point = currentPoint(state);
  if (!(point in state.votes) && !(point in (state.tallies ?? {}))) return state;
  const { [point]: _cleared, ...votes } = state.votes;
  return { ...state, votes, tallies: { ...state.tallies, [point]: clearedTally(state.tallies?.[point]) } };
}

/** The state with one point's tally replaced and its hands worked out again. */
export function withTally(state: FacilitatorState, point: string, tally: PointTally): FacilitatorState {
  const totals = tallyTotals(tally);
  const { [point]: _old, ...others } = state.votes;
  return {
    ...state,
    tallies: { ...state.tallies, [point]: tally },
    votes: totals.some((n) => n > 0) || point in state.votes ? { ...others, [point]: totals } : others,
  };
}

const seededTally = (votes: readonly number[], writer: string): PointTally => ({
  round: 0,
  by: votes.some((n) => n > 0) ? { [writer]: { up: [...votes], down: [] } } : {},
});

function unzoomed(state: FacilitatorState): FacilitatorState {
  if (state.zoom === undefined) return state;
  const { zoom: _zoom, ...rest } = state;
  return rest;
}

/** Going to the discussion or the vote at a decision the plan left to the trainer opens it for the room. */
function withOpened(state: FacilitatorState, phase: Phase): FacilitatorState {
  const point = currentPoint(state);
  const opened = state.opened ?? [];
  if (!state.plan || (phase !== 'discuss' && phase !== 'vote') || opened.includes(point)) return state;
  return { ...state, opened: [...opened, point] };
}

function startFresh(timer: TimerState, at: number): TimerState {
  return timer.durationMs > 0 ? { durationMs: timer.durationMs, startedAt: at, remainingMs: timer.durationMs } : timer;
}

function runTimer(timer: TimerState, command: TimerCommand, at: number): TimerState {
  switch (command) {
    case 'start': {
      if (timer.durationMs === 0 || timer.startedAt !== null) return timer;
      const remainingMs = timer.remainingMs > 0 ? timer.remainingMs : timer.durationMs;
      return { ...timer, startedAt: at, remainingMs };
    }
    case 'pause':
      return timer.startedAt === null ? timer : { ...timer, startedAt: null, remainingMs: timerRemaining(timer, at) };
    case 'reset':
      return timer.startedAt === null && timer.remainingMs === timer.durationMs
        ? timer
        : { ...timer, startedAt: null, remainingMs: timer.durationMs };
  }
}

const validIndex = (n: number): boolean => Number.isInteger(n) && n >= 0 && n < MAX_OPTIONS;
