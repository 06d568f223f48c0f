// One scenario's story, loaded once for a playthrough or a group session: its compiled JSON and fingerprint,
// a seed for a new playthrough, sessions started or restored from it, and replays of other paths (branches,
// "what comes next", "which decisions led here"), cached by path because a path always replays the same way.
import type { Clock } from '../core/ports.ts';
import { storyVersion } from '../core/save/story-version.ts';
import { influenceSteps, type EndingInfluence, type EndingReached } from '../core/scoring/ending-influences.ts';
import type { Branch } from '../core/session/branch-tree.ts';
import { PlaySession, type SessionResult, type StorySource } from '../core/session/play-session.ts';
import type { DecisionRecord, SessionSnapshot, SessionView } from '../core/session/session-types.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';

export type PlaybackResult =
  { readonly ok: true; readonly playback: StoryPlayback } | { readonly ok: false; readonly error: string };
export type ReplayResult =
  { readonly ok: true; readonly view: SessionView } | { readonly ok: false; readonly error: string };

/** A branch explored in a playthrough or a session, with the path that leads to it. */
export interface ExploredBranch extends Branch {
  readonly path: readonly number[];
  readonly endingTitle: string | undefined;
}

const pathKey = (snapshot: Pick<SessionSnapshot, 'seed' | 'path'>): string =>
  `${snapshot.seed}:${snapshot.path.join('.')}`;

export class StoryPlayback {
  private readonly replays = new Map<string, ReplayResult>();
  private readonly influences = new Map<string, EndingInfluence | undefined>();

  private constructor(
    readonly scenario: ScenarioEntry,
    private readonly source: StorySource & { readonly json: string },
    private readonly clock: Clock,
  ) {}

  /** Load a scenario's story; a story that cannot be loaded comes back as a message naming it. */
  static async load(scenario: ScenarioEntry, principleIds: ReadonlySet<string>, clock: Clock): Promise<PlaybackResult> {
    try {
      const json = await scenario.load();
      return { ok: true, playback: new StoryPlayback(scenario, { json, principleIds }, clock) };
    } catch (error) {
      return {
        ok: false,
        error: `The scenario "${scenario.title}" could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  /** The story's fingerprint, for reading saves made against it. */
  get version(): string {
    return storyVersion(this.source.json);
  }

  get principleIds(): ReadonlySet<string> {
    return this.source.principleIds;
  }

  /** A seed for a new playthrough: options are shown in an order drawn from it. */
  newSeed(): number {
    return Math.floor(this.clock.now() % 100000) + 1;
  }

  start(seed: number): SessionResult {
    return PlaySession.start(this.source, this.clock, seed);
  }

  restore(snapshot: SessionSnapshot): SessionResult {
    return PlaySession.restore(this.source, snapshot, this.clock);
  }

  /** The story as it stands after a path, replayed once and then remembered. */
  replay(snapshot: SessionSnapshot): ReplayResult {
    const key = pathKey(snapshot);
    const known = this.replays.get(key);
    if (known) return known;
    const restored = this.restore(snapshot);
    const result: ReplayResult = restored.ok
      ? { ok: true, view: restored.session.view() }
      : { ok: false, error: restored.error };
    this.replays.set(key, result);
    return result;
  }

  /** A branch ending at `snapshot`, with its decisions and ending; a path that no longer replays has none. */
  branch(id: string, snapshot: SessionSnapshot): ExploredBranch {
    const replayed = this.replay(snapshot);
    const view = replayed.ok ? replayed.view : undefined;
    return {
      id,
      path: [...snapshot.path],
      decisions: view?.decisions ?? [],
      ending: view?.ending,
      endingTitle: view?.endingTitle,
    };
  }

  /**
   * What would have happened at one decision of a finished path (see core/scoring/ending-influences), a road
   * not taken at a time; remembered once done.
   */
  *influence(
    snapshot: SessionSnapshot,
    decisions: readonly DecisionRecord[],
    ordinal: number,
    reached?: EndingReached,
  ): Generator<void, EndingInfluence | undefined, void> {
    const key = `${pathKey(snapshot)}#${ordinal}`;
    if (!this.influences.has(key))
      this.influences.set(key, yield* influenceSteps(this.source, snapshot, decisions, ordinal, this.clock, reached));
    return this.influences.get(key);
  }
}
