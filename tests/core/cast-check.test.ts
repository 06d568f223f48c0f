// The checker's look at who speaks: portraits, expressions, and pronouns against the gender recorded for a portrait.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import { PRINCIPLE_IDS, readText } from '../helpers/story-fixtures.ts';

const fixture = (name: string) => resolve('tests/fixtures/ink', name);
const castWarnings = (name: string) =>
  checkStory(fixture(name), readText, PRINCIPLE_IDS)
    .findings.filter((f) => /portrait|expression|pronoun|gender/i.test(f.message))
    .map((f) => ({ line: f.line, severity: f.severity, message: f.message }));

describe('the checker on speakers', () => {
  it('warns where a pronoun, a portrait or an expression does not fit the cast, with the line', () => {
    const found = castWarnings('cast-problems.ink');
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    expect(found).toEqual([
      { line: 6, severity: 'warning', message: expect.stringMatching(/"bus-driver" has no portrait/) },
      {
        line: 7,
        severity: 'warning',
        message: expect.stringMatching(/expression "furious" is not drawn.*worried, closed-off/),
      },
      {
        line: 4,
        severity: 'warning',
        message: expect.stringMatching(/"he" near Nadia disagrees with the gender recorded for their portrait \(she/),
      },
      { line: 5, severity: 'warning', message: expect.stringMatching(/"he" near Kerry disagrees .*\(she/) },
    ]);
  });

  it("says nothing when the pronouns near names and on speakers' own lines agree with the cast", () => {
    expect(castWarnings('cast-fine.ink')).toEqual([]);
  });

  it("treats role ids in an author's own story as roles: portraits, and no gender to disagree with", () => {
    expect(castWarnings('cast-generic.ink')).toEqual([]);
  });
});
