// What the story explorer is asked to do (its budgets) and what it reports: options seen, paths, endings and
// problems. Options are identified by where they are written in the compiled story, never by position.
import type { StoryOption } from '../story/story-types.ts';
import type { TagProblem } from '../story/tags.ts';

export interface ExploreOptions {
  /** Exhaustive search hands over to sampling past this many complete paths (keeping what it found). */
  readonly exhaustiveLimit: number;
  /** The most paths sampling plays. */
  readonly samples: number;
  readonly seed: number;
  /** A path longer than this many choices is reported as a probable loop. */
  readonly maxChoicesPerPath: number;
  /**
   * Sampling stops early once this many paths in a row, and at least as many as it took to make its last
   * discovery, have found nothing new (no new decision point, option, option taken, ending, problem, or
   * shorter or longer path). 0 plays all `samples`. Default DEFAULT_PATIENCE.
   */
  readonly patience?: number;
  /** ink steps a continue may take before it counts as a loop without end; default the game's own budget. */
  readonly stepBudget?: number;
}

/** In the shipped scenarios the last discovery comes within the first ~150 sampled paths. */
export const DEFAULT_PATIENCE = 150;

export const DEFAULT_EXPLORE: ExploreOptions = {
  exhaustiveLimit: 2000,
  samples: 1500,
  seed: 20240601,
  maxChoicesPerPath: 400,
  patience: DEFAULT_PATIENCE,
};

export interface OptionSeen {
  readonly decisionId: string;
  readonly option: StoryOption;
}

export interface PathProblem {
  readonly kind: 'dead-end' | 'runtime-error' | 'loop';
  readonly message: string;
  /** The option texts chosen on the way, for finding it again. */
  readonly path: readonly string[];
}

export interface SamplingSummary {
  /** Complete paths the exhaustive pass played before handing over; what they found is kept. */
  readonly exhaustivePaths: number;
  readonly sampledPaths: number;
  /** The sampled path (1-based) that last found something new; 0 when none did. */
  readonly lastDiscovery: number;
  /** Why sampling stopped: nothing new for long enough, the `samples` cap, or a loop without end. */
  readonly stop: 'saturated' | 'limit' | 'loop';
}

export interface Exploration {
  readonly mode: 'exhaustive' | 'sample';
  /** Complete paths played, the exhaustive pass's included. */
  readonly paths: number;
  readonly seed: number;
  /** How sampling went; undefined when every path was played. */
  readonly sampling: SamplingSummary | undefined;
  readonly decisionsPerPath: { readonly min: number; readonly max: number; readonly mean: number };
  readonly endings: ReadonlyMap<string, number>;
  /** Every option met, by optionKey (its source path). */
  readonly options: ReadonlyMap<string, OptionSeen>;
  readonly optionsTaken: ReadonlySet<string>;
  readonly decisionPoints: ReadonlySet<string>;
  /** Each decision point's options in authored order, as first met. */
  readonly decisionOptions: ReadonlyMap<string, readonly StoryOption[]>;
  readonly problems: readonly PathProblem[];
  readonly tagProblems: readonly TagProblem[];
}

/**
 * An option's identity: where it is written in the compiled story. Its index would shift when a conditional
 * option before it is shown or not, and count one option twice.
 */
export const optionKey = (option: StoryOption): string => option.sourcePath;

/** One path being played: decisions taken (asides not counted) and the option texts chosen. */
export interface Walk {
  decisions: number;
  chosen: string[];
}

/** A sticky option taken this often on one path is not followed again: the loop has been seen. */
export const REPEAT_LIMIT = 3;
export const timesOnPath = (walk: Walk, text: string): number => walk.chosen.filter((t) => t === text).length;
