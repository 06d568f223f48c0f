// Facilitator mode's use-cases: start a group session on a scenario, open a saved one in this window (as the
// audience screen or the presenter view, after a reload or from the setup screen), list and delete saved
// sessions. Each window gets its own id; sessions are saved through FacilitatorStore.
import type { Clock, SaveStore } from '../core/ports.ts';
import type { CardCodePorts } from '../core/facilitator/card-ports.ts';
import { createFacilitatorState, type FacilitatorState } from '../core/facilitator/facilitator-state.ts';
import { planSession, type SessionPlan } from '../core/facilitator/session-plan.ts';
import { plansFor, sampleDecisions } from './facilitator-pacing.ts';
import { FacilitatorController, type FacilitatorDeps } from './facilitator-controller.ts';
import { stateFromOpenWindow } from './facilitator-handover.ts';
import { FacilitatorStore, type SessionSummary } from './facilitator-store.ts';
import type { SessionChannelFactory, WindowRole } from './facilitator-sync.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import type { StorageOutcome } from './storage-outcome.ts';
import { StoryPlayback } from './story-playback.ts';

export interface NewSessionOptions {
  readonly timerMinutes: number;
  readonly mappingsStartHidden: boolean;
  /** The session's length, which picks the decisions to discuss; undefined discusses every decision. */
  readonly sessionMinutes?: number;
}

export type OpenResult =
  | { readonly ok: true; readonly controller: FacilitatorController; readonly storyChanged: boolean }
  | { readonly ok: false; readonly error: string };

export interface FacilitatorSessionsDeps {
  readonly store: SaveStore;
  readonly clock: Clock;
  readonly principleIds: ReadonlySet<string>;
  /** Bundled and own scenarios, as listed now. */
  readonly scenarios: () => readonly ScenarioEntry[];
  readonly openChannel: SessionChannelFactory | undefined;
  /** Card votes and the session pack's cards; undefined offers neither. */
  readonly cardCodes?: CardCodePorts;
  readonly onSaved: (outcome: StorageOutcome) => void;
  /** Ids for new sessions and windows (random by default; fixed in tests). */
  readonly newId?: (kind: 'session' | 'window') => string;
  /** Waits, for how long a joining window listens for an open one (a timer by default). */
  readonly wait?: (ms: number) => Promise<void>;
}

const defaultWait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class FacilitatorSessions {
  readonly store: FacilitatorStore;

  constructor(private readonly deps: FacilitatorSessionsDeps) {
    this.store = new FacilitatorStore(deps.store, deps.clock);
  }

  async create(
    scenario: ScenarioEntry,
    options: NewSessionOptions,
    role: WindowRole = 'audience',
  ): Promise<OpenResult> {
    const loaded = await StoryPlayback.load(scenario, this.deps.principleIds, this.deps.clock);
    if (!loaded.ok) return loaded;
    const playback = loaded.playback;
    const deps = this.windowDeps(role);
    const now = this.deps.clock.now();
    const seed = playback.newSeed();
    const plan =
      options.sessionMinutes === undefined
        ? undefined
        : planSession(options.sessionMinutes, sampleDecisions(playback, seed), options.timerMinutes);
    const state = createFacilitatorState({
      id: this.newId('session'),
      scenarioId: scenario.id,
      storyVersion: playback.version,
      seed,
      timerMinutes: options.timerMinutes,
      ...(plan ? { plan } : {}),
      mappingsStartHidden: options.mappingsStartHidden,
      now,
      writer: deps.windowId,
    });
    const started = playback.start(state.seed);
    if (!started.ok) return started;
    const controller = new FacilitatorController(playback, started.session, state, deps);
    controller.persist();
    return { ok: true, controller, storyChanged: false };
  }

  /**
   * Open a session (resume after a reload or crash, or a presenter window joining): as saved on this device, else
   * as an open window of it has it (storage blocked or full leaves each window with only its own copy).
   */
  async open(id: string, role: WindowRole): Promise<OpenResult> {
    const found = await this.find(id, role);
    if (!found.ok) return found;
    const state = found.state;
    const scenario = this.deps.scenarios().find((entry) => entry.id === state.scenarioId);
    if (!scenario)
      return { ok: false, error: `The scenario "${state.scenarioId}" of this group session is no longer in the game.` };
    const story = await StoryPlayback.load(scenario, this.deps.principleIds, this.deps.clock);
    if (!story.ok) return story;
    const restored = story.playback.restore({
      seed: state.seed,
      path: state.position.path,
      times: state.position.times,
      startedAt: state.createdAt,
    });
    if (!restored.ok) {
      await this.store.setAside(id, restored.error);
      return {
        ok: false,
        error: `The group session could not be restored: ${restored.error} It has been kept aside, not deleted.`,
      };
    }
    const controller = new FacilitatorController(story.playback, restored.session, state, this.windowDeps(role));
    return { ok: true, controller, storyChanged: state.storyVersion !== story.playback.version };
  }

  private async find(
    id: string,
    role: WindowRole,
  ): Promise<{ readonly ok: true; readonly state: FacilitatorState } | { readonly ok: false; readonly error: string }> {
    const loaded = await this.store.load(id);
    if (loaded.kind === 'loaded') return { ok: true, state: loaded.state };
    if (loaded.kind === 'set-aside') return { ok: false, error: loaded.message };
    const { openChannel, wait = defaultWait } = this.deps;
    const state = await stateFromOpenWindow({ openChannel, sessionId: id, windowId: this.newId('window'), role, wait });
    if (state) return { ok: true, state };
    if (loaded.kind === 'storage-failed') return { ok: false, error: loaded.message };
    return { ok: false, error: 'That group session is not saved on this device, and no window of it is open here.' };
  }

  /** The plan for each session length on a scenario (for the setup screen and the guide's timings). */
  async plans(scenario: ScenarioEntry, timerMinutes: number): Promise<SessionPlan[]> {
    const loaded = await StoryPlayback.load(scenario, this.deps.principleIds, this.deps.clock);
    return loaded.ok ? plansFor(loaded.playback, 1, timerMinutes) : [];
  }

  /** Saved sessions whose scenario is still in the game, the most recently used first. */
  async list(): Promise<SessionSummary[]> {
    const scenarios = this.deps.scenarios();
    return (await this.store.list()).filter((s) => scenarios.some((e) => e.id === s.scenarioId));
  }

  remove(id: string): Promise<StorageOutcome> {
    return this.store.remove(id);
  }

  private windowDeps(role: WindowRole): FacilitatorDeps {
    return {
      store: this.store,
      clock: this.deps.clock,
      windowId: this.newId('window'),
      role,
      openChannel: this.deps.openChannel,
      cardCodes: this.deps.cardCodes,
      onSaved: this.deps.onSaved,
    };
  }

  private newId(kind: 'session' | 'window'): string {
    if (this.deps.newId) return this.deps.newId(kind);
    const now = this.deps.clock.now().toString(36);
    return kind === 'session'
      ? `g${now}${Math.floor(Math.random() * 1e6).toString(36)}`
      : `w${now}${Math.random().toString(36).slice(2, 10)}`;
  }
}
