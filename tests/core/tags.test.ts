import { describe, expect, it } from 'vitest';
import { parseTag, parseTags } from '../../src/core/story/tags.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';

const ids = DEFAULT_CATALOGUE.ids;

describe('tag parser', () => {
  it('reads every key of the contract in its place', () => {
    expect(parseTag('title: Cassie and Jo', 'global', ids).tag).toEqual({ key: 'title', text: 'Cassie and Jo' });
    expect(parseTag('length: 25', 'global', ids).tag).toEqual({ key: 'length', minutes: 25 });
    expect(parseTag('supports: children-first, child-voice', 'choice', ids).tag).toEqual({
      key: 'supports',
      principles: ['children-first', 'child-voice'],
    });
    expect(parseTag('undermines:parents-as-partners', 'choice', ids).tag).toEqual({
      key: 'undermines',
      principles: ['parents-as-partners'],
    });
    expect(parseTag('why: It helps: honestly, it does.', 'choice', ids).tag).toEqual({
      key: 'why',
      text: 'It helps: honestly, it does.',
    });
    expect(parseTag('aside', 'choice', ids).tag).toEqual({ key: 'aside' });
    expect(parseTag('scene: park-night', 'line', ids).tag).toEqual({ key: 'scene', id: 'park-night' });
    expect(parseTag('stage: trauma-informed', 'line', ids).tag).toEqual({ key: 'stage', principle: 'trauma-informed' });
    expect(parseTag('ending: open-door', 'line', ids).tag).toEqual({ key: 'ending', id: 'open-door' });
  });

  it('names unknown keys and suggests lower case', () => {
    expect(parseTag('colour: blue', 'line', ids).problem?.message).toMatch(/Unknown tag key "colour"/);
    expect(parseTag('Supports: children-first', 'choice', ids).problem?.message).toMatch(/write "supports"/);
  });

  it('names unknown principle ids and lists the known ones', () => {
    const problem = parseTag('supports: be-kind', 'choice', ids).problem;
    expect(problem?.message).toMatch(/Unknown principle id "be-kind"/);
    expect(problem?.message).toContain('children-first');
  });

  it('reports tags in the wrong place', () => {
    expect(parseTag('supports: children-first', 'line', ids).problem?.message).toMatch(/inside a choice's brackets/);
    expect(parseTag('scene: park-day', 'choice', ids).problem?.message).toMatch(/on a line of text/);
    expect(parseTag('title: x', 'line', ids).problem?.message).toMatch(/top of the file/);
  });

  it('reports malformed values', () => {
    expect(parseTag('supports:', 'choice', ids).problem?.message).toMatch(/needs a value/);
    expect(parseTag('supports: children-first,, child-voice', 'choice', ids).problem?.message).toMatch(
      /empty principle id/,
    );
    expect(parseTag('supports: child-voice, child-voice', 'choice', ids).problem?.message).toMatch(
      /same principle twice/,
    );
    expect(parseTag('stage: child-voice, children-first', 'line', ids).problem?.message).toMatch(/exactly one/);
    expect(parseTag('scene: Park Night', 'line', ids).problem?.message).toMatch(/kebab-case/);
    expect(parseTag('length: soon', 'global', ids).problem?.message).toMatch(/number of minutes/);
    expect(parseTag('aside: yes', 'choice', ids).problem?.message).toMatch(/no value/);
    expect(parseTag('', 'line', ids).problem?.message).toMatch(/Empty tag/);
  });

  it('never throws, whatever it is given', () => {
    const junk: unknown[] = [null, undefined, 42, {}, [], ':::', '#', 'why', 'supports: ' + 'x'.repeat(10000)];
    expect(() => parseTags(junk, 'choice', ids)).not.toThrow();
    expect(parseTags(null, 'line', ids)).toEqual({ tags: [], problems: [] });
  });
});
