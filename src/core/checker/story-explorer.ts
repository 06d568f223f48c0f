// Plays a compiled story down every path (when few enough) or, past that, keeps what the exhaustive pass found
// and adds a seeded sample of paths until new paths stop finding anything new, recording what an author needs
// to know: decision points, options, endings, dead ends, loops, runtime errors. Every budget counts work (paths,
// choices, ink steps), never time, so the same story and seed give the same report on any machine.
import { seededRandom } from '../story/option-order.ts';
import { InkRunner } from '../story/ink-runner.ts';
import { exploreAll } from './exhaustive-walk.ts';
import { Recorder } from './exploration-recorder.ts';
import { DEFAULT_EXPLORE, type Exploration, type ExploreOptions, type SamplingSummary } from './exploration-types.ts';
import { Sampler } from './path-sampler.ts';

export * from './exploration-types.ts';

/** Paths sampled first, to estimate how many paths the story has before trying to play them all. */
const PROBE_PATHS = 8;
/** Play every path only when the estimate is at most this many times the exhaustive limit. */
const HOPEFUL = 10;

/** How far an exploration has gone: complete paths played so far. */
export interface ExploreProgress {
  readonly paths: number;
}

/** Explore a compiled story. Never throws: a story that cannot even load is one runtime problem. */
export function exploreStory(
  json: string,
  principleIds: ReadonlySet<string>,
  options: ExploreOptions = DEFAULT_EXPLORE,
): Exploration {
  const steps = exploreStorySteps(json, principleIds, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same exploration, one path at a time: yields after every complete path (the same result, whoever drives
 * it), so a worker can report progress and a page without workers can hand control back between paths.
 */
export function* exploreStorySteps(
  json: string,
  principleIds: ReadonlySet<string>,
  options: ExploreOptions = DEFAULT_EXPLORE,
): Generator<ExploreProgress, Exploration> {
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
  const paths = counting(probe.recorder, 0);
  const estimate = yield* paths(probe.estimatePaths(PROBE_PATHS));
  if (estimate > options.exhaustiveLimit * HOPEFUL) {
    const sampled = yield* paths(probe.run());
    return summarise(probe.recorder, 'sample', options.seed, { exhaustivePaths: 0, ...sampled });
  }
  const recorder = new Recorder();
  const all = counting(recorder, probe.recorder.decisionCounts.length);
  if (yield* all(exploreAll(runner, recorder, options)))
    return summarise(recorder, 'exhaustive', options.seed, undefined);
  // More paths than the exhaustive pass may play: keep what it found, and sample the rest of the story.
  const exhaustivePaths = recorder.decisionCounts.length;
  const sampled = yield* all(new Sampler(runner, recorder, options).run());
  return summarise(recorder, 'sample', options.seed, { exhaustivePaths, ...sampled });
}

/** Pass on a walk's pauses as progress: paths finished so far (plus paths played before, for the count only). */
const counting = (recorder: Recorder, before: number) =>
  function* <T>(walk: Generator<void, T>): Generator<ExploreProgress, T> {
    for (;;) {
      const next = walk.next();
      if (next.done) return next.value;
      yield { paths: before + recorder.decisionCounts.length };
    }
  };

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
