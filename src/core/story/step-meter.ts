// Budgets that turn a story looping without end into a clear stop instead of a frozen page, and the meter
// that makes inkjs count ink steps instead of milliseconds. Counts work, never time.

/**
 * Limits that count work (ink steps, lines), never milliseconds, so the same story stops at the same place on a
 * fast desktop, a busy school laptop and a loaded test machine.
 */
export const MAX_LINES_PER_STEP = 5000;
/**
 * ink steps one continueStory() may take before it stops and asks. Measured: the longest stretch between two
 * choices in the shipped scenarios takes about 1,100 steps, inkle's 1,700-line The Intercept about 110, a knot
 * of 2,000 options about 12,000. A knot that diverts to itself spends this in well under a second here.
 */
export const DEFAULT_STEP_BUDGET = 200_000;

/**
 * Counts ink steps for ContinueAsync. inkjs only knows a time limit: it checks `elapsedMs > limit` once after
 * every step that did not end a line (and `limit > 0` once on entry). Handing it an object whose valueOf()
 * counts those checks turns the time limit into a step limit: while steps remain the limit reads as +Infinity
 * (never reached), then as -Infinity (reached at once), and ink pauses cleanly, ready to resume.
 * The entry check must never see -Infinity (ink would then run unbounded): take() is only called while
 * at least one step remains.
 */
export class StepMeter {
  private remaining: number;
  used = 0;

  constructor(budget: number) {
    this.remaining = Math.max(1, Math.floor(budget));
  }

  get exhausted(): boolean {
    return this.remaining <= 0;
  }

  /** The value to pass to ContinueAsync as its "milliseconds". */
  take(): number {
    const limit = {
      valueOf: (): number => {
        if (this.remaining <= 0) return Number.NEGATIVE_INFINITY;
        this.remaining--;
        this.used++;
        return Number.POSITIVE_INFINITY;
      },
    };
    return limit as unknown as number;
  }
}
