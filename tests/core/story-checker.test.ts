import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import { formatCheckReport } from '../../src/core/checker/check-report-format.ts';
import { compileInk } from '../../src/core/story/ink-compiler.ts';
import { PRINCIPLE_IDS, readText } from '../helpers/story-fixtures.ts';

const fixture = (name: string) => resolve('tests/fixtures/ink', name);

describe('story checker', () => {
  it('finds each kind of problem, with file and line where the source has one', () => {
    const report = checkStory(fixture('problems.ink'), readText, PRINCIPLE_IDS);
    const messages = report.findings.map((f) => `${f.line ?? '-'} ${f.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^3 Tag "colour: blue": Unknown tag key/));
    expect(messages).toContainEqual(expect.stringMatching(/^4 Tag "supports: children-first": "supports" belongs inside a choice's brackets/));
    expect(messages).toContainEqual(expect.stringMatching(/^7 Tag "supports: be-nice": Unknown principle id "be-nice"/));
    expect(messages).toContainEqual(expect.stringMatching(/^13 Tag "stage: children-first": "stage" belongs on a line/));
    expect(messages).toContainEqual(expect.stringMatching(/"Aside with principles" is marked "aside" but also carries principle tags/));
    expect(report.pathProblems.filter((p) => p.kind === 'dead-end').map((p) => p.path)).toEqual([['No tags at all']]);
    expect(report.pathProblems.find((p) => p.kind === 'runtime-error')).toMatchObject({ path: ['Missing why'], message: expect.stringMatching(/didn't contain a divert target/) });
    expect(report.optionsWithoutPrinciples.map((s) => s.option.text)).toEqual(['No tags at all', 'Unknown principle']);
    expect(report.optionsWithoutWhy.map((s) => s.option.text)).toEqual(['No tags at all', 'Missing why']);
    expect(report.errorCount).toBeGreaterThanOrEqual(7);
    expect(report.exploration?.mode).toBe('exhaustive');
  });

  it('reports a compile error in an INCLUDEd file with its name and line, and compiles nothing', () => {
    const report = checkStory(fixture('broken.ink'), readText, PRINCIPLE_IDS);
    expect(report.compiled).toBe(false);
    expect(report.findings[0]).toMatchObject({ severity: 'error', file: 'broken-part.ink', line: 3 });
    expect(formatCheckReport(report)).toMatch(/Compile: FAILED\n  ERROR broken-part.ink line 3: /);
  });

  it('reports a missing INCLUDE by name', () => {
    const result = compileInk('/virtual/main.ink', (path) => (path === '/virtual/main.ink' ? 'INCLUDE nowhere.ink\nHi.\n-> END\n' : undefined));
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

  it('switches to a seeded sample when there are too many paths, and says so', () => {
    const report = checkStory(fixture('features.ink'), readText, PRINCIPLE_IDS, { exhaustiveLimit: 3, samples: 50, seed: 7, maxChoicesPerPath: 100 });
    expect(report.exploration).toMatchObject({ mode: 'sample', paths: 50, seed: 7 });
    expect(formatCheckReport(report)).toMatch(/seeded sample of 50 paths \(seed 7\)/);
    const again = checkStory(fixture('features.ink'), readText, PRINCIPLE_IDS, { exhaustiveLimit: 3, samples: 50, seed: 7, maxChoicesPerPath: 100 });
    expect(again.exploration?.decisionsPerPath).toEqual(report.exploration?.decisionsPerPath);
  });
});
