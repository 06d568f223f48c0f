// Runs one facilitated group session in one window: the shared state, the story replayed to match it, the
// clicker's next/back, votes, reveal, timer and branches; saves every change made here and tells the
// other window (audience or presenter) about it, taking in the changes it makes.
import type { Clock } from '../core/ports.ts';
import { reduceFacilitator, type FacilitatorAction, type TimerCommand } from '../core/facilitator/facilitator-actions.ts';
import { branchEnds, isPrefix } from '../core/facilitator/facilitator-branches.ts';
import { entryPhase, planAdvance, planBack, viewKey, type BlockedReason, type Plan, type PointInfo } from '../core/facilitator/facilitator-flow.ts';
import { createFacilitatorState, isRevealed, timerRunning, type FacilitatorState, type Phase, type Showing } from '../core/facilitator/facilitator-state.ts';
import { buildGroupDebrief, type GroupBranch, type GroupDebrief } from '../core/facilitator/group-debrief.ts';
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import { storyVersion } from '../core/save/story-version.ts';
import { PlaySession } from '../core/session/play-session.ts';
import type { SessionView } from '../core/session/session-types.ts';
import type { StorageOutcome } from './save-manager.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import type { FacilitatorStore } from './facilitator-store.ts';
import { WindowLink, type StateMessage } from './facilitator-link.ts';
import { FacilitatorReplays } from './facilitator-replays.ts';
import { mergeRemote, type ChannelFactory, type WindowRole } from './facilitator-sync.ts';

export interface FacilitatorDeps {
  readonly store: FacilitatorStore;
  readonly clock: Clock;
  readonly principleIds: ReadonlySet<string>;
  /** This window's id (unique per window) and what it shows. */
  readonly windowId: string;
  readonly role: WindowRole;
  readonly openChannel: ChannelFactory | undefined;
  readonly onSaved: (outcome: StorageOutcome) => void;
  readonly newId?: () => string;
}

export interface NewSessionOptions {
  readonly timerMinutes: number;
  readonly mappingsStartHidden: boolean;
}

export type Change = 'local' | 'remote' | 'peers';
export type Outcome = { readonly ok: true } | { readonly ok: false; readonly reason: BlockedReason | 'invalid'; readonly leaders: readonly number[]; readonly message?: string };
export type OpenResult = { readonly ok: true; readonly controller: FacilitatorController; readonly storyChanged: boolean } | { readonly ok: false; readonly error: string };

export const CURRENT_BRANCH = 'current';
const OK: Outcome = { ok: true };

export class FacilitatorController {
  private stateValue: FacilitatorState;
  private readonly listeners = new Set<(change: Change) => void>();
  private readonly link: WindowLink;
  private readonly replays: FacilitatorReplays;
  private closed = false;

  private constructor(
    readonly scenario: ScenarioEntry,
    private readonly session: PlaySession,
    state: FacilitatorState,
    private readonly deps: FacilitatorDeps,
    json: string,
  ) {
    this.stateValue = state;
    this.replays = new FacilitatorReplays({ json, principleIds: deps.principleIds }, deps.clock);
    this.link = new WindowLink(deps.openChannel?.(state.id), deps.windowId, deps.role, {
      state: () => this.stateValue,
      onState: (message) => this.receive(message),
      onPeers: () => this.emit('peers'),
    });
  }

  static async create(scenario: ScenarioEntry, options: NewSessionOptions, deps: FacilitatorDeps): Promise<OpenResult> {
    const json = await loadStory(scenario);
    if (typeof json !== 'string') return json;
    const now = deps.clock.now();
    const state = createFacilitatorState({
      id: deps.newId?.() ?? `g${now.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`,
      scenarioId: scenario.id, storyVersion: storyVersion(json), seed: (now % 100000) + 1, timerMinutes: options.timerMinutes, mappingsStartHidden: options.mappingsStartHidden, now, writer: deps.windowId,
    });
    const started = PlaySession.start({ json, principleIds: deps.principleIds }, deps.clock, state.seed);
    if (!started.ok) return { ok: false, error: started.error };
    const controller = new FacilitatorController(scenario, started.session, state, deps, json);
    controller.persist();
    return { ok: true, controller, storyChanged: false };
  }

  /** Open a saved session (resume after a reload or crash, or a presenter window joining). */
  static async open(id: string, scenarios: readonly ScenarioEntry[], deps: FacilitatorDeps): Promise<OpenResult> {
    const loaded = await deps.store.load(id);
    if (loaded.kind === 'none') return { ok: false, error: 'That group session is not saved on this device.' };
    if (loaded.kind !== 'loaded') return { ok: false, error: loaded.message };
    const state = loaded.state;
    const scenario = scenarios.find((entry) => entry.id === state.scenarioId);
    if (!scenario) return { ok: false, error: `The scenario "${state.scenarioId}" of this group session is no longer in the game.` };
    const json = await loadStory(scenario);
    if (typeof json !== 'string') return json;
    const restored = PlaySession.restore({ json, principleIds: deps.principleIds }, { seed: state.seed, path: state.position.path, times: state.position.times, startedAt: state.createdAt }, deps.clock);
    if (!restored.ok) {
      await deps.store.setAside(id, restored.error);
      return { ok: false, error: `The group session could not be restored: ${restored.error} It has been kept aside, not deleted.` };
    }
    return { ok: true, controller: new FacilitatorController(scenario, restored.session, state, deps, json), storyChanged: state.storyVersion !== storyVersion(json) };
  }

  get state(): FacilitatorState {
    return this.stateValue;
  }

  view(): SessionView {
    return this.session.view();
  }

  point(): PointInfo {
    const view = this.session.view();
    const { path, times } = this.stateValue.position;
    const last = path.length - 1;
    return {
      kind: view.error ? 'stopped' : view.ended ? 'end' : view.options.every((o) => o.aside) ? 'aside' : 'decision',
      optionCount: view.options.length,
      hasText: view.transcript.some((line) => line.step === view.step && line.text !== ''),
      previous: last < 0 ? undefined : { path: path.slice(0, last), times: times.slice(0, last), wasDecision: view.decisions.some((d) => d.step === last) },
    };
  }

  subscribe(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Other windows of this session now open, by role. */
  peerRoles(): WindowRole[] {
    return this.link.peerRoles();
  }

  /** Does an audience screen (this window's or another's) have more below for the current view? */
  moreBelow(): boolean {
    return this.link.moreBelow(viewKey(this.stateValue));
  }

  /** An audience screen reports whether it has more below for the view it shows. */
  reportView(key: string, more: boolean): void {
    this.link.reportView(key, more);
  }

  advance(): Outcome {
    return this.carryOut(planAdvance(this.stateValue, this.point(), this.moreBelow(), this.deps.clock.now()));
  }

  back(): Outcome {
    return this.carryOut(planBack(this.stateValue, this.point(), this.deps.clock.now()));
  }

  /** Take an option at the current point (the room's choice, or the trainer's pick). */
  choose(option: number): Outcome {
    const at = this.deps.clock.now();
    const offered = this.session.view().options;
    if (!offered[option]) return { ok: false, reason: 'invalid', leaders: [], message: `There is no option ${option + 1} here.` };
    const problem = this.session.choose(option, at);
    if (problem) return { ok: false, reason: 'invalid', leaders: [], message: problem };
    const point = this.point();
    // The group's path records the story's own option index, as saves do; A–D are positions as shown.
    this.dispatch({ type: 'choose', option: offered[option]!.index, phase: entryPhase(point.kind, point.hasText), at });
    return OK;
  }

  vote(option: number, change: 1 | -1): Outcome {
    if (this.point().kind !== 'decision' || option >= this.session.view().options.length) return { ok: false, reason: 'invalid', leaders: [] };
    this.dispatch({ type: 'vote', option, change, at: this.deps.clock.now() });
    return OK;
  }

  clearVotes(): void {
    this.dispatch({ type: 'clear-votes', at: this.deps.clock.now() });
  }

  setPhase(phase: Phase): void {
    this.dispatch({ type: 'phase', phase, at: this.deps.clock.now() });
  }

  toggleReveal(): void {
    this.dispatch({ type: 'reveal', revealed: !isRevealed(this.stateValue), at: this.deps.clock.now() });
  }

  timer(command: TimerCommand): void {
    this.dispatch({ type: 'timer', command, at: this.deps.clock.now() });
  }

  toggleTimer(): void {
    this.timer(timerRunning(this.stateValue.timer, this.deps.clock.now()) ? 'pause' : 'start');
  }

  setTimerLength(minutes: number): void {
    this.dispatch({ type: 'timer-length', minutes, at: this.deps.clock.now() });
  }

  toggleBlank(): void {
    this.dispatch({ type: 'blank', blanked: !this.stateValue.blanked, at: this.deps.clock.now() });
  }

  show(showing: Showing): void {
    this.dispatch({ type: 'show', showing, at: this.deps.clock.now() });
  }

  /** Open the branch map, or close it again. */
  toggleMap(): void {
    this.show(this.stateValue.showing === 'map' ? 'play' : 'map');
  }

  finish(): void {
    this.dispatch({ type: 'finish', at: this.deps.clock.now() });
  }

  /** Go to a point on an explored branch: `upTo` choices along `path` (a decision on the way reopens at the vote). */
  goTo(path: readonly number[], upTo: number = path.length): Outcome {
    const target = path.slice(0, upTo);
    const source = branchEnds(this.stateValue.explored, this.stateValue.position).find((end) => isPrefix(target, end.path));
    if (!source) return { ok: false, reason: 'invalid', leaders: [], message: 'That point is not on a branch explored in this session.' };
    const times = target.map((_, i) => source.times[i] ?? this.deps.clock.now());
    const landing = this.replays.returnPhase(this.stateValue, { path: target, times }, upTo < path.length);
    if ('error' in landing) return { ok: false, reason: 'invalid', leaders: [], message: landing.error };
    this.dispatch({ type: 'go-to', path: target, times, phase: landing.phase, at: this.deps.clock.now() });
    return OK;
  }

  /** Every branch explored, the one the room is on last (id CURRENT_BRANCH), with its decisions. */
  branches(): GroupBranch[] {
    const ends = branchEnds(this.stateValue.explored, this.stateValue.position);
    const current = this.session.view();
    return ends.map((end, index) => (index === ends.length - 1 ? { id: CURRENT_BRANCH, path: [...end.path], decisions: current.decisions, ending: current.ending } : this.replays.branch(this.stateValue, end)));
  }

  /** The first words the story shows after an option at the current point (for the presenter's notes). */
  preview(option: number): string | undefined {
    return this.replays.preview(this.stateValue, option);
  }

  debrief(catalogue: PrincipleCatalogue): GroupDebrief {
    return buildGroupDebrief(this.stateValue, this.branches(), CURRENT_BRANCH, catalogue);
  }

  /** Leave the session in this window (the other window carries on). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.link.close();
    this.listeners.clear();
  }

  private carryOut(plan: Plan): Outcome {
    switch (plan.kind) {
      case 'act':
        this.dispatch(plan.action);
        return OK;
      case 'choose':
        return this.choose(plan.option);
      case 'blocked':
        return { ok: false, reason: plan.reason, leaders: plan.leaders };
    }
  }

  private dispatch(action: FacilitatorAction): void {
    if (this.closed) return;
    const base = this.stateValue.revision;
    const next = reduceFacilitator(this.stateValue, action, this.deps.windowId);
    if (next === this.stateValue) return;
    this.stateValue = next;
    this.followState();
    this.persist();
    this.link.changed(base, action, next);
    this.emit('local');
  }

  /** A change made in another window: replay it, or take the newer state. */
  private receive(message: StateMessage): void {
    if (this.closed) return;
    const merged = mergeRemote(this.stateValue, message);
    if (merged === this.stateValue) return;
    this.stateValue = merged;
    this.followState();
    this.emit('remote');
  }

  /** Bring the replayed story to the state's position: back to the shared part of the path, then forward. */
  private followState(): void {
    const { path, times } = this.stateValue.position;
    const mine = this.session.snapshot().path;
    let shared = 0;
    while (shared < mine.length && shared < path.length && mine[shared] === path[shared]) shared++;
    if (shared < mine.length) this.session.rewindToStep(shared);
    for (let i = shared; i < path.length; i++) {
      const problem = this.session.chooseAuthored(path[i]!, times[i] ?? this.stateValue.createdAt);
      if (problem) {
        console.warn(`The group session's path no longer fits the story at choice ${i + 1}: ${problem}`);
        return;
      }
    }
  }

  private persist(): void {
    void this.deps.store.save(this.stateValue).then(this.deps.onSaved);
  }

  private emit(change: Change): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}

async function loadStory(scenario: ScenarioEntry): Promise<string | { ok: false; error: string }> {
  try {
    return await scenario.load();
  } catch (error) {
    return { ok: false, error: `The scenario "${scenario.title}" could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
}
