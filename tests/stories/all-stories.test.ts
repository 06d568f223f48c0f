// Every scenario in stories/ compiles, has the metadata the menu needs, lints clean and plays to an ending.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import { formatCheckReport } from '../../src/core/checker/check-report-format.ts';
import { InkRunner } from '../../src/core/story/ink-runner.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { PRINCIPLE_IDS, readText } from '../helpers/story-fixtures.ts';

const scenarios = readdirSync('stories', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve('stories', d.name, 'main.ink')))
  .map((d) => d.name);

describe('every scenario in stories/', () => {
  it('has at least the sample scenario', () => {
    expect(scenarios).toContain('first-shift');
  });

  for (const name of scenarios) {
    it(`${name}: compiles, lints clean, has no dead ends or runtime errors, and every option is tagged and explained`, () => {
      const report = checkStory(resolve('stories', name, 'main.ink'), readText, PRINCIPLE_IDS);
      const text = formatCheckReport(report);
      expect(report.errorCount, text).toBe(0);
      expect(report.optionsWithoutPrinciples, text).toEqual([]);
      expect(report.optionsWithoutWhy, text).toEqual([]);
      expect(report.findings.filter((f) => f.severity === 'warning'), text).toEqual([]);
      expect(report.exploration!.endings.size, text).toBeGreaterThan(0);
      const created = InkRunner.create(report.json!, DEFAULT_CATALOGUE.ids);
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      expect(created.runner.meta).toMatchObject({ id: name, title: expect.any(String), summary: expect.any(String), contentNote: expect.any(String), lengthMinutes: expect.any(Number), problems: [] });
    });
  }
});
