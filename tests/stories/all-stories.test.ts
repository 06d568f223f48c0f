// Every scenario in stories/ compiles, has the metadata the menu needs, lints clean, plays to an ending, and
// cannot be played well by guessing. Each story is checked once per run (tests/helpers/story-reports.ts), shared
// with the other story tests and shared out between test workers.
import { describe, expect, it } from 'vitest';
import { formatCheckReport } from '../../src/core/checker/check-report-format.ts';
import { InkRunner } from '../../src/core/story/ink-runner.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { shippedStories, storyReports } from '../helpers/story-reports.ts';

const scenarios = shippedStories();

const reports = storyReports(scenarios);

describe('every scenario in stories/', () => {
  it('has at least the sample scenario', () => {
    expect(scenarios).toContain('first-shift');
  });

  for (const name of scenarios) {
    const report = reports.get(name)!;
    const text = formatCheckReport(report);

    it(`${name}: compiles, lints clean, has no dead ends or runtime errors, and every option is tagged and explained`, () => {
      expect(report.errorCount, text).toBe(0);
      expect(report.optionsWithoutPrinciples, text).toEqual([]);
      expect(report.optionsWithoutWhy, text).toEqual([]);
      // The projector's reveal at 1280×720 draws these at 36 px where the full ones will not fit.
      expect(report.optionsWithoutShortForms, text).toEqual([]);
      expect(
        report.findings.filter((f) => f.severity === 'warning'),
        text,
      ).toEqual([]);
      expect(report.exploration!.endings.size, text).toBeGreaterThan(0);
      const created = InkRunner.create(report.json!, DEFAULT_CATALOGUE.ids);
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      expect(created.runner.meta).toMatchObject({
        id: name,
        title: expect.any(String),
        summary: expect.any(String),
        contentNote: expect.any(String),
        lengthMinutes: expect.any(Number),
        problems: [],
      });
    });

    it(`${name}: meets the guessability bar (the best option cannot be found by its place, length or cost)`, () => {
      expect(report.guessability, text).toBeDefined();
      expect(report.guessability!.missed, text).toEqual([]);
    });
  }
});
