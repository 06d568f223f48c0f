// Saves facilitated group sessions on this device through the SaveStore port, under "facilitator:" keys
// (which backup/export already include). A session that cannot be read is set aside, never deleted.
import { type Clock, type SaveStore, type StorageFailure } from '../core/ports.ts';
import { readFacilitatorState } from '../core/facilitator/facilitator-record.ts';
import { isNewer, type FacilitatorState } from '../core/facilitator/facilitator-state.ts';
import { attemptStorage, storageFailureOf, type StorageOutcome } from './storage-outcome.ts';
import { setAside } from './set-aside.ts';

export const FACILITATOR_SESSION_PREFIX = 'facilitator:session:';
export const facilitatorSessionKey = (id: string): string => `${FACILITATOR_SESSION_PREFIX}${id}`;

export type SessionLoad =
  | { readonly kind: 'loaded'; readonly state: FacilitatorState }
  | { readonly kind: 'none' }
  | { readonly kind: 'set-aside'; readonly message: string }
  | { readonly kind: 'storage-failed'; readonly failure: StorageFailure; readonly message: string };

export interface SessionSummary {
  readonly id: string;
  readonly scenarioId: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly finishedAt: number | null;
  /** Choices made on the current path, asides included. */
  readonly choices: number;
  readonly branches: number;
}

export class FacilitatorStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: SaveStore,
    private readonly clock: Clock,
  ) {}

  /** Save in order; a newer state saved meanwhile by another window is not overwritten. */
  save(state: FacilitatorState): Promise<StorageOutcome> {
    const run = this.queue.then(() =>
      this.attempt(async () => {
        const stored = readFacilitatorState(await this.store.get(facilitatorSessionKey(state.id)));
        if (stored.ok && isNewer(stored.state, state)) return;
        await this.store.set(facilitatorSessionKey(state.id), state);
      }),
    );
    this.queue = run;
    return run;
  }

  async load(id: string): Promise<SessionLoad> {
    let data: unknown;
    try {
      data = await this.store.get(facilitatorSessionKey(id));
    } catch (error) {
      return { kind: 'storage-failed', ...storageFailureOf(error) };
    }
    if (data === undefined || data === null) return { kind: 'none' };
    const read = readFacilitatorState(data);
    if (read.ok) return { kind: 'loaded', state: read.state };
    await this.setAside(id, read.error);
    return {
      kind: 'set-aside',
      message: `${read.error} It has been kept aside, not deleted; you can start a new session.`,
    };
  }

  /** Every readable session, the most recently used first. */
  async list(): Promise<SessionSummary[]> {
    try {
      const keys = (await this.store.keys()).filter((k) => k.startsWith(FACILITATOR_SESSION_PREFIX));
      const found: SessionSummary[] = [];
      for (const key of keys) {
        const read = readFacilitatorState(await this.store.get(key));
        if (!read.ok) continue;
        const s = read.state;
        found.push({
          id: s.id,
          scenarioId: s.scenarioId,
          createdAt: s.createdAt,
          updatedAt: s.updatedAt,
          finishedAt: s.finishedAt,
          choices: s.position.path.length,
          branches: s.explored.length + 1,
        });
      }
      return found.sort((a, b) => b.updatedAt - a.updatedAt);
    } catch {
      return [];
    }
  }

  remove(id: string): Promise<StorageOutcome> {
    return this.attempt(() => this.store.remove(facilitatorSessionKey(id)));
  }

  /** Move an unreadable session out of the way, keeping it. */
  setAside(id: string, reason: string): Promise<StorageOutcome> {
    return setAside(this.store, facilitatorSessionKey(id), reason, this.clock.now());
  }

  private attempt(action: () => Promise<void>): Promise<StorageOutcome> {
    return attemptStorage(action);
  }
}
