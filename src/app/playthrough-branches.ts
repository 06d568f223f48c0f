// The branches of one solo playthrough, for its debrief and branch map: each path explored (by the rule of
// core/session/explored-paths) replayed once through the story playback, and the path being played, last.
import { branchEnds, type PathRecord } from '../core/session/explored-paths.ts';
import type { SessionSnapshot, SessionView } from '../core/session/session-types.ts';
import type { ExploredBranch, StoryPlayback } from './story-playback.ts';

export const CURRENT_BRANCH_ID = 'current';

/** An explored path as a snapshot of the playthrough it belongs to (same seed and start). */
export function snapshotAt(end: PathRecord, current: SessionSnapshot): SessionSnapshot {
  return { seed: current.seed, startedAt: current.startedAt, path: [...end.path], times: [...end.times] };
}

/** Every branch, the current one last (id CURRENT_BRANCH_ID), with its decisions and ending. */
export function playthroughBranches(
  playback: StoryPlayback,
  explored: readonly PathRecord[],
  current: SessionSnapshot,
  view: SessionView,
): ExploredBranch[] {
  const ends = branchEnds(explored, current);
  return ends.map((end, index) =>
    index === ends.length - 1
      ? {
          id: CURRENT_BRANCH_ID,
          path: current.path,
          decisions: view.decisions,
          ending: view.ending,
          endingTitle: view.endingTitle,
        }
      : playback.branch(`b${index}`, snapshotAt(end, current)),
  );
}
