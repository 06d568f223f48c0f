// The checker counts each option once, by where it is written in the compiled story: a conditional option
// shown before it (shifting its index) does not make it a second option. Checked against an independent count
// of the choice points written in Cassie and Jo's compiled story.
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import { compileInk } from '../../src/core/story/ink-compiler.ts';
import { PRINCIPLE_IDS, compileFile } from '../helpers/story-fixtures.ts';
import { storyReports } from '../helpers/story-reports.ts';

const SHIFTING = `VAR visits = 0
-> hub
=== hub ===
~ visits = visits + 1
The waiting room. # stage: child-voice
+ {visits > 1} [Ask the receptionist again # supports: child-voice # why: She knows more now.]
    -> hub
* [Sit with Jo and wait # supports: child-voice # undermines: safer-spaces # why: Jo is not alone, and nobody is called.]
    -> hub
* [Call the duty team # supports: safer-spaces # why: Help is on its way.]
    Done. # ending: called
    -> END
`;

/** Practice options written in a compiled story: choice points that show text and are not asides or fallbacks. */
function writtenOptions(json: string): number {
  let count = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      let strings: unknown[][] = [];
      let current: unknown[] | undefined;
      for (const item of node) {
        if (item === 'str') current = [];
        else if (item === '/str' && current) {
          strings = [...strings.slice(-1), current];
          current = undefined;
        } else if (current) current.push(item);
        else if (isChoicePoint(item)) {
          const flags = item.flg ?? 0;
          const written = strings.slice(-((flags & 2 ? 1 : 0) + (flags & 4 ? 1 : 0)));
          const aside = written.flat().some((part) => typeof part === 'string' && /^\^\s*aside\s*$/.test(part));
          if (!(flags & 8) && !aside) count++;
          strings = [];
        }
        visit(item);
      }
    } else if (node && typeof node === 'object') for (const value of Object.values(node)) visit(value);
  };
  visit((JSON.parse(json) as { root: unknown }).root);
  return count;
}

const isChoicePoint = (item: unknown): item is { '*': string; flg?: number } =>
  typeof item === 'object' && item !== null && '*' in item;

describe('option identity in the checker', () => {
  it('counts an option once when a conditional option before it shifts its place', () => {
    const report = checkStory(
      'shifting.ink',
      (path) => (path === 'shifting.ink' ? SHIFTING : undefined),
      PRINCIPLE_IDS,
    );
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.errorCount).toBe(0);
    expect(report.options).toBe(3);
    expect(report.principleTable.find((r) => r.principle === 'child-voice')?.supportedBy).toBe(2);
    const compiled = compileInk('shifting.ink', () => SHIFTING);
    expect(compiled.ok && writtenOptions(compiled.json)).toBe(3);
  });

  it("reports Cassie and Jo's true number of options: one per option written in the story", () => {
    const report = storyReports(['cassie-and-jo']).get('cassie-and-jo')!;
    const written = writtenOptions(compileFile('stories/cassie-and-jo/main.ink'));
    expect(written).toBeGreaterThan(100);
    expect(report.options).toBe(written);
    expect(report.optionsNeverTaken).toBe(0);
  });
});
