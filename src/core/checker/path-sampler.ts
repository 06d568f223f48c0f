// Seeded sampling of paths for stories with too many to play them all: favours options taken least, stops once
// new paths stop finding anything new (or at its cap), and estimates the number of paths (Knuth's estimator).
// Generators yield after every path, so a caller can report progress, pause or stop between paths.
import type { InkRunner } from '../story/ink-runner.ts';
import type { StoryStep } from '../story/story-types.ts';
import { seededRandom } from '../story/option-order.ts';
import type { Recorder } from './exploration-recorder.ts';
import {
  DEFAULT_PATIENCE,
  optionKey,
  REPEAT_LIMIT,
  timesOnPath,
  type ExploreOptions,
  type SamplingSummary,
  type Walk,
} from './exploration-types.ts';

export class Sampler {
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
    this.random = seededRandom(options.seed);
    this.patience = options.patience ?? DEFAULT_PATIENCE;
  }

  /** Play up to `paths` paths (they count as samples) and estimate how many paths the story has. */
  *estimatePaths(paths: number): Generator<void, number> {
    for (let n = 0; n < Math.min(paths, this.options.samples) && !this.recorder.stalled; n++) {
      this.playOne();
      yield;
    }
    return this.pathEstimates.length === 0
      ? 0
      : this.pathEstimates.reduce((a, b) => a + b, 0) / this.pathEstimates.length;
  }

  *run(): Generator<void, Omit<SamplingSummary, 'exhaustivePaths'>> {
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
      yield;
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
    for (;;) {
      recorder.seeStep(step);
      if (step.options.length === 0 || step.error) {
        recorder.finish(step, walk);
        return branches;
      }
      if (walk.chosen.length >= options.maxChoicesPerPath) {
        recorder.tooLong(options.maxChoicesPerPath, walk);
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
  const counts = step.options.map((o) => taken.get(optionKey(o)) ?? 0);
  const least = Math.min(...counts);
  const candidates = step.options.filter((_, i) => counts[i] === least);
  return candidates[Math.floor(random() * candidates.length)]!.index;
}
