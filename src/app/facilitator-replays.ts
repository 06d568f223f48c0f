// The story of a group session replayed away from where the room is: the branches explored (for the map and
// the debrief), a point to return to, and where each option leads (for the presenter). Cached by path, as
// a path always replays the same way.
import type { Clock } from '../core/ports.ts';
import { entryPhase } from '../core/facilitator/facilitator-flow.ts';
import { pointKey, type FacilitatorState, type PathRecord, type Phase } from '../core/facilitator/facilitator-state.ts';
import type { GroupBranch } from '../core/facilitator/group-debrief.ts';
import { PlaySession, type SessionResult, type StorySource } from '../core/session/play-session.ts';

export class FacilitatorReplays {
  private readonly branches = new Map<string, GroupBranch>();
  private readonly previews = new Map<string, string | undefined>();

  constructor(
    private readonly source: StorySource,
    private readonly clock: Clock,
  ) {}

  /** The story as it stands after `record.path` in this session. */
  at(state: FacilitatorState, record: PathRecord): SessionResult {
    return PlaySession.restore(this.source, { seed: state.seed, path: record.path, times: record.times, startedAt: state.createdAt }, this.clock);
  }

  /** An explored branch ending at `end`, with its decisions. */
  branch(state: FacilitatorState, end: PathRecord): GroupBranch {
    const key = pointKey(end.path);
    const cached = this.branches.get(key);
    if (cached) return cached;
    const restored = this.at(state, end);
    const view = restored.ok ? restored.session.view() : undefined;
    const branch = { id: `b-${key}`, path: [...end.path], decisions: view?.decisions ?? [], ending: view?.ending };
    this.branches.set(key, branch);
    return branch;
  }

  /** Where the room lands when returning to `target`: a decision on the way reopens at its vote. */
  returnPhase(state: FacilitatorState, target: PathRecord, midBranch: boolean): { phase: Phase } | { error: string } {
    const trial = this.at(state, target);
    if (!trial.ok) return { error: trial.error };
    const view = trial.session.view();
    const decision = !view.ended && !view.error && view.options.some((o) => !o.aside);
    if (decision && midBranch) return { phase: 'vote' };
    return { phase: entryPhase(decision ? 'decision' : 'aside', view.transcript.some((l) => l.step === view.step && l.text !== '')) };
  }

  /** The first words the story shows after `option` at the room's position, for the presenter. */
  preview(state: FacilitatorState, option: number): string | undefined {
    const key = `${pointKey(state.position.path)}#${option}`;
    if (this.previews.has(key)) return this.previews.get(key);
    const trial = this.at(state, state.position);
    let text: string | undefined;
    if (trial.ok && !trial.session.choose(option)) {
      const view = trial.session.view();
      const first = view.transcript.find((line) => line.step === view.step && line.text !== '')?.text;
      text = first ? `Then: ${first.length > 160 ? `${first.slice(0, 157)}…` : first}` : undefined;
    }
    this.previews.set(key, text);
    return text;
  }
}
