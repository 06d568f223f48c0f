// Keeps Phaser's game loop asleep while nothing moves: wakes it to draw a change, and puts it back to sleep
// after the first frame in which nothing is animating or loading. Phaser would otherwise draw 60 frames a second.
import Phaser from 'phaser';

const STALL_MS = 1000;

export class IdleLoop {
  private wakeQueued = false;
  private lastFrameAt = 0;
  private stopped = false;
  /** Frames drawn since the game started (for measuring idle cost). */
  framesDrawn = 0;

  constructor(
    private readonly game: Phaser.Game,
    private readonly isBusy: () => boolean,
  ) {
    game.events.on(Phaser.Core.Events.POST_RENDER, this.afterFrame);
  }

  /** Draws at least one more frame soon. Several requests in the same task share one wake-up. */
  requestFrame(): void {
    if (this.wakeQueued || this.stopped) return;
    this.wakeQueued = true;
    queueMicrotask(() => {
      this.wakeQueued = false;
      // Before the game has started its loop there is nothing to wake: its first frame draws the change.
      if (this.stopped || !this.game.isRunning) return;
      if (this.game.loop.running && this.stalled()) this.game.loop.sleep();
      if (!this.game.loop.running) this.game.loop.wake();
    });
  }

  /** Runs one last step now: Phaser finishes destroying a game inside its next step. Not for use inside a step. */
  stop(): void {
    this.stopped = true;
    this.game.events.off(Phaser.Core.Events.POST_RENDER, this.afterFrame);
    if (this.game.loop.running) this.game.loop.tick();
    else this.game.loop.wake();
  }

  /** An exception inside a Phaser step ends its frame chain while the loop still reads as running. */
  private stalled(): boolean {
    return document.visibilityState === 'visible' && performance.now() - this.lastFrameAt > STALL_MS;
  }

  private readonly afterFrame = (): void => {
    this.framesDrawn += 1;
    this.lastFrameAt = performance.now();
    if (!this.stopped && !this.isBusy()) this.game.loop.sleep();
  };
}
