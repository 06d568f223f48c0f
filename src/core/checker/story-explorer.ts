// Plays a compiled story down every path (when few enough) or, past that, keeps what the exhaustive pass found
// and adds a seeded sample of paths until new paths stop finding anything new, recording what an author needs
// to know: decision points, options, endings, dead ends, loops, runtime errors. Every budget counts work (paths,
// choices, ink steps), never time, so the same story and seed give the same report on any machine.
import { seededRandom } from '../story/option-order.ts';
import { InkRunner, type StoryOption, type StoryStep } from '../story/ink-runner.ts';
import { findTag, type TagProblem } from '../story/tags.ts';

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
  readonly options: ReadonlyMap<string, OptionSeen>;
  readonly optionsTaken: ReadonlySet<string>;
  readonly decisionPoints: ReadonlySet<string>;
  /** Each decision point's options in authored order, as first met. */
  readonly decisionOptions: ReadonlyMap<string, readonly StoryOption[]>;
  readonly problems: readonly PathProblem[];
  readonly tagProblems: readonly TagProblem[];
}

interface Walk {
  decisions: number;
  chosen: string[];
}

/** A sticky option taken this often on one path is not followed again: the loop has been seen. */
const REPEAT_LIMIT = 3;
const timesOnPath = (walk: Walk, text: string): number => walk.chosen.filter((t) => t === text).length;

class Recorder {
  readonly endings = new Map<string, number>();
  readonly options = new Map<string, OptionSeen>();
  /** How often each option has been taken, by optionKey, on every path played so far. */
  readonly taken = new Map<string, number>();
  readonly decisionPoints = new Set<string>();
  readonly decisionOptions = new Map<string, readonly StoryOption[]>();
  readonly problems: PathProblem[] = [];
  readonly tagProblems = new Map<string, TagProblem>();
  readonly decisionCounts: number[] = [];
  private minDecisions = Number.POSITIVE_INFINITY;
  private maxDecisions = Number.NEGATIVE_INFINITY;
  /** A step ran out of its step budget: the story seems to loop without end, and that has been reported. */
  stalled = false;

  seeStep(step: StoryStep): void {
    for (const line of step.lines) for (const p of line.problems) this.tagProblems.set(`${p.tag}|${p.message}`, p);
    for (const option of step.options)
      for (const p of option.problems) this.tagProblems.set(`${p.tag}|${p.message}`, p);
    if (!step.decisionId || step.options.length === 0 || step.options.every((o) => o.aside)) return;
    this.decisionPoints.add(step.decisionId);
    if (!this.decisionOptions.has(step.decisionId)) this.decisionOptions.set(step.decisionId, step.options);
    for (const option of step.options)
      this.options.set(optionKey(step.decisionId, option), { decisionId: step.decisionId, option });
  }

  take(step: StoryStep, option: StoryOption): void {
    if (!step.decisionId) return;
    const key = optionKey(step.decisionId, option);
    this.taken.set(key, (this.taken.get(key) ?? 0) + 1);
  }

  finish(step: StoryStep, walk: Walk): void {
    this.decisionCounts.push(walk.decisions);
    this.minDecisions = Math.min(this.minDecisions, walk.decisions);
    this.maxDecisions = Math.max(this.maxDecisions, walk.decisions);
    const last = step.lines.at(-1);
    const ending = step.lines
      .map((l) => findTag(l.tags, 'ending')?.id)
      .filter(Boolean)
      .at(-1);
    if (step.stalled) {
      this.stalled = true;
      this.addProblem({
        kind: 'loop',
        message: step.error ?? 'The story seems to loop here without end.',
        path: walk.chosen,
      });
    } else if (step.error) this.addProblem({ kind: 'runtime-error', message: step.error, path: walk.chosen });
    else if (ending) this.endings.set(ending, (this.endings.get(ending) ?? 0) + 1);
    else
      this.addProblem({
        kind: 'dead-end',
        message: `The story stops without an "ending:" tag${last ? ` after "${last.text.slice(0, 80)}"` : ''}.`,
        path: walk.chosen,
      });
  }

  addProblem(problem: PathProblem): void {
    if (
      this.problems.length < 200 &&
      !this.problems.some((p) => p.kind === problem.kind && p.message === problem.message)
    )
      this.problems.push(problem);
  }

  /** Everything a new path can add; when this does not change, the path found nothing new. */
  coverage(): string {
    return [
      this.decisionPoints.size,
      this.options.size,
      this.taken.size,
      this.endings.size,
      this.problems.length,
      this.tagProblems.size,
      this.minDecisions,
      this.maxDecisions,
    ].join(' ');
  }
}

export const optionKey = (decisionId: string, option: StoryOption): string =>
  `${decisionId}#${option.index}:${option.text}`;

/** Paths sampled first, to estimate how many paths the story has before trying to play them all. */
const PROBE_PATHS = 8;
/** Play every path only when the estimate is at most this many times the exhaustive limit. */
const HOPEFUL = 10;

/** Explore a compiled story. Never throws: a story that cannot even load is one runtime problem. */
export function exploreStory(
  json: string,
  principleIds: ReadonlySet<string>,
  options: ExploreOptions = DEFAULT_EXPLORE,
): Exploration {
  const created = InkRunner.create(json, principleIds, { stepBudget: options.stepBudget });
  if (!created.ok) {
    const recorder = new Recorder();
    recorder.addProblem({ kind: 'runtime-error', message: created.error, path: [] });
    return summarise(recorder, 'exhaustive', options.seed, undefined);
  }
  const runner = created.runner;
  // A few sampled paths estimate the number of paths (Knuth's estimator). Far more than the exhaustive pass may
  // play: sample on from these paths, rather than start a depth-first pass that could only cover one corner.
  const probe = new Sampler(runner, new Recorder(), options);
  if (probe.estimatePaths(PROBE_PATHS) > options.exhaustiveLimit * HOPEFUL) {
    return summarise(probe.recorder, 'sample', options.seed, { exhaustivePaths: 0, ...probe.run() });
  }
  const recorder = new Recorder();
  if (exploreAll(runner, recorder, options)) return summarise(recorder, 'exhaustive', options.seed, undefined);
  // More paths than the exhaustive pass may play: keep what it found, and sample the rest of the story.
  const exhaustivePaths = recorder.decisionCounts.length;
  return summarise(recorder, 'sample', options.seed, {
    exhaustivePaths,
    ...new Sampler(runner, recorder, options).run(),
  });
}

/** Depth first over every option; false when it passed `exhaustiveLimit` paths and stopped. */
function exploreAll(runner: InkRunner, recorder: Recorder, options: ExploreOptions): boolean {
  runner.reset();
  runner.setSeed(options.seed);
  const stack: { state: string; walk: Walk }[] = [];
  const first = runner.continueStory();
  let leaves = 0;
  const visit = (step: StoryStep, walk: Walk): void => {
    recorder.seeStep(step);
    if (step.options.length === 0 || step.error) {
      recorder.finish(step, walk);
      leaves++;
      return;
    }
    if (walk.chosen.length >= options.maxChoicesPerPath) {
      recorder.addProblem({
        kind: 'loop',
        message: `A path ran past ${options.maxChoicesPerPath} choices: is there a loop with no way out?`,
        path: walk.chosen,
      });
      leaves++;
      return;
    }
    const state = runner.saveState();
    const open = step.options.filter((o) => timesOnPath(walk, o.text) < REPEAT_LIMIT);
    if (open.length === 0) {
      // A hub visited again and again: this branch has shown all it can; sampling finds true loops by length.
      leaves++;
      return;
    }
    for (const option of [...open].reverse())
      stack.push({ state, walk: { ...walk, chosen: [...walk.chosen, `${option.index}`] } });
  };
  visit(first, { decisions: 0, chosen: [] });
  while (stack.length > 0) {
    if (leaves > options.exhaustiveLimit) return false;
    // A loop without end has been reported once; every other path through it would only repeat it.
    if (recorder.stalled) return true;
    const next = stack.pop()!;
    runner.loadState(next.state);
    const index = Number(next.walk.chosen.at(-1));
    const offered = runner.continueStory();
    const option = offered.options[index];
    if (!option) continue;
    recorder.take(offered, option);
    runner.choose(index);
    const walk = {
      decisions: next.walk.decisions + (option.aside ? 0 : 1),
      chosen: [...next.walk.chosen.slice(0, -1), option.text],
    };
    visit(runner.continueStory(), walk);
  }
  return true;
}

/** Seeded paths, favouring options taken least, until nothing new turns up for long enough (or the cap). */
class Sampler {
  private readonly random: () => number;
  private readonly patience: number;
  private played = 0;
  private lastDiscovery = 0;
  /** Knuth's estimator: for each path played, the product of the number of options open at each choice. */
  private readonly pathEstimates: number[] = [];

  constructor(
    private readonly runner: InkRunner,
    readonly recorder: Recorder,
    private readonly options: ExploreOptions,
  ) {
    this.random = mulberry32(options.seed);
    this.patience = options.patience ?? DEFAULT_PATIENCE;
  }

  /** Play up to `paths` paths (they count as samples) and estimate how many paths the story has. */
  estimatePaths(paths: number): number {
    for (let n = 0; n < Math.min(paths, this.options.samples) && !this.recorder.stalled; n++) this.playOne();
    return this.pathEstimates.length === 0
      ? 0
      : this.pathEstimates.reduce((a, b) => a + b, 0) / this.pathEstimates.length;
  }

  run(): Omit<SamplingSummary, 'exhaustivePaths'> {
    while (this.played < this.options.samples) {
      // A loop without end has been reported once; every other path through it would only repeat it.
      if (this.recorder.stalled) return this.summary('loop');
      if (
        this.patience > 0 &&
        this.played > 0 &&
        this.played - this.lastDiscovery >= Math.max(this.patience, this.lastDiscovery)
      )
        return this.summary('saturated');
      this.playOne();
    }
    return this.summary(this.recorder.stalled ? 'loop' : 'limit');
  }

  private summary(stop: SamplingSummary['stop']): Omit<SamplingSummary, 'exhaustivePaths'> {
    return { sampledPaths: this.played, lastDiscovery: this.lastDiscovery, stop };
  }

  private playOne(): void {
    const before = this.recorder.coverage();
    this.pathEstimates.push(this.playPath());
    this.played++;
    if (this.recorder.coverage() !== before) this.lastDiscovery = this.played;
  }

  /** Play one path from the start; returns the product of the options open along it. */
  private playPath(): number {
    const { runner, recorder, options } = this;
    runner.reset();
    runner.setSeed(options.seed);
    const walk: Walk = { decisions: 0, chosen: [] };
    let branches = 1;
    let step = runner.continueStory();
    while (true) {
      recorder.seeStep(step);
      if (step.options.length === 0 || step.error) {
        recorder.finish(step, walk);
        return branches;
      }
      if (walk.chosen.length >= options.maxChoicesPerPath) {
        recorder.addProblem({
          kind: 'loop',
          message: `A path ran past ${options.maxChoicesPerPath} choices: is there a loop with no way out?`,
          path: walk.chosen,
        });
        return branches;
      }
      const fresh = step.options.filter((o) => timesOnPath(walk, o.text) < REPEAT_LIMIT);
      const open = fresh.length > 0 ? fresh : step.options;
      branches *= open.length;
      const index = pickLeastTaken({ ...step, options: open }, recorder.taken, this.random);
      const option = step.options.find((o) => o.index === index)!;
      recorder.take(step, option);
      walk.chosen.push(option.text);
      if (!option.aside) walk.decisions++;
      runner.choose(index);
      step = runner.continueStory();
    }
  }
}

/** Mostly favour options taken least so far (so every option gets tried), sometimes pick at random. */
function pickLeastTaken(step: StoryStep, taken: ReadonlyMap<string, number>, random: () => number): number {
  if (random() < 0.35 || !step.decisionId) return step.options[Math.floor(random() * step.options.length)]!.index;
  const counts = step.options.map((o) => taken.get(optionKey(step.decisionId!, o)) ?? 0);
  const least = Math.min(...counts);
  const candidates = step.options.filter((_, i) => counts[i] === least);
  return candidates[Math.floor(random() * candidates.length)]!.index;
}

function summarise(
  recorder: Recorder,
  mode: Exploration['mode'],
  seed: number,
  sampling: SamplingSummary | undefined,
): Exploration {
  const counts = recorder.decisionCounts;
  // Every path played means every option met was taken somewhere (a hub's repeats excepted, which are not choices).
  const taken = mode === 'exhaustive' ? new Set(recorder.options.keys()) : new Set(recorder.taken.keys());
  return {
    mode,
    paths: sampling ? sampling.exhaustivePaths + sampling.sampledPaths : counts.length,
    seed,
    sampling,
    decisionsPerPath: {
      min: counts.length ? Math.min(...counts) : 0,
      max: counts.length ? Math.max(...counts) : 0,
      mean: counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : 0,
    },
    endings: recorder.endings,
    options: recorder.options,
    optionsTaken: taken,
    decisionPoints: recorder.decisionPoints,
    decisionOptions: recorder.decisionOptions,
    problems: recorder.problems,
    tagProblems: [...recorder.tagProblems.values()],
  };
}

/** A small seeded PRNG, so samples are repeatable (the same generator that orders options). */
export const mulberry32 = seededRandom;
