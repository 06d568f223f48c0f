// One scenario's story, loaded once for a playthrough or a group session: its compiled JSON and fingerprint,
// a seed for a new playthrough, sessions started or restored from it, and replays of other paths (branches,
// "what comes next", "which decisions led here"), cached by path because a path always replays the same way.
// A new playthrough may start on the story's first part (options without their reasons, core/story/story-parts)
// while the whole story loads: `whole()` swaps it in, and everything that reads reasons waits for it.
import type { Clock } from '../core/ports.ts';
import { storyVersion } from '../core/save/story-version.ts';
import { wholeStory } from '../core/story/story-parts.ts';
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

export interface LoadOptions {
  /** Start from the story's first part when it comes in two (a new solo playthrough); the whole story otherwise. */
  readonly firstPartFirst?: boolean;
}

const failedToLoad = (scenario: ScenarioEntry, error: unknown): string =>
  `The scenario "${scenario.title}" could not be loaded: ${error instanceof Error ? error.message : String(error)}`;

export class StoryPlayback {
  private readonly replays = new Map<string, ReplayResult>();
  private readonly influences = new Map<string, EndingInfluence | undefined>();
  private source: StorySource & { readonly json: string };
  /** Loads the whole story while only the first part is here. */
  private rest: (() => Promise<string>) | undefined;
  private loadingRest: Promise<string | undefined> | undefined;

  private constructor(
    readonly scenario: ScenarioEntry,
    source: StorySource & { readonly json: string },
    private readonly clock: Clock,
    /** The story's fingerprint, for reading saves made against it (the whole story's, whichever part is here). */
    readonly version: string,
    rest?: () => Promise<string>,
  ) {
    this.source = source;
    this.rest = rest;
  }

  /** Load a scenario's story; a story that cannot be loaded comes back as a message naming it. */
  static async load(
    scenario: ScenarioEntry,
    principleIds: ReadonlySet<string>,
    clock: Clock,
    options: LoadOptions = {},
  ): Promise<PlaybackResult> {
    try {
      if (options.firstPartFirst && scenario.loadFirstPart) {
        const first = await scenario.loadFirstPart();
        const rest = () => wholeStory(first);
        return {
          ok: true,
          playback: new StoryPlayback(scenario, { json: first.json, principleIds }, clock, first.version, rest),
        };
      }
      const json = await scenario.load();
      return { ok: true, playback: new StoryPlayback(scenario, { json, principleIds }, clock, storyVersion(json)) };
    } catch (error) {
      return { ok: false, error: failedToLoad(scenario, error) };
    }
  }

  /** True once the whole story is here (from the start, unless it was loaded first part first). */
  get isWhole(): boolean {
    return this.rest === undefined;
  }

  /**
   * Load the rest of the story (once, however often asked) and play from the whole of it from now on; a
   * download that fails comes back as a message and is tried again at the next call.
   */
  async whole(): Promise<string | undefined> {
    const rest = this.rest;
    if (!rest) return undefined;
    this.loadingRest ??= rest().then(
      (json) => {
        this.source = { ...this.source, json };
        this.rest = undefined;
        return undefined;
      },
      (error: unknown) => {
        this.loadingRest = undefined;
        return `The rest of "${this.scenario.title}" could not be loaded (${error instanceof Error ? error.message : String(error)}). Check the connection, then choose again: nothing is lost.`;
      },
    );
    return this.loadingRest;
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
