// The story of a group session replayed away from where the room is, through the session's StoryPlayback
// (which caches each path): the branches explored (for the map and the debrief), where the room lands when
// it returns to a point, and the first words after each option (for the presenter).
import { entryPhase } from '../core/facilitator/facilitator-flow.ts';
import { pointKey, type FacilitatorState, type PathRecord, type Phase } from '../core/facilitator/facilitator-state.ts';
import type { GroupBranch } from '../core/facilitator/group-debrief.ts';
import { pageHasText, scenePage } from '../core/session/scene-page.ts';
import type { PlaySession } from '../core/session/play-session.ts';
import type { SessionSnapshot } from '../core/session/session-types.ts';
import type { StoryPlayback } from './story-playback.ts';

const PREVIEW_LENGTH = 160;

export class FacilitatorReplays {
  constructor(private readonly playback: StoryPlayback) {}

  /** An explored branch ending at `end`, with its decisions. */
  branch(state: FacilitatorState, end: PathRecord): GroupBranch {
    return this.playback.branch(`b-${pointKey(end.path)}`, snapshotOf(state, end));
  }

  /** Where the room lands when returning to `target`: a decision on the way reopens at its vote. */
  returnPhase(state: FacilitatorState, target: PathRecord, midBranch: boolean): { phase: Phase } | { error: string } {
    const trial = this.playback.replay(snapshotOf(state, target));
    if (!trial.ok) return { error: trial.error };
    const view = trial.view;
    const decision = !view.ended && !view.error && view.options.some((o) => !o.aside);
    if (decision && midBranch) return { phase: 'vote' };
    return { phase: entryPhase(decision ? 'decision' : 'aside', pageHasText(view)) };
  }

  /** The first words the story shows after the option at this position, at the room's point, for the presenter. */
  preview(state: FacilitatorState, position: number): string | undefined {
    const here = this.playback.replay(snapshotOf(state, state.position));
    const option = here.ok ? here.view.options[position] : undefined;
    if (!option) return undefined;
    const { path, times } = state.position;
    const after = this.playback.replay(
      snapshotOf(state, { path: [...path, option.index], times: [...times, state.createdAt] }),
    );
    const first = after.ok ? scenePage(after.view).lines[0]?.text : undefined;
    return first
      ? `Then: ${first.length > PREVIEW_LENGTH ? `${first.slice(0, PREVIEW_LENGTH - 3)}…` : first}`
      : undefined;
  }
}

/**
 * Bring a session to a position: back to the part of the path it shares, then forward along the rest
 * (each step by the story's own option index, so A–D stay where the room saw them). Says where it stopped fitting.
 */
export function followPath(session: PlaySession, position: PathRecord, startedAt: number): string | undefined {
  const { path, times } = position;
  const mine = session.snapshot().path;
  let shared = 0;
  while (shared < mine.length && shared < path.length && mine[shared] === path[shared]) shared++;
  if (shared < mine.length) session.rewindToStep(shared);
  for (let i = shared; i < path.length; i++) {
    const problem = session.chooseAuthored(path[i]!, times[i] ?? startedAt);
    if (problem) return `choice ${i + 1}: ${problem}`;
  }
  return undefined;
}

const snapshotOf = (state: FacilitatorState, record: PathRecord): SessionSnapshot => ({
  seed: state.seed,
  path: record.path,
  times: record.times,
  startedAt: state.createdAt,
});
