// Plays a compiled story down every path (when few enough) or down a large seeded sample of paths,
// recording what an author needs to know: decision points, options, endings, dead ends, runtime errors.
import { InkRunner, type StoryOption, type StoryStep } from '../story/ink-runner.ts';
import { findTag, type TagProblem } from '../story/tags.ts';

export interface ExploreOptions {
  /** Exhaustive search stops and sampling starts past this many complete paths. */
  readonly exhaustiveLimit: number;
  readonly samples: number;
  readonly seed: number;
  /** A path longer than this many choices is reported as a probable loop. */
  readonly maxChoicesPerPath: number;
}

export const DEFAULT_EXPLORE: ExploreOptions = { exhaustiveLimit: 2000, samples: 1500, seed: 20240601, maxChoicesPerPath: 400 };

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

export interface Exploration {
  readonly mode: 'exhaustive' | 'sample';
  readonly paths: number;
  readonly seed: number;
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
  readonly optionsTaken = new Set<string>();
  readonly decisionPoints = new Set<string>();
  readonly decisionOptions = new Map<string, readonly StoryOption[]>();
  readonly problems: PathProblem[] = [];
  readonly tagProblems = new Map<string, TagProblem>();
  readonly decisionCounts: number[] = [];

  seeStep(step: StoryStep): void {
    for (const line of step.lines) for (const p of line.problems) this.tagProblems.set(`${p.tag}|${p.message}`, p);
    for (const option of step.options) for (const p of option.problems) this.tagProblems.set(`${p.tag}|${p.message}`, p);
    if (!step.decisionId || step.options.length === 0 || step.options.every((o) => o.aside)) return;
    this.decisionPoints.add(step.decisionId);
    if (!this.decisionOptions.has(step.decisionId)) this.decisionOptions.set(step.decisionId, step.options);
    for (const option of step.options) this.options.set(optionKey(step.decisionId, option), { decisionId: step.decisionId, option });
  }

  finish(step: StoryStep, walk: Walk): void {
    this.decisionCounts.push(walk.decisions);
    const last = step.lines.at(-1);
    const ending = step.lines.map((l) => findTag(l.tags, 'ending')?.id).filter(Boolean).at(-1);
    if (step.error) this.addProblem({ kind: 'runtime-error', message: step.error, path: walk.chosen });
    else if (ending) this.endings.set(ending, (this.endings.get(ending) ?? 0) + 1);
    else this.addProblem({ kind: 'dead-end', message: `The story stops without an "ending:" tag${last ? ` after "${last.text.slice(0, 80)}"` : ''}.`, path: walk.chosen });
  }

  addProblem(problem: PathProblem): void {
    if (this.problems.length < 200 && !this.problems.some((p) => p.kind === problem.kind && p.message === problem.message)) this.problems.push(problem);
  }
}

export const optionKey = (decisionId: string, option: StoryOption): string => `${decisionId}#${option.index}:${option.text}`;

/** Explore a compiled story. Never throws: a story that cannot even load is one runtime problem. */
export function exploreStory(json: string, principleIds: ReadonlySet<string>, options: ExploreOptions = DEFAULT_EXPLORE): Exploration {
  const recorder = new Recorder();
  const created = InkRunner.create(json, principleIds);
  if (!created.ok) {
    recorder.addProblem({ kind: 'runtime-error', message: created.error, path: [] });
    return summarise(recorder, 'exhaustive', 0, options.seed);
  }
  const runner = created.runner;
  const exhaustive = exploreAll(runner, recorder, options);
  if (exhaustive) return summarise(recorder, 'exhaustive', recorder.decisionCounts.length, options.seed);
  const sampled = new Recorder();
  sample(runner, sampled, options);
  return summarise(sampled, 'sample', options.samples, options.seed);
}

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
      recorder.addProblem({ kind: 'loop', message: `A path ran past ${options.maxChoicesPerPath} choices: is there a loop with no way out?`, path: walk.chosen });
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
    for (const option of [...open].reverse()) stack.push({ state, walk: { ...walk, chosen: [...walk.chosen, `${option.index}`] } });
  };
  visit(first, { decisions: 0, chosen: [] });
  while (stack.length > 0) {
    if (leaves > options.exhaustiveLimit) return false;
    if (recorder.problems.some((p) => p.message.includes('without end'))) return true;
    const next = stack.pop()!;
    runner.loadState(next.state);
    const index = Number(next.walk.chosen.at(-1));
    const offered = runner.continueStory();
    const option = offered.options[index];
    if (!option) continue;
    runner.choose(index);
    const walk = { decisions: next.walk.decisions + (option.aside ? 0 : 1), chosen: [...next.walk.chosen.slice(0, -1), option.text] };
    visit(runner.continueStory(), walk);
  }
  return true;
}

function sample(runner: InkRunner, recorder: Recorder, options: ExploreOptions): void {
  const random = mulberry32(options.seed);
  const takenCount = new Map<string, number>();
  for (let n = 0; n < options.samples; n++) {
    // A story that loops without end costs a second per path to detect: once seen, it has been reported.
    if (recorder.problems.some((p) => p.message.includes('without end'))) break;
    runner.reset();
    runner.setSeed(options.seed);
    const walk: Walk = { decisions: 0, chosen: [] };
    let step = runner.continueStory();
    while (true) {
      recorder.seeStep(step);
      if (step.options.length === 0 || step.error) {
        recorder.finish(step, walk);
        break;
      }
      if (walk.chosen.length >= options.maxChoicesPerPath) {
        recorder.addProblem({ kind: 'loop', message: `A path ran past ${options.maxChoicesPerPath} choices: is there a loop with no way out?`, path: walk.chosen });
        break;
      }
      const fresh = step.options.filter((o) => timesOnPath(walk, o.text) < REPEAT_LIMIT);
      const open = fresh.length > 0 ? fresh : step.options;
      const index = pickLeastTaken({ ...step, options: open }, takenCount, random);
      const option = step.options.find((o) => o.index === index)!;
      if (step.decisionId) {
        const key = optionKey(step.decisionId, option);
        takenCount.set(key, (takenCount.get(key) ?? 0) + 1);
        recorder.optionsTaken.add(key);
      }
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

function summarise(recorder: Recorder, mode: Exploration['mode'], paths: number, seed: number): Exploration {
  const counts = recorder.decisionCounts;
  const taken = mode === 'exhaustive' ? new Set(recorder.options.keys()) : recorder.optionsTaken;
  return {
    mode,
    paths,
    seed,
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

/** A small seeded PRNG, so samples are repeatable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
