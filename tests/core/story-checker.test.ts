import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOwnScenario } from '../../src/app/own-scenario-import.ts';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import { formatCheckReport } from '../../src/core/checker/check-report-format.ts';
import { exploreStory } from '../../src/core/checker/story-explorer.ts';
import { compileInk } from '../../src/core/story/ink-compiler.ts';
import { DEFAULT_STEP_BUDGET } from '../../src/core/story/ink-runner.ts';
import { compileFile, PRINCIPLE_IDS, readText } from '../helpers/story-fixtures.ts';

const fixture = (name: string) => resolve('tests/fixtures/ink', name);

describe('story checker', () => {
  it('finds each kind of problem, with file and line where the source has one', () => {
    const report = checkStory(fixture('problems.ink'), readText, PRINCIPLE_IDS);
    const messages = report.findings.map((f) => `${f.line ?? '-'} ${f.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^3 Tag "colour: blue": Unknown tag key/));
    expect(messages).toContainEqual(
      expect.stringMatching(/^4 Tag "supports: children-first": "supports" belongs inside a choice's brackets/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^7 Tag "supports: be-nice": Unknown principle id "be-nice"/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^13 Tag "stage: children-first": "stage" belongs on a line/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/"Aside with principles" is marked "aside" but also carries principle tags/),
    );
    expect(report.pathProblems.filter((p) => p.kind === 'dead-end').map((p) => p.path)).toEqual([['No tags at all']]);
    expect(report.pathProblems.find((p) => p.kind === 'runtime-error')).toMatchObject({
      path: ['Missing why'],
      message: expect.stringMatching(/didn't contain a divert target/),
    });
    expect(report.optionsWithoutPrinciples.map((s) => s.option.text)).toEqual(['No tags at all', 'Unknown principle']);
    expect(report.optionsWithoutWhy.map((s) => s.option.text)).toEqual(['No tags at all', 'Missing why']);
    // Six errors; the path without an `ending:` is a warning (one policy with the game, stories/README.md).
    expect(report.errorCount).toBeGreaterThanOrEqual(6);
    expect(report.exploration?.mode).toBe('exhaustive');
  });

  it('reports a compile error in an INCLUDEd file with its name and line, and compiles nothing', () => {
    const report = checkStory(fixture('broken.ink'), readText, PRINCIPLE_IDS);
    expect(report.compiled).toBe(false);
    expect(report.findings[0]).toMatchObject({ severity: 'error', file: 'broken-part.ink', line: 3 });
    expect(formatCheckReport(report)).toMatch(/Compile: FAILED\n {2}ERROR broken-part.ink line 3: /);
  });

  it('reports a missing INCLUDE by name', () => {
    const result = compileInk('/virtual/main.ink', (path) =>
      path === '/virtual/main.ink' ? 'INCLUDE nowhere.ink\nHi.\n-> END\n' : undefined,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message).join(' ')).toMatch(/nowhere\.ink/);
  });

  it('prints the full report for a clean story: counts, endings, the principle table', () => {
    const report = checkStory(fixture('features.ink'), readText, PRINCIPLE_IDS);
    expect(report.errorCount).toBe(0);
    const text = formatCheckReport(report);
    expect(text).toMatch(/Played every path: \d+ path\(s\)\./);
    expect(text).toMatch(/fixture-end/);
    expect(text).toMatch(/Dead ends: none/);
    expect(text).toMatch(/children-first\s+1\s+0/);
    expect(text).toMatch(/Principles no option touches: challenge-inequality, strengths-relationships/);
  });

  it('switches to a seeded sample when there are too many paths, keeps what the exhaustive pass found, and says so', () => {
    const options = { exhaustiveLimit: 3, samples: 50, seed: 7, maxChoicesPerPath: 100, patience: 0 };
    const report = checkStory(fixture('features.ink'), readText, PRINCIPLE_IDS, options);
    expect(report.exploration).toMatchObject({
      mode: 'sample',
      seed: 7,
      sampling: { sampledPaths: 50, stop: 'limit' },
    });
    const { exhaustivePaths } = report.exploration!.sampling!;
    expect(exhaustivePaths).toBeGreaterThan(0);
    expect(report.exploration!.paths).toBe(exhaustivePaths + 50);
    expect(formatCheckReport(report)).toMatch(
      new RegExp(`seeded sample of ${exhaustivePaths + 50} paths \\(seed 7\\)`),
    );
    const again = checkStory(fixture('features.ink'), readText, PRINCIPLE_IDS, options);
    expect(again.exploration?.decisionsPerPath).toEqual(report.exploration?.decisionsPerPath);
    expect([...again.exploration!.endings]).toEqual([...report.exploration!.endings]);
  });

  it('keeps the exhaustive pass when it overflows: what it found is in the report even with no samples at all', () => {
    const json = compileFile('tests/fixtures/ink/features.ink');
    const ids = new Set(PRINCIPLE_IDS);
    const full = exploreStory(json, ids, { exhaustiveLimit: 2000, samples: 0, seed: 7, maxChoicesPerPath: 100 });
    const cut = exploreStory(json, ids, { exhaustiveLimit: 3, samples: 0, seed: 7, maxChoicesPerPath: 100 });
    expect(full.mode).toBe('exhaustive');
    expect(cut).toMatchObject({ mode: 'sample', sampling: { sampledPaths: 0 } });
    expect(cut.paths).toBe(cut.sampling!.exhaustivePaths);
    expect(cut.paths).toBeGreaterThan(0);
    expect(cut.endings.size).toBeGreaterThan(0);
    expect(cut.options.size).toBeGreaterThan(0);
    for (const key of cut.options.keys()) expect(full.options.has(key), key).toBe(true);
  });

  it('stops sampling once new paths stop finding anything new, having found what every path finds', () => {
    const json = compileFile('tests/fixtures/ink/features.ink');
    const ids = new Set(PRINCIPLE_IDS);
    const full = exploreStory(json, ids, { exhaustiveLimit: 2000, samples: 0, seed: 7, maxChoicesPerPath: 100 });
    const sampled = exploreStory(json, ids, {
      exhaustiveLimit: 1,
      samples: 1000,
      seed: 7,
      maxChoicesPerPath: 100,
      patience: 30,
    });
    expect(sampled.sampling).toMatchObject({ stop: 'saturated' });
    const { sampledPaths, lastDiscovery } = sampled.sampling!;
    expect(sampledPaths).toBeLessThan(1000);
    expect(sampledPaths - lastDiscovery).toBe(Math.max(30, lastDiscovery));
    expect([...sampled.options.keys()].sort()).toEqual([...full.options.keys()].sort());
    expect([...sampled.endings.keys()].sort()).toEqual([...full.endings.keys()].sort());
    expect([...sampled.decisionPoints].sort()).toEqual([...full.decisionPoints].sort());
    expect(sampled.optionsTaken.size).toBe(full.optionsTaken.size);
    // Patience 0 plays every sample it is given.
    expect(
      exploreStory(json, ids, { exhaustiveLimit: 1, samples: 200, seed: 7, maxChoicesPerPath: 100, patience: 0 })
        .sampling,
    ).toMatchObject({ sampledPaths: 200, stop: 'limit' });
  });

  it("reports a knot that loops without end at the game's own step budget, or at the budget it is given", () => {
    const report = checkStory(fixture('step-budget.ink'), readText, PRINCIPLE_IDS);
    const loops = report.pathProblems.filter((p) => p.kind === 'loop');
    expect(loops).toEqual([
      {
        kind: 'loop',
        message: expect.stringContaining(`${DEFAULT_STEP_BUDGET} steps without reaching a choice`),
        path: ['Spin for ever'],
      },
    ]);
    expect(report.errorCount).toBeGreaterThan(0);
    const tight = checkStory(fixture('step-budget.ink'), readText, PRINCIPLE_IDS, {
      exhaustiveLimit: 10,
      samples: 10,
      seed: 1,
      maxChoicesPerPath: 10,
      stepBudget: 1000,
    });
    expect(tight.pathProblems).toEqual([
      { kind: 'loop', message: expect.stringContaining('1000 steps without reaching a choice'), path: [] },
    ]);
  });

  it("checks a trainer's own scenario with the same step budget as the game", async () => {
    const result = await importOwnScenario(
      [{ name: 'loops.ink', text: readFileSync(fixture('step-budget.ink'), 'utf8') }],
      PRINCIPLE_IDS,
    );
    expect(result.json).toBeDefined();
    expect(result.pathErrors.map((p) => p.message)).toContainEqual(
      expect.stringContaining(`${DEFAULT_STEP_BUDGET} steps without reaching a choice`),
    );
  });
});
