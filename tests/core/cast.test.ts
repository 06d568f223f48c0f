// The cast: who each speaker id is in each scenario, the plate people read, and the art drawn for them.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAST_DATA, EXPRESSIONS, castFor, characterOf, validateCastData } from '../../src/core/story/cast.ts';
import { scenePage, speakerOf } from '../../src/core/session/scene-page.ts';
import { parseTag } from '../../src/core/story/tags.ts';
import { compileFile, startSession } from '../helpers/story-fixtures.ts';

describe('the cast', () => {
  it('names the people of the case study as the story does, with plates of name and role', () => {
    const cast = castFor('cassie-and-jo');
    const plate = (id: string) => cast.character(id)?.plate;
    expect(plate('support-worker')).toBe('Kerry · support worker');
    expect(plate('teacher')).toBe('Mr Hale · head of year');
    expect(plate('social-worker')).toBe('Nadia · social work team manager');
    expect(plate('duty-social-worker')).toBe('Gavin · duty social worker');
    expect(plate('police-officer')).toBe('DC Priestley · police exploitation team');
    expect(plate('jo-mum')).toBe("Michelle · Jo's mum");
    expect(plate('cassie')).toBe('Cassie · aged 15');
    expect(plate('police-sergeant')).toBe('Police sergeant');
  });

  it('records each person as the story refers to them, and gives Gavin and Nadia a face each', () => {
    const cast = castFor('cassie-and-jo');
    expect(cast.character('support-worker')).toMatchObject({ gender: 'female', portrait: 'kerry' });
    expect(cast.character('teacher')).toMatchObject({ gender: 'male', portrait: 'mr-hale' });
    expect(cast.character('social-worker')?.portrait).not.toBe(cast.character('duty-social-worker')?.portrait);
  });

  it('lets a "what if" version use the cast of the story it varies, and other stories their own', () => {
    expect(castFor('what-if-lgbtq', 'cassie-and-jo').character('counsellor')?.plate).toBe('Ruth · school counsellor');
    expect(castFor('first-shift').character('youth-worker')?.plate).toBe('Dean · youth worker');
    expect(castFor('cassie-and-jo').character('youth-worker')?.plate).toBe('Priya · youth worker');
    // The example is a variant of the warm-up for the menu, but its youth worker is not Dean.
    expect(castFor('bus-station', 'first-shift').character('youth-worker')?.plate).toBe('Youth worker');
  });

  it("shows an author's own speakers as roles, and a stranger by their id made readable, with no portrait", () => {
    const own = castFor('my-own-scenario');
    expect(own.character('support-worker')).toMatchObject({ plate: 'Support worker', gender: 'unrecorded' });
    expect(characterOf(own, 'bus-driver')).toMatchObject({
      name: 'Bus driver',
      plate: 'Bus driver',
      portrait: undefined,
    });
    expect(speakerOf({ speaker: 'you' }, own)).toBeUndefined();
  });

  it('has a drawn portrait, in every expression, for every person and role it names', () => {
    const portraits = [
      ...Object.values(CAST_DATA.people).map((p) => ({ id: p.portrait, faces: EXPRESSIONS })),
      ...Object.values(CAST_DATA.roles).map((p) => ({ id: p.portrait, faces: ['neutral'] as const })),
    ];
    const missing = portraits.flatMap(({ id, faces }) =>
      faces
        .map((face) => `assets/art/characters/${id}${face === 'neutral' ? '' : `-${face}`}.svg`)
        .filter((file) => !existsSync(file)),
    );
    expect(missing).toEqual([]);
  });

  it('rejects a cast that gives a speaker to nobody, or a person without a gender', () => {
    const broken = validateCastData({
      people: { ann: { name: 'Ann' } },
      roles: {},
      casts: { story: { teacher: 'bob' } },
    });
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.problems.join(' ')).toMatch(/"ann" needs a name and a gender/);
      expect(broken.problems.join(' ')).toMatch(/gives "teacher" to "bob", who is not in "people"/);
    }
    expect(validateCastData(CAST_DATA).ok).toBe(true);
  });
});

describe('the expression tag', () => {
  it('belongs on a line, and an old story without it still plays with the usual face', () => {
    expect(parseTag('expression: worried', 'line', new Set()).tag).toEqual({ key: 'expression', id: 'worried' });
    expect(parseTag('expression: worried', 'choice', new Set()).problem?.message).toMatch(/belongs on a line of text/);
    expect(parseTag('expression: Very Sad', 'line', new Set()).problem).toBeDefined();
  });

  it("reaches the page with the speaker's plate, from a played story", () => {
    const session = startSession(compileFile('tests/fixtures/ink/cast-fine.ink'));
    const view = session.view();
    expect(view.cast).toBe('cassie-and-jo');
    const lines = scenePage(view).lines.filter((line) => line.speaker);
    expect(lines.map((l) => [l.speaker?.plate, l.expression])).toEqual([
      ['Nadia · social work team manager', undefined],
      ['Gavin · duty social worker', 'closed-off'],
      ["Michelle · Jo's mum", 'worried'],
      ["Michelle · Jo's mum", undefined],
    ]);
  });
});
