// A facilitated group session as plain, versioned data: where the room is in the story (a path of choices),
// the votes at each decision point, what has been revealed, the timer and the branches explored.
// Pure: no DOM, no storage. Changes go through facilitator-actions.ts so every window applies the same ones.
import type { SessionPlan } from './session-plan.ts';
import type { Tallies } from './vote-tally.ts';

export const FACILITATOR_FORMAT = 'practice-paths/facilitated-session';
export const FACILITATOR_VERSION = 1;

/** Steps at one decision: the story so far, the options, a discussion pause, the room's vote. */
export type Phase = 'story' | 'options' | 'discuss' | 'vote';
/** What the audience screen shows around the story. */
export type Showing = 'welcome' | 'play' | 'map' | 'debrief';

export const PHASES: readonly Phase[] = ['story', 'options', 'discuss', 'vote'];
export const SHOWINGS: readonly Showing[] = ['welcome', 'play', 'map', 'debrief'];
export const TIMER_CHOICES_MINUTES: readonly number[] = [0, 1, 2, 3, 5, 10];
export const MAX_OPTIONS = 26;
export { MAX_HANDS } from './vote-tally.ts';

export interface PathRecord {
  /** Every option index chosen from the start, asides included (as in a PlaySession snapshot). */
  readonly path: readonly number[];
  /** Clock time (ms) of each choice. */
  readonly times: readonly number[];
}

export interface TimerState {
  /** Length of a discussion pause; 0 means no countdown. */
  readonly durationMs: number;
  /** When the countdown was last started; null while it is stopped. */
  readonly startedAt: number | null;
  /** Time left when it was last stopped (the full length after a reset). */
  readonly remainingMs: number;
}

export interface FacilitatorState {
  readonly format: typeof FACILITATOR_FORMAT;
  readonly version: typeof FACILITATOR_VERSION;
  readonly id: string;
  readonly scenarioId: string;
  /** Fingerprint of the story the path was made against. */
  readonly storyVersion: string;
  readonly seed: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Counts every change, so two windows can tell which of their states is newer. */
  readonly revision: number;
  /** The window that made the latest change; breaks ties when two windows change at once. */
  readonly writer: string;
  readonly position: PathRecord;
  readonly phase: Phase;
  readonly showing: Showing;
  /** Screens scrolled down on the audience screen in the current view. */
  readonly scroll: number;
  /** Where other branches the room explored end; the current position is never among them. */
  readonly explored: readonly PathRecord[];
  /** Hands raised per option (by option index) at each decision point, keyed by pointKey(). */
  readonly votes: Readonly<Record<string, readonly number[]>>;
  /** Each window's counts behind `votes`, merged across windows as increments (absent in older saves). */
  readonly tallies?: Tallies;
  /** The pacing plan chosen at setup (absent: every decision is discussed, as before plans existed). */
  readonly plan?: SessionPlan;
  /** Decision points the plan left to the trainer where the trainer opened a discussion all the same. */
  readonly opened?: readonly string[];
  /** The option shown large on the audience screen (by position), if any; cleared on every step. */
  readonly zoom?: number;
  readonly mappingsStartHidden: boolean;
  /** Decision points where the trainer has flipped the principle mapping from how it starts. */
  readonly revealToggled: readonly string[];
  readonly timer: TimerState;
  readonly blanked: boolean;
  readonly finishedAt: number | null;
}

export interface SessionSetup {
  readonly id: string;
  readonly scenarioId: string;
  readonly storyVersion: string;
  readonly seed: number;
  readonly timerMinutes: number;
  readonly mappingsStartHidden: boolean;
  readonly now: number;
  readonly writer: string;
  readonly plan?: SessionPlan;
}

export function createFacilitatorState(setup: SessionSetup): FacilitatorState {
  const durationMs = Math.max(0, Math.round(setup.timerMinutes * 60_000));
  return {
    format: FACILITATOR_FORMAT,
    version: FACILITATOR_VERSION,
    id: setup.id,
    scenarioId: setup.scenarioId,
    storyVersion: setup.storyVersion,
    seed: setup.seed,
    createdAt: setup.now,
    updatedAt: setup.now,
    revision: 0,
    writer: setup.writer,
    position: { path: [], times: [] },
    phase: 'story',
    showing: 'welcome',
    scroll: 0,
    explored: [],
    votes: {},
    tallies: {},
    ...(setup.plan ? { plan: setup.plan } : {}),
    opened: [],
    mappingsStartHidden: setup.mappingsStartHidden,
    revealToggled: [],
    timer: { durationMs, startedAt: null, remainingMs: durationMs },
    blanked: false,
    finishedAt: null,
  };
}

/** The key of the decision point reached by a path (before the choice there is made). */
export const pointKey = (path: readonly number[]): string => `p:${path.join('.')}`;

export const currentPoint = (state: FacilitatorState): string => pointKey(state.position.path);

export function isRevealed(state: FacilitatorState, point: string = currentPoint(state)): boolean {
  return state.mappingsStartHidden === state.revealToggled.includes(point);
}

export function votesAt(state: FacilitatorState, point: string = currentPoint(state)): readonly number[] {
  return state.votes[point] ?? [];
}

export const totalHands = (votes: readonly number[]): number => votes.reduce((sum, n) => sum + n, 0);

/** The option with the most hands, when one option alone has the most; undefined for no votes or a tie. */
export function majorityOf(votes: readonly number[]): number | undefined {
  const most = Math.max(0, ...votes);
  if (most === 0) return undefined;
  const leaders = votes.flatMap((n, i) => (n === most ? [i] : []));
  return leaders.length === 1 ? leaders[0] : undefined;
}

/** The options sharing the most hands (two or more means a tie). */
export function leadersOf(votes: readonly number[]): number[] {
  const most = Math.max(0, ...votes);
  return most === 0 ? [] : votes.flatMap((n, i) => (n === most ? [i] : []));
}

export function timerRemaining(timer: TimerState, now: number): number {
  if (timer.startedAt === null) return Math.max(0, timer.remainingMs);
  return Math.max(0, timer.remainingMs - Math.max(0, now - timer.startedAt));
}

export const timerRunning = (timer: TimerState, now: number): boolean =>
  timer.startedAt !== null && timerRemaining(timer, now) > 0;

/** Is `a` newer than `b`? Higher revision wins; at the same revision the higher writer id wins, so all windows agree. */
export function isNewer(
  a: Pick<FacilitatorState, 'revision' | 'writer'>,
  b: Pick<FacilitatorState, 'revision' | 'writer'>,
): boolean {
  return a.revision > b.revision || (a.revision === b.revision && a.writer > b.writer);
}

/** The option label the room sees: A, B, C… */
export const optionLetter = (index: number): string =>
  index >= 0 && index < MAX_OPTIONS ? String.fromCharCode(65 + index) : String(index + 1);
