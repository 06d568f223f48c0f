// Saying once, calmly, that saving is not possible: every storage outcome is reported here; the first refusal
// reaches the listener (the view shows it), later ones stay quiet so play is not interrupted again and again.
// Records set aside because they could not be read are reported here too, each one, so none goes unmentioned.
import type { RecordKind } from './record-checks.ts';
import type { StorageOutcome } from './storage-outcome.ts';

/** A stored record that could not be read and was moved aside (kept, not deleted). */
export interface SetAsideNotice {
  readonly record: RecordKind;
  /** The named slot, for a slot. */
  readonly slot?: number;
  /** For the profile list: how many profiles the rebuilt list holds. */
  readonly rebuiltProfiles?: number;
}

export class StorageReports {
  private warned = false;
  private listener: ((message: string) => void) | undefined;
  private pending: string | undefined;
  private setAsideListener: ((notice: SetAsideNotice) => void) | undefined;
  private pendingSetAside: SetAsideNotice[] = [];

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

  /** Called with every record set aside (at once with those set aside before anyone listened). */
  onSetAside(listener: (notice: SetAsideNotice) => void): void {
    this.setAsideListener = listener;
    const pending = this.pendingSetAside;
    this.pendingSetAside = [];
    for (const notice of pending) listener(notice);
  }

  readonly setAside = (notice: SetAsideNotice): void => {
    if (this.setAsideListener) this.setAsideListener(notice);
    else this.pendingSetAside.push(notice);
  };
}
