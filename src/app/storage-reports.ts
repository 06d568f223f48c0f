// Saying once, calmly, that saving is not possible: every storage outcome is reported here; the first refusal
// reaches the listener (the view shows it), later ones stay quiet so play is not interrupted again and again.
import type { StorageOutcome } from './storage-outcome.ts';

export class StorageReports {
  private warned = false;
  private listener: ((message: string) => void) | undefined;
  private pending: string | undefined;

  /** Called with the first refusal's message (at once if one came before anyone listened). */
  onFirstFailure(listener: (message: string) => void): void {
    this.listener = listener;
    if (this.pending !== undefined) listener(this.pending);
    this.pending = undefined;
  }

  readonly report = (outcome: StorageOutcome): void => {
    if (outcome.ok || this.warned) return;
    this.warned = true;
    if (this.listener) this.listener(outcome.message);
    else this.pending = outcome.message;
  };
}
