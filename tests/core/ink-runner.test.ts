import { describe, expect, it } from 'vitest';
import features from '../fixtures/ink/features.ink';
import { InkRunner } from '../../src/core/story/ink-runner.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';

const ids = DEFAULT_CATALOGUE.ids;

function runner(): InkRunner {
  const created = InkRunner.create(features, ids);
  if (!created.ok) throw new Error(created.error);
  return created.runner;
}

describe('ink runner on a fixture using glue, diverts, tunnels, threads, variables, conditionals, lists and sticky choices', () => {
  it('keeps global tags apart from the first line\'s tags', () => {
    const run = runner();
    expect(run.meta).toMatchObject({ id: 'features-fixture', title: 'Ink features fixture' });
    const step = run.continueStory();
    expect(step.lines[0]).toEqual({ text: 'Opening line.', tags: [{ key: 'scene', id: 'school-corridor' }, { key: 'speaker', id: 'cassie' }], problems: [] });
  });

  it('joins glued text, follows diverts, prints variables and lists', () => {
    const step = runner().continueStory();
    const texts = step.lines.map((l) => l.text);
    expect(texts).toContain('Glued text.');
    expect(step.lines.find((l) => l.text === 'Glued text.')?.tags).toEqual([{ key: 'sfx', id: 'school-bell' }]);
    expect(texts).toContain('Visit 1. Mood is uneasy.');
  });

  it('offers choices with parsed principle tags, including one gathered from a thread, and hides a conditional one', () => {
    const step = runner().continueStory();
    expect(step.options.map((o) => o.text)).toEqual(['Side option from a thread', 'Sticky talk', 'Tell Jo first']);
    expect(step.options[2]).toMatchObject({ supports: ['children-first', 'child-voice'], undermines: ['parents-as-partners'], why: 'Honest with Jo, harder for her parents.', aside: false });
    expect(step.decisionId).toBeTypeOf('string');
  });

  it('returns from a tunnel, keeps a sticky choice, and shows a conditional choice on the second visit', () => {
    const run = runner();
    run.continueStory();
    expect(run.choose(1)).toBeUndefined();
    const second = run.continueStory();
    expect(second.lines.map((l) => l.text)).toEqual(['You talk for a while.', 'Visit 2. Mood is calm.']);
    expect(second.lines[0]?.tags).toEqual([{ key: 'speaker', id: 'counsellor' }]);
    expect(second.options.map((o) => o.text)).toEqual(['Side option from a thread', 'Sticky talk', 'Tell Jo first', 'Only after a second visit']);
    expect(run.variable('visits')).toBe(2);
  });

  it('follows a variable into a conditional in an INCLUDEd file, uses a fallback choice, and reaches the ending', () => {
    const run = runner();
    run.continueStory();
    run.choose(2);
    const part = run.continueStory();
    expect(part.lines.map((l) => l.text)).toEqual(['Jo knew you were coming.']);
    expect(part.options.map((o) => o.text)).toEqual(['Once-only choice']);
    run.choose(0);
    const end = run.continueStory();
    expect(end.ended).toBe(true);
    expect(end.lines.at(-1)?.tags).toEqual([{ key: 'ending', id: 'fixture-end' }]);
    expect(run.variable('told_jo')).toBe(true);
  });

  it('says, rather than throws, when given a broken story or a choice not on offer', () => {
    expect(InkRunner.create('{"not": "a story"}', ids)).toMatchObject({ ok: false });
    expect(InkRunner.create('<<<', ids)).toMatchObject({ ok: false, error: expect.stringMatching(/could not be loaded/) });
    const run = runner();
    run.continueStory();
    expect(run.choose(7)).toMatch(/no option 8/);
    expect(run.loadState('garbage')).toMatch(/could not be restored/);
  });
});
