// The checker's guessability report: where the best-tagged option sits, how often it is the longest or costs
// nothing, how often every option costs something, and where "always the longest / shortest" ends.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import { formatCheckReport } from '../../src/core/checker/check-report-format.ts';
import { PRINCIPLE_IDS, readText } from '../helpers/story-fixtures.ts';

const check = (name: string) => checkStory(resolve('tests/fixtures/ink', name), readText, PRINCIPLE_IDS);
const ending = (report: ReturnType<typeof check>, policy: string) =>
  report.guessability!.walks.find((w) => w.policy === policy)?.ending;

describe('guessability report', () => {
  it('finds a story whose best option is first, longest and free, and says which bars it misses', () => {
    const report = check('guessable.ink');
    const g = report.guessability!;
    expect(g.decisionPoints).toBe(2);
    expect(g.bestFirst).toEqual({ count: 2, share: 1 });
    expect(g.bestLongest).toEqual({ count: 2, share: 1 });
    expect(g.bestCostFree).toEqual({ count: 2, share: 1 });
    expect(g.everyOptionStrains).toEqual({ count: 0, share: 0 });
    expect(ending(report, 'best')).toBe('good');
    expect(ending(report, 'first')).toBe('good');
    expect(ending(report, 'longest')).toBe('good');
    expect(ending(report, 'shortest')).toBe('poor');
    expect(g.missed).toHaveLength(5);
    expect(g.missed.join('\n')).toMatch(/longest option reaches the same ending as the best-tagged path \("good"\)/);
    expect(formatCheckReport(report)).toMatch(/Misses 5 bar\(s\)/);
  });

  it('passes a story of true dilemmas whose best option cannot be found by place or length', () => {
    const report = check('dilemma.ink');
    const g = report.guessability!;
    expect(g.decisionPoints).toBe(2);
    expect(g.bestFirst.count).toBe(0);
    expect(g.bestLongest.count).toBe(1);
    expect(g.bestCostFree.count).toBe(0);
    expect(g.everyOptionStrains).toEqual({ count: 2, share: 1 });
    expect(ending(report, 'best')).toBe('steady');
    expect(ending(report, 'longest')).toBe('elsewhere');
    expect(ending(report, 'shortest')).toBe('elsewhere');
    expect(g.missed).toEqual([`The best-tagged option is also the longest at 50% of decision points (at most 40%).`]);
    expect(report.errorCount).toBe(0);
  });
});
