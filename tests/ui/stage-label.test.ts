// Stage numbers count the story's own stages: a two-stage own scenario shows "Stage 2 of 2", not "Stage 6 of 8".
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { compileInk } from '../../src/core/story/ink-compiler.ts';
import { InkRunner } from '../../src/core/story/ink-runner.ts';
import { stageLabel } from '../../src/ui/principle-names.ts';
import { compileFile } from '../helpers/story-fixtures.ts';

const TWO_STAGES = `# title: Two stages
Jo is at the door. # stage: child-voice
* [Listen # supports: child-voice # why: She is heard.]
- Later, the school calls. # stage: parents-as-partners
* [Call her mum # supports: parents-as-partners # why: Her mum is told.]
- Done. # ending: done
-> END
`;

const stagesOf = (json: string): readonly string[] => {
  const created = InkRunner.create(json, new Set(DEFAULT_CATALOGUE.ids));
  if (!created.ok) throw new Error(created.error);
  return created.runner.meta.stages;
};

describe('stage numbers', () => {
  it("numbers a two-stage story's stages among its own", () => {
    const compiled = compileInk('two.ink', () => TWO_STAGES);
    if (!compiled.ok) throw new Error('did not compile');
    const stages = stagesOf(compiled.json);
    expect([...stages].sort()).toEqual(['child-voice', 'parents-as-partners']);
    const catalogue = DEFAULT_CATALOGUE;
    const second = stageLabel(catalogue, 'parents-as-partners', stages);
    expect(second).toMatch(/^Stage 2 of 2: /);
    expect(stageLabel(catalogue, 'child-voice', stages)).toMatch(/^Stage 1 of 2: /);
    // Without the story's stages it would say where the principle sits among all eight.
    expect(stageLabel(catalogue, 'parents-as-partners')).toMatch(/^Stage 6 of 8: /);
  });

  it('keeps "of 8" for Cassie and Jo, which has all eight stages', () => {
    const stages = stagesOf(compileFile('stories/cassie-and-jo/main.ink'));
    expect(stages).toHaveLength(8);
    expect(stageLabel(DEFAULT_CATALOGUE, 'parents-as-partners', stages)).toMatch(/^Stage 6 of 8: /);
  });
});
