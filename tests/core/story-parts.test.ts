// The story in two downloads: the first part offers the same page and options without their reasons, and
// joining the parts gives back the compiled story to the character, for a shipped scenario and odd inputs alike.
import { describe, expect, it } from 'vitest';
import { InkRunner } from '../../src/core/story/ink-runner.ts';
import { joinStory, splitStory } from '../../src/core/story/story-parts.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { compileFile } from '../helpers/story-fixtures.ts';

const cassieAndJo = compileFile('stories/cassie-and-jo/main.ink');

function firstStep(json: string) {
  const created = InkRunner.create(json, DEFAULT_CATALOGUE.ids);
  if (!created.ok) throw new Error(created.error);
  return created.runner.continueStory();
}

describe('a story in two parts', () => {
  it('joins back to exactly the compiled story', () => {
    const parts = splitStory(cassieAndJo);
    expect(parts.reasons.length).toBeGreaterThan(300);
    expect(joinStory(parts)).toBe(cassieAndJo);
  });

  it("leaves the options' reasons out of the first part, and nothing else", () => {
    const { json, reasons } = splitStory(cassieAndJo);
    expect(json.length).toBeLessThan(cassieAndJo.length * 0.85);
    const whole = firstStep(cassieAndJo);
    const first = firstStep(json);
    expect(first.lines).toEqual(whole.lines);
    const kept = (o: (typeof whole.options)[number]) => [o.text, o.supports, o.undermines, o.aside, o.sourcePath];
    expect(first.options.map(kept)).toEqual(whole.options.map(kept));
    expect(first.options.every((o) => o.why === '\uE000' && o.shortText === '\uE000')).toBe(true);
    for (const option of whole.options) {
      expect(option.why && json.includes(option.why)).toBe(false);
      expect(reasons.some((r) => option.why !== undefined && r.includes(option.why))).toBe(true);
    }
  });

  it('takes only tags, never a line of the story that starts like one', () => {
    const json = JSON.stringify({ root: ['^why: this is prose ', '#', '^why: a reason ', '/#'] });
    const parts = splitStory(json);
    expect(parts.reasons).toEqual([' a reason ']);
    expect(parts.json).toContain('this is prose');
    expect(joinStory(parts)).toBe(json);
  });

  it('keeps escaped quotes and backslashes intact', () => {
    const json = JSON.stringify({
      root: ['#', '^why: She said "no" \\ twice ', '/#', '#', '^short: "Wait" ', '/#', '^"kept"'],
    });
    const parts = splitStory(json);
    expect(parts.reasons).toEqual([' She said \\"no\\" \\\\ twice ', ' \\"Wait\\" ']);
    expect(parts.json).not.toContain('twice');
    expect(parts.json).toContain('kept');
    expect(joinStory(parts)).toBe(json);
  });

  it('does not split a story that already holds the marker character', () => {
    const json = JSON.stringify({ root: ['#', '^why: a reason ', '/#', '^odd \uE000 text'] });
    expect(splitStory(json)).toEqual({ json, reasons: [] });
  });

  it('refuses reasons from another build rather than guessing', () => {
    const parts = splitStory(JSON.stringify({ root: ['#', '^why: one ', '/#', '#', '^why: two ', '/#'] }));
    expect(() => joinStory({ json: parts.json, reasons: parts.reasons.slice(0, 1) })).toThrow(/1 for 2/);
    expect(() => joinStory({ json: parts.json, reasons: [...parts.reasons, ' three '] })).toThrow(/3 for 2/);
  });
});
