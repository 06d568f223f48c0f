// Story-engine figures in Node, no browser: continue-and-choose steps per second on random walks over
// Cassie and Jo (through InkRunner, and through PlaySession, which the game uses), and the time the story
// checker takes over every scenario with its default exploration.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkStory } from '../src/core/checker/story-checker.ts';
import { mulberry32 } from '../src/core/checker/story-explorer.ts';
import { DEFAULT_CATALOGUE } from '../src/core/principles/default-catalogue.ts';
import { PlaySession } from '../src/core/session/play-session.ts';
import { compileInk } from '../src/core/story/ink-compiler.ts';
import { InkRunner } from '../src/core/story/ink-runner.ts';
import { ManualClock } from '../tests/doubles/manual-clock.ts';
import { median } from './stats.ts';

export const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

export function compileScenario(entry: string): string {
  const result = compileInk(resolve(entry), readText);
  if (!result.ok) throw new Error(`${entry} did not compile: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.json;
}

export function allScenarioEntries(): string[] {
  const root = resolve('stories');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(root, d.name, 'main.ink')))
    .map((d) => resolve(root, d.name, 'main.ink'));
}

export interface StepFigures {
  /** continueStory() + choose() pairs per second, InkRunner alone; median of the rounds. */
  readonly runnerStepsPerSecond: number;
  /** choose() per second through PlaySession (transcript, decisions, tags); median of the rounds. */
  readonly sessionStepsPerSecond: number;
  /** Complete random playthroughs per second through PlaySession. */
  readonly sessionPlaythroughsPerSecond: number;
  readonly rounds: number;
}

export interface CheckerFigures {
  /** Story checker, every scenario, default exploration: median total ms, and per scenario. */
  readonly checkAllMs: number;
  readonly checkRuns: number;
  readonly checkPerScenarioMs: readonly {
    readonly scenario: string;
    readonly ms: number;
    readonly mode: string;
    readonly paths: number;
  }[];
}

export type EngineFigures = StepFigures & CheckerFigures;

/** Random walks for `ms` milliseconds; returns steps per second. */
function runnerWalk(runner: InkRunner, random: () => number, ms: number): number {
  let steps = 0;
  const until = performance.now() + ms;
  while (performance.now() < until) {
    runner.reset();
    runner.setSeed(1);
    let step = runner.continueStory();
    while (step.options.length > 0 && !step.error) {
      runner.choose(Math.floor(random() * step.options.length));
      step = runner.continueStory();
      steps++;
    }
  }
  return steps / (ms / 1000);
}

function sessionWalk(json: string, random: () => number, ms: number): { steps: number; playthroughs: number } {
  let steps = 0;
  let playthroughs = 0;
  const clock = new ManualClock();
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const started = PlaySession.start({ json, principleIds: DEFAULT_CATALOGUE.ids }, clock);
    if (!started.ok) throw new Error(started.error);
    const session = started.session;
    for (let view = session.view(); view.options.length > 0 && !view.error; view = session.view()) {
      const problem = session.choose(Math.floor(random() * view.options.length));
      if (problem) throw new Error(problem);
      steps++;
    }
    playthroughs++;
  }
  return { steps: steps / (ms / 1000), playthroughs: playthroughs / (ms / 1000) };
}

/** Steps per second on random walks over Cassie and Jo. */
export function measureSteps(options: { rounds?: number; roundMs?: number } = {}): StepFigures {
  const rounds = options.rounds ?? 5;
  const roundMs = options.roundMs ?? 1000;
  const json = compileScenario('stories/cassie-and-jo/main.ink');
  const created = InkRunner.create(json, DEFAULT_CATALOGUE.ids);
  if (!created.ok) throw new Error(created.error);
  const random = mulberry32(20240601);
  runnerWalk(created.runner, random, 300); // warm-up (JIT)
  sessionWalk(json, random, 300);
  const runner: number[] = [];
  const session: number[] = [];
  const playthroughs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    runner.push(runnerWalk(created.runner, random, roundMs));
    const s = sessionWalk(json, random, roundMs);
    session.push(s.steps);
    playthroughs.push(s.playthroughs);
  }
  return {
    runnerStepsPerSecond: median(runner),
    sessionStepsPerSecond: median(session),
    sessionPlaythroughsPerSecond: median(playthroughs),
    rounds,
  };
}

/** The story checker over every scenario (stories/NAME/main.ink) with its default exploration, as `npm run check-story` runs it. */
export function measureChecker(checkRuns = 1): CheckerFigures {
  const ids = DEFAULT_CATALOGUE.principles.map((p) => p.id);
  const entries = allScenarioEntries();
  const totals: number[] = [];
  const perScenario = new Map<string, { ms: number[]; mode: string; paths: number }>();
  for (let run = 0; run < checkRuns; run++) {
    let total = 0;
    for (const entry of entries) {
      const started = performance.now();
      const report = checkStory(entry, readText, ids);
      const ms = performance.now() - started;
      total += ms;
      const name = entry.split('/').at(-2) ?? entry;
      const row = perScenario.get(name) ?? {
        ms: [],
        mode: report.exploration?.mode ?? 'not compiled',
        paths: report.exploration?.paths ?? 0,
      };
      row.ms.push(ms);
      perScenario.set(name, row);
    }
    totals.push(total);
  }
  return {
    checkAllMs: median(totals),
    checkRuns,
    checkPerScenarioMs: [...perScenario].map(([scenario, row]) => ({
      scenario,
      ms: median(row.ms),
      mode: row.mode,
      paths: row.paths,
    })),
  };
}
