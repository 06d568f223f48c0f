// The counterfactual replays behind "which decisions led here?" and the turning points: a road not taken at a
// time, the caller choosing how to yield between them (so the page keeps painting), each decision's result kept
// per finished path (playthrough id, story version and path), so a second debrief of that path replays nothing.
import type { EndingInfluence } from '../core/scoring/ending-influences.ts';

/**
 * Awaited after each replay with the decisions done so far; resolving `false` stops the scan (the decisions
 * finished are kept).
 */
export type Between = (done: number, total: number) => Promise<unknown>;

/** What a scan needs from a playthrough: its identity, its decisions and the replay of one of them. */
export interface Replayable {
  readonly playthroughId: string;
  readonly storyVersion: string;
  snapshot(): { readonly path: readonly number[] };
  view(): { readonly decisions: readonly unknown[] };
  /** The replays at one decision, yielding after each road not taken. */
  influence(ordinal: number): Generator<void, EndingInfluence | undefined, void>;
}

/** How many finished paths to remember; a debrief rarely goes back further than the last few. */
const KEPT = 12;

/** Yield to the event loop, so the page can paint and answer input between replays. */
export const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class InfluenceScans {
  private readonly found = new Map<string, Map<number, EndingInfluence | undefined>>();

  /** The whole scan of this path when it has been done, without replaying anything. */
  known(play: Replayable): readonly EndingInfluence[] | undefined {
    const total = play.view().decisions.length;
    const found = this.found.get(scanKey(play));
    if (!found || found.size < total) return undefined;
    return collect(found, total);
  }

  /** Replay the roads not taken at every decision not yet replayed; undefined when `between` stopped it. */
  async scan(play: Replayable, between: Between): Promise<readonly EndingInfluence[] | undefined> {
    const total = play.view().decisions.length;
    const found = this.entry(scanKey(play));
    for (let ordinal = 0; ordinal < total; ordinal++) {
      if (found.has(ordinal)) continue;
      const steps = play.influence(ordinal);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          found.set(ordinal, step.value);
          break;
        }
        if ((await between(ordinal, total)) === false) return undefined;
      }
      if ((await between(ordinal + 1, total)) === false) return undefined;
    }
    return collect(found, total);
  }

  private entry(key: string): Map<number, EndingInfluence | undefined> {
    const known = this.found.get(key);
    if (known) return known;
    const fresh = new Map<number, EndingInfluence | undefined>();
    this.found.set(key, fresh);
    if (this.found.size > KEPT) this.found.delete(this.found.keys().next().value!);
    return fresh;
  }
}

const scanKey = (play: Replayable): string =>
  `${play.playthroughId}|${play.storyVersion}|${play.snapshot().path.join('.')}`;

function collect(found: ReadonlyMap<number, EndingInfluence | undefined>, total: number): EndingInfluence[] {
  const out: EndingInfluence[] = [];
  for (let ordinal = 0; ordinal < total; ordinal++) {
    const influence = found.get(ordinal);
    if (influence) out.push(influence);
  }
  return out;
}
