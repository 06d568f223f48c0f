// Runs one facilitated group session in one window: the shared state, the story replayed to match it, the
// clicker's next/back, votes, reveal, timer and branches; saves every change made here and tells the
// other window (audience or presenter) about it, taking in the changes it makes.
import type { Clock } from '../core/ports.ts';
import type { CardCodePorts } from '../core/facilitator/card-ports.ts';
import { reduceFacilitator, type FacilitatorAction } from '../core/facilitator/facilitator-actions.ts';
import {
  entryPhase,
  planAdvance,
  planBack,
  viewKey,
  type Plan,
  type PointInfo,
} from '../core/facilitator/facilitator-flow.ts';
import { currentPoint, type FacilitatorState } from '../core/facilitator/facilitator-state.ts';
import type { Pacing } from '../core/facilitator/session-plan.ts';
import type { PlaySession } from '../core/session/play-session.ts';
import type { SessionView } from '../core/session/session-types.ts';
import { FacilitatorCommands } from './facilitator-commands.ts';
import type { FacilitatorStore } from './facilitator-store.ts';
import { WindowLink, type StateMessage } from './facilitator-link.ts';
import { goToAction, invalid, OK, type Outcome } from './facilitator-moves.ts';
import { pacingNow } from './facilitator-pacing.ts';
import { FacilitatorRoom } from './facilitator-room.ts';
import {
  channelName,
  mergeRemote,
  type CardsSeen,
  type SessionChannelFactory,
  type WindowRole,
} from './facilitator-sync.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import type { StorageOutcome } from './storage-outcome.ts';
import type { StoryPlayback } from './story-playback.ts';

export interface FacilitatorDeps {
  readonly store: FacilitatorStore;
  readonly clock: Clock;
  /** This window's id (unique per window) and what it shows. */
  readonly windowId: string;
  readonly role: WindowRole;
  readonly openChannel: SessionChannelFactory | undefined;
  readonly onSaved: (outcome: StorageOutcome) => void;
  /** The camera and card decoder for a card vote, when this game offers one. */
  readonly cardCodes?: CardCodePorts;
}

export type Change = 'local' | 'remote' | 'peers';
export type { Outcome } from './facilitator-moves.ts';

export { CURRENT_BRANCH } from './facilitator-room.ts';

export class FacilitatorController extends FacilitatorCommands {
  private stateValue: FacilitatorState;
  private readonly listeners = new Set<(change: Change) => void>();
  private readonly link: WindowLink;
  /** What the session shows, read from the state and the story replayed to match it. */
  readonly room: FacilitatorRoom;
  private closed = false;

  /** Opened by FacilitatorSessions (a new session, or a saved one restored to its position). */
  constructor(
    private readonly playback: StoryPlayback,
    private readonly session: PlaySession,
    state: FacilitatorState,
    private readonly deps: FacilitatorDeps,
  ) {
    super();
    this.stateValue = state;
    this.room = new FacilitatorRoom(playback, session, () => this.stateValue);
    this.link = new WindowLink(deps.openChannel?.(channelName(state.id)), deps.windowId, deps.role, {
      state: () => this.stateValue,
      onState: (message) => this.receive(message),
      onPeers: () => this.emit('peers'),
    });
  }

  get scenario(): ScenarioEntry {
    return this.playback.scenario;
  }

  get state(): FacilitatorState {
    return this.stateValue;
  }

  /** The camera, decoder and writer for card votes and the printed cards; undefined offers neither. */
  get cardCodes(): CardCodePorts | undefined {
    return this.deps.cardCodes;
  }

  view(): SessionView {
    return this.session.view();
  }

  point(): PointInfo {
    return this.room.point();
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

  /** An audience screen reports whether it has more below for the view it shows now. */
  reportMoreBelow(more: boolean): void {
    this.link.reportView(viewKey(this.stateValue), more);
  }

  /** A card vote's count at the current decision, read by this window's camera or another's. */
  cardsSeen(): CardsSeen | undefined {
    return this.link.cardsSeen(currentPoint(this.stateValue));
  }

  /** This window's card vote at the decision `point` says how many cards it has seen (undefined: none here). */
  reportCards(point: string, cards: CardsSeen | undefined): void {
    this.link.reportCards(point, cards);
  }

  /** What "next" would do from here (for the presenter's notes). */
  nextPlan(): Plan {
    return planAdvance(this.stateValue, this.point(), this.moreBelow(), this.now());
  }

  advance(): Outcome {
    return this.carryOut(this.nextPlan());
  }

  back(): Outcome {
    return this.carryOut(planBack(this.stateValue, this.point(), this.now()));
  }

  /** Take an option at the current point (the room's choice, or the trainer's pick). */
  choose(option: number): Outcome {
    const at = this.now();
    const offered = this.session.view().options;
    if (!offered[option]) return invalid(`There is no option ${option + 1} here.`);
    const problem = this.session.choose(option, at);
    if (problem) return invalid(problem);
    const point = this.point();
    // The group's path records the story's own option index, as saves do; A–D are positions as shown.
    this.dispatch({ type: 'choose', option: offered[option].index, phase: entryPhase(point.kind, point.hasText), at });
    return OK;
  }

  vote(option: number, change: 1 | -1): Outcome {
    if (this.point().kind !== 'decision' || option >= this.session.view().options.length) return invalid();
    this.dispatch({ type: 'vote', option, change, at: this.now() });
    return OK;
  }

  /** Go to a point on an explored branch: `upTo` choices along `path` (a decision on the way reopens at the vote). */
  goTo(path: readonly number[], upTo: number = path.length): Outcome {
    const move = goToAction(this.stateValue, this.room, { path, upTo, at: this.now() });
    if ('ok' in move) return move;
    this.dispatch(move);
    return OK;
  }

  /** Where the room stands against the session's plan, by this window's clock (none without a plan). */
  pacing(): Pacing | undefined {
    return pacingNow(this.stateValue, this.session.view(), this.now());
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

  protected now(): number {
    return this.deps.clock.now();
  }

  protected dispatch(action: FacilitatorAction): void {
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
    // This window knew of hands the other did not: save the merged count too.
    if (JSON.stringify(merged.votes) !== JSON.stringify(message.state.votes)) this.persist();
    this.emit('remote');
  }

  /** Bring the replayed story to the state's position. */
  private followState(): void {
    const problem = this.room.follow();
    if (problem) console.warn(`The group session's path no longer fits the story at ${problem}`);
  }

  /** Saves the state as it is now (every change made in this window). */
  persist(): void {
    void this.deps.store.save(this.stateValue).then(this.deps.onSaved);
  }

  private emit(change: Change): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
