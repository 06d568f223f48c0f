// A group session's pacing, read from the story: a sample path's decisions for the planner, which decisions
// along the room's path are discussed (the plan, plus any the trainer opened), and where the room stands
// against the plan ("decision 7 of 24 · about 38 minutes left").
import { pointKey, type FacilitatorState } from '../core/facilitator/facilitator-state.ts';
import {
  discussedAlong,
  pacing,
  planSession,
  SESSION_LENGTHS,
  type Pacing,
  type PlannedDecision,
  type SessionPlan,
} from '../core/facilitator/session-plan.ts';
import type { DecisionRecord, SessionView } from '../core/session/session-types.ts';
import type { StoryPlayback } from './story-playback.ts';

export { SESSION_LENGTHS } from '../core/facilitator/session-plan.ts';

/** Most choice points a sample path may pass before it is cut short (a story that loops). */
const PROBE_LIMIT = 400;

const planned = (d: Pick<DecisionRecord, 'stage' | 'options'>): PlannedDecision => ({
  stage: d.stage,
  key: d.options.some((o) => o.keyDecision),
});

/** The decisions of one path through the story (always the first option shown), for planning. */
export function sampleDecisions(playback: StoryPlayback, seed: number): PlannedDecision[] {
  const started = playback.start(seed);
  if (!started.ok) return [];
  const session = started.session;
  for (let step = 0; step < PROBE_LIMIT; step++) {
    const view = session.view();
    if (view.ended || view.error || view.options.length === 0) break;
    if (session.choose(0)) break;
  }
  return session.view().decisions.map(planned);
}

/** A plan for each session length over one sample path. */
export function plansFor(playback: StoryPlayback, seed: number, timerMinutes: number): SessionPlan[] {
  const decisions = sampleDecisions(playback, seed);
  return SESSION_LENGTHS.map((minutes) => planSession(minutes, decisions, timerMinutes));
}

/** Discussed or not, for each decision made on the room's path and then the one it is at (if any). */
export function discussedFlags(state: FacilitatorState, view: SessionView): boolean[] {
  const here = view.options.length > 0 && !view.options.every((o) => o.aside);
  const decisions = [
    ...view.decisions.map(planned),
    ...(here ? [planned({ stage: view.stage, options: view.options })] : []),
  ];
  if (!state.plan) return decisions.map(() => true);
  const opened = new Set(state.opened ?? []);
  const path = state.position.path;
  const steps = [...view.decisions.map((d) => d.step), path.length];
  return discussedAlong(
    state.plan,
    decisions,
    decisions.map((_, i) => opened.has(pointKey(path.slice(0, steps[i])))),
  );
}

/** Is the decision the room is at one it stops to discuss? */
export function discussedHere(state: FacilitatorState, view: SessionView): boolean {
  const flags = discussedFlags(state, view);
  return flags.length > view.decisions.length ? flags[flags.length - 1]! : true;
}

/** Where the room stands against its plan now; undefined for a session without one. */
export function pacingNow(state: FacilitatorState, view: SessionView, now: number): Pacing | undefined {
  if (!state.plan) return undefined;
  const made = discussedFlags(state, view).slice(0, view.decisions.length);
  return pacing(state.plan, made, now - state.createdAt);
}
