// Fuzzing the story checker (src/core/checker/story-checker.ts) with an in-memory file reader: small valid ink
// stories, mutated (lines deleted, duplicated or swapped, random tag text, broken braces and brackets, INCLUDEs
// of missing files, stray diverts). The checker never throws, every finding has words and a sane place, the
// counts add up, and a story that does not compile says so with at least one error. Checks run in a worker
// thread (checker-pool.ts) so that a story which makes the checker run forever is caught, not waited on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import type { ExploreOptions } from '../../src/core/checker/story-explorer.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { CheckerPool } from './checker-pool.ts';
import type { CheckSummary } from './checker-worker.ts';
import { FUZZ_SCALE, FUZZ_SEED, Fuzz } from './fuzz-kit.ts';
import { FIRST_SHIFT, SMALL_MAIN, SMALL_PART, mutate, type Files } from './ink-mutants.ts';

const IDS = DEFAULT_CATALOGUE.principles.map((p) => p.id);
/**
 * Small, so hundreds of checks stay within seconds; still enough to reach the endings of these stories. (Each
 * check costs ~20 ms whatever the exploration: the inkjs compiler alone takes that long on a 30-line story.
 * FUZZ_SCALE=10 runs ten times as many cases.) A mutant that loops is stopped after 20,000 ink steps, a
 * hundredth of the game's budget: the same code path, a fraction of the work.
 */
const EXPLORE = (seed: number): ExploreOptions => ({
  exhaustiveLimit: 40,
  samples: 8,
  seed,
  maxChoicesPerPath: 30,
  stepBudget: 20_000,
});

function reportProblem(report: CheckSummary): string | undefined {
  for (const finding of report.findings) {
    if (typeof finding.message !== 'string' || finding.message.trim() === '') return 'a finding without words';
    if (finding.severity !== 'error' && finding.severity !== 'warning')
      return `severity ${JSON.stringify(finding.severity)}`;
    if (finding.line !== undefined && !(Number.isInteger(finding.line) && (finding.line as number) >= 0))
      return `line ${JSON.stringify(finding.line)}`;
    if (finding.file !== undefined && typeof finding.file !== 'string') return 'file is not text';
  }
  for (const problem of report.pathProblems) if (problem.message.trim() === '') return 'a path problem without words';
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  if (!report.compiled) {
    if (errors === 0) return 'did not compile, yet no error says why';
    if (report.errorCount !== errors) return 'errorCount does not match the findings';
  } else {
    if (!report.hasJson) return 'compiled without JSON';
    // A path without an `ending:` tag is a warning (stories/README.md): every other path problem is an error.
    if (report.errorCount !== errors + report.pathProblems.filter((p) => p.kind !== 'dead-end').length)
      return 'errorCount does not match findings + path problems';
  }
  if (report.errorCount < 0 || report.warningCount < 0) return 'negative counts';
  return undefined;
}

/**
 * Only a safety net for a checker bug that never returns (synchronous code cannot otherwise be stopped): every
 * budget inside the checker counts work, so a check takes 20–60 ms of CPU and its result never depends on time.
 * The net is set far above that, so a busy machine cannot trip it.
 */
const HANG_MS = 60_000;
const pool = new CheckerPool(IDS);
beforeAll(async () => {
  await pool.start();
});
afterAll(async () => {
  await pool.close();
});

interface Tally {
  compiled: number;
  failed: number;
  hangs: Files[];
}

async function runCases(base: Files, cases: number, seed: number): Promise<Tally> {
  const f = new Fuzz(seed);
  const tally: Tally = { compiled: 0, failed: 0, hangs: [] };
  for (let n = 0; n < cases; n++) {
    const files: Files = { ...base };
    for (let m = f.int(1, 3); m > 0; m--) mutate(f, files);
    const outcome = await pool.check(files, EXPLORE(seed + n), HANG_MS);
    if (outcome.kind === 'threw')
      expect.fail(`checkStory threw (case ${n}, seed ${seed}): ${outcome.error}\n${JSON.stringify(files, null, 1)}`);
    if (outcome.kind === 'hang') {
      tally.hangs.push(files);
      continue;
    }
    const problem = reportProblem(outcome.summary);
    if (problem)
      expect.fail(
        `${problem} (case ${n}, seed ${seed})\n${JSON.stringify(files, null, 1)}\n${JSON.stringify(outcome.summary.findings)}`,
      );
    if (outcome.summary.compiled) tally.compiled++;
    else tally.failed++;
  }
  return tally;
}

/** A story that loops without reaching a choice is stopped by InkRunner's step budget, so none may hang. */
const HANGS_TOLERATED = 0;

describe('story checker fuzz', () => {
  it('the unmutated stories check clean (the fuzz starts from valid ink)', async () => {
    for (const files of [{ 'main.ink': SMALL_MAIN, 'part.ink': SMALL_PART }, { 'main.ink': FIRST_SHIFT }] as Files[]) {
      const outcome = await pool.check(files, EXPLORE(1), HANG_MS);
      expect(outcome.kind).toBe('done');
      if (outcome.kind !== 'done') return;
      expect(outcome.summary.compiled).toBe(true);
      expect(outcome.summary.errorCount, JSON.stringify(outcome.summary.findings)).toBe(0);
    }
  });

  it(`never throws and always explains itself on ${120 * FUZZ_SCALE} mutations of a small two-file story`, async () => {
    const tally = await runCases({ 'main.ink': SMALL_MAIN, 'part.ink': SMALL_PART }, 120 * FUZZ_SCALE, FUZZ_SEED + 20);
    // Both outcomes are exercised: some mutants still compile (and get explored), some do not.
    expect(tally.compiled).toBeGreaterThan(15 * FUZZ_SCALE);
    expect(tally.failed).toBeGreaterThan(15 * FUZZ_SCALE);
    expect(
      tally.hangs.length,
      `hanging stories:\n${tally.hangs.map((h) => JSON.stringify(h)).join('\n')}`,
    ).toBeLessThanOrEqual(HANGS_TOLERATED);
  });

  it(`never throws and always explains itself on ${40 * FUZZ_SCALE} mutations of the first-shift scenario`, async () => {
    const tally = await runCases({ 'main.ink': FIRST_SHIFT }, 40 * FUZZ_SCALE, FUZZ_SEED + 21);
    expect(tally.compiled).toBeGreaterThan(5 * FUZZ_SCALE);
    expect(tally.failed).toBeGreaterThan(5 * FUZZ_SCALE);
    expect(
      tally.hangs.length,
      `hanging stories:\n${tally.hangs.map((h) => JSON.stringify(h)).join('\n')}`,
    ).toBeLessThanOrEqual(HANGS_TOLERATED);
  });

  it('reports a missing INCLUDE with its name, and an unreadable entry file, without throwing', () => {
    const missing = checkStory(
      'main.ink',
      (path) => (path === 'main.ink' ? 'INCLUDE gone.ink\nHello.\n-> END\n' : undefined),
      IDS,
      EXPLORE(1),
    );
    expect(missing.compiled).toBe(false);
    expect(missing.findings.some((f) => f.message.includes('gone.ink'))).toBe(true);
    const throwing = checkStory(
      'main.ink',
      () => {
        throw new Error('disk on fire');
      },
      IDS,
      EXPLORE(1),
    );
    expect(throwing.compiled).toBe(false);
    expect(throwing.errorCount).toBeGreaterThan(0);
  });

  it('finishes on a knot that diverts to itself before any text or choice, reporting the loop at its step budget', async () => {
    const files = { 'main.ink': 'Start.\n-> middle\n=== middle ===\n-> middle\n* [Never offered]\n    -> END\n' };
    const outcome = await pool.check(files, EXPLORE(1), HANG_MS);
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.summary.pathProblems).toEqual([
      { kind: 'loop', message: expect.stringContaining('20000 steps without reaching a choice') },
    ]);
  });
});
