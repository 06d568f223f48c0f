// The projector's short forms (`short:`, `why-short:`): the checker says where one is missing its partner or is
// too long to fit four options to a 720-line screen, and counts options with a reason but no short forms.
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import { formatCheckReport } from '../../src/core/checker/check-report-format.ts';
import { PRINCIPLE_IDS } from '../helpers/story-fixtures.ts';

const long = (n: number) => 'x'.repeat(n);
const STORY = [
  'It is Monday. # stage: children-first',
  '* [Both forms # supports: children-first # why: A reason. # short: Both forms # why-short: A reason, briefly]',
  '    -> done',
  '* [Only short # supports: child-voice # why: A reason. # short: Only short]',
  '    -> done',
  `* [Too long # undermines: child-voice # why: A reason. # short: ${long(41)} # why-short: ${long(61)}]`,
  '    -> done',
  '* [No short forms # supports: safer-spaces # why: A reason.]',
  '    -> done',
  '=== done ===',
  'The end. # ending: done',
  '-> END',
  '',
].join('\n');

describe('short forms for the projector', () => {
  const report = checkStory('/virtual/main.ink', (path) => (path === '/virtual/main.ink' ? STORY : undefined), [
    ...PRINCIPLE_IDS,
  ]);
  const warnings = report.findings.filter((f) => f.severity === 'warning').map((f) => `${String(f.line)} ${f.message}`);

  it('parses both forms onto the option', () => {
    expect(report.errorCount, formatCheckReport(report)).toBe(0);
    const both = [...report.exploration!.options.values()].find((s) => s.option.text === 'Both forms')!;
    expect(both.option).toMatchObject({ shortText: 'Both forms', shortWhy: 'A reason, briefly' });
  });

  it('warns, with the line, about a short form without its partner and about each one over its limit', () => {
    expect(warnings).toContainEqual(expect.stringMatching(/^4 This option has "short" without "why-short"/));
    expect(warnings).toContainEqual(expect.stringMatching(/^6 "short" is 41 characters; keep it to 40/));
    expect(warnings).toContainEqual(expect.stringMatching(/^6 "why-short" is 61 characters; keep it to 60/));
    expect(warnings.filter((w) => w.startsWith('2 '))).toEqual([]);
  });

  it('counts options with a reason but no short forms, and names them in the report', () => {
    expect(report.optionsWithoutShortForms.map((s) => s.option.text)).toEqual(['Only short', 'No short forms']);
    expect(formatCheckReport(report)).toMatch(/Options without short forms for the projector .*: 2\n {2}"Only short"/);
  });
});
