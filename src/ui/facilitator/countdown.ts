// Keeps every countdown on screen current (a few times a second, without redrawing the screen) and tells
// screen readers politely at each whole minute and when the time is up, never every second.
import { timerRemaining, type TimerState } from '../../core/facilitator/facilitator-state.ts';
import { formatClock } from './session-parts.ts';

export class Countdown {
  private handle: number | undefined;
  private lastMinute: number | undefined;
  private lastStart: number | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly timer: () => TimerState,
    private readonly now: () => number,
    private readonly announce: (message: string) => void,
  ) {}

  start(): void {
    this.tick();
    this.handle = window.setInterval(() => this.tick(), 250);
  }

  stop(): void {
    if (this.handle !== undefined) window.clearInterval(this.handle);
    this.handle = undefined;
  }

  /** Text for a countdown now: "2:45", "Paused at 2:45", "Time’s up", or "No timer". */
  static label(
    timer: TimerState,
    now: number,
  ): { text: string; state: 'off' | 'ready' | 'running' | 'paused' | 'done' } {
    if (timer.durationMs === 0) return { text: 'No timer', state: 'off' };
    const left = timerRemaining(timer, now);
    if (left === 0) return { text: 'Time’s up', state: 'done' };
    if (timer.startedAt !== null) return { text: formatClock(left), state: 'running' };
    return left === timer.durationMs
      ? { text: formatClock(left), state: 'ready' }
      : { text: `Paused ${formatClock(left)}`, state: 'paused' };
  }

  tick(): void {
    const timer = this.timer();
    const now = this.now();
    const { text, state } = Countdown.label(timer, now);
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-countdown]')) {
      if (el.textContent !== text) el.textContent = text;
      el.dataset.state = state;
    }
    this.speak(timer, now);
  }

  private speak(timer: TimerState, now: number): void {
    if (timer.startedAt === null) {
      this.lastMinute = undefined;
      this.lastStart = null;
      return;
    }
    const left = timerRemaining(timer, now);
    const minute = Math.ceil(left / 60_000);
    if (timer.startedAt !== this.lastStart) {
      this.lastStart = timer.startedAt;
      this.lastMinute = minute;
      return;
    }
    if (minute === this.lastMinute) return;
    this.lastMinute = minute;
    this.announce(
      minute === 0
        ? 'Time is up for this discussion.'
        : `${minute} ${minute === 1 ? 'minute' : 'minutes'} left to discuss.`,
    );
  }
}
