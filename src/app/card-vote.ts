// A card vote at one decision: opens the camera (the permission prompt comes now, never before), loads the
// decoder, reads frames several times a second and turns the cards seen into the room's votes through the
// session, one vote per card, until the trainer closes it or the room moves on. Keeps no picture, sends nothing.
import { sightingsOf } from '../core/facilitator/card-code.ts';
import type { CameraFeed, CameraRefusal, CardCodePorts, CardDecoder } from '../core/facilitator/card-ports.ts';
import {
  cardTotals,
  cardsSeen,
  observe,
  openTally,
  voteSteps,
  type CardTally,
} from '../core/facilitator/card-tally.ts';
import type { FacilitatorController } from './facilitator-controller.ts';
import { currentPoint, totalHands, votesAt } from '../core/facilitator/facilitator-state.ts';

export { MAX_CARDS } from '../core/facilitator/card-code.ts';

/** At most ten frames a second: fast enough to follow a room, and leaves the laptop room to breathe. */
export const FRAME_GAP_MS = 100;

export type CardVoteStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'reading'; readonly seen: number; readonly framesRead: number }
  | { readonly kind: 'closed'; readonly seen: number; readonly framesRead: number }
  | { readonly kind: 'failed'; readonly reason: CameraRefusal | 'decoder' | 'no-decision' };

export type CardVoteTarget = Pick<FacilitatorController, 'state' | 'point' | 'vote' | 'setPhase' | 'subscribe'>;

export interface CardVoteDeps {
  readonly ports: CardCodePorts;
  /** Told whenever the status or the count changes. */
  readonly onChange: (status: CardVoteStatus) => void;
  readonly wait?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

const defaultWait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class CardVote {
  private statusValue: CardVoteStatus = { kind: 'idle' };
  private tally: CardTally | undefined;
  /** Card votes already added to the session's counts at this decision. */
  private applied: readonly number[] = [];
  private feed: CameraFeed | undefined;
  private point = '';
  private framesRead = 0;
  private unsubscribe: (() => void) | undefined;
  private disposed = false;

  constructor(
    private readonly target: CardVoteTarget,
    private readonly deps: CardVoteDeps,
  ) {}

  get status(): CardVoteStatus {
    return this.statusValue;
  }

  /** The decision this vote reads cards at (the last one it was started at). */
  get at(): string {
    return this.point;
  }

  get open(): boolean {
    return this.statusValue.kind === 'starting' || this.statusValue.kind === 'reading';
  }

  /** Start reading cards at the current decision (after the trainer asked for it). */
  async start(): Promise<void> {
    if (this.open || this.disposed) return;
    const info = this.target.point();
    if (info.kind !== 'decision') {
      this.set({ kind: 'failed', reason: 'no-decision' });
      return;
    }
    this.point = currentPoint(this.target.state);
    this.set({ kind: 'starting' });
    const opened = await this.deps.ports.openCamera();
    if (!opened.ok) {
      this.set({ kind: 'failed', reason: opened.reason });
      return;
    }
    let decoder: CardDecoder;
    try {
      decoder = await this.deps.ports.loadDecoder();
    } catch (error) {
      opened.feed.stop();
      console.warn('The card reader could not load.', error);
      this.set({ kind: 'failed', reason: 'decoder' });
      return;
    }
    // Closed, or the window left, while the camera or the decoder was on its way.
    if (!this.stillStarting()) {
      opened.feed.stop();
      return;
    }
    this.begin(opened.feed, decoder, info.optionCount);
  }

  private stillStarting(): boolean {
    return !this.disposed && this.statusValue.kind === 'starting';
  }

  private begin(feed: CameraFeed, decoder: CardDecoder, optionCount: number): void {
    this.feed = feed;
    this.tally = openTally(optionCount);
    this.applied = [];
    this.framesRead = 0;
    if (this.target.state.phase !== 'vote') this.target.setPhase('vote');
    this.unsubscribe = this.target.subscribe(() => {
      this.follow();
    });
    this.set({ kind: 'reading', seen: 0, framesRead: 0 });
    void this.loop(decoder, feed);
  }

  /** Close the vote: the totals stay as they are, the camera is let go, and which card chose what is forgotten. */
  close(): void {
    if (!this.open) return;
    this.release();
    const seen = this.tally ? cardsSeen(this.tally) : 0;
    this.tally = undefined;
    this.set({ kind: 'closed', seen, framesRead: this.framesRead });
  }

  /** The window is closing: let go of the camera and say nothing more. */
  dispose(): void {
    this.close();
    this.disposed = true;
  }

  private async loop(decoder: CardDecoder, feed: CameraFeed): Promise<void> {
    const now = this.deps.now ?? (() => Date.now());
    const wait = this.deps.wait ?? defaultWait;
    while (this.feed === feed) {
      const began = now();
      const frame = feed.grab();
      if (frame) {
        const reads = await decoder.read(frame).catch(() => []);
        if (this.feed !== feed) return;
        this.framesRead++;
        this.take(sightingsOf(reads));
      }
      await wait(Math.max(frame ? 0 : FRAME_GAP_MS, FRAME_GAP_MS - (now() - began)));
    }
  }

  private take(sightings: ReturnType<typeof sightingsOf>): void {
    if (!this.tally) return;
    const next = observe(this.tally, sightings);
    if (next !== this.tally) {
      this.tally = next;
      const totals = cardTotals(next);
      const steps = voteSteps(this.applied, totals);
      this.applied = totals;
      for (const step of steps) this.target.vote(step.option, step.change);
    }
    this.set({ kind: 'reading', seen: cardsSeen(next), framesRead: this.framesRead });
  }

  /** The room moved on (close), or the hands were cleared (count the cards afresh). */
  private follow(): void {
    if (!this.open || !this.tally) return;
    if (currentPoint(this.target.state) !== this.point) {
      this.close();
      return;
    }
    if (totalHands(this.applied) > 0 && totalHands(votesAt(this.target.state)) === 0) {
      this.tally = openTally(this.tally.optionCount);
      this.applied = [];
      this.set({ kind: 'reading', seen: 0, framesRead: this.framesRead });
    }
  }

  private release(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.feed?.stop();
    this.feed = undefined;
  }

  private set(status: CardVoteStatus): void {
    this.statusValue = status;
    if (!this.disposed) this.deps.onChange(status);
  }
}
