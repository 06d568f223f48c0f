// Fuzzing the tag parser (src/core/story/tags.ts): random strings and near-misses of every tag in the contract.
// Whatever it is given, parseTag returns exactly one of a tag or a problem; a problem always has words; an
// accepted tag always honours the contract (right place, ids in kebab-case, known principles, sane minutes).
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { TAG_RULES, parseTag, parseTags, type Tag, type TagPlace } from '../../src/core/story/tags.ts';
import { FUZZ_SCALE, FUZZ_SEED, Fuzz, show } from './fuzz-kit.ts';

const PRINCIPLES = DEFAULT_CATALOGUE.ids;
const PRINCIPLE_LIST = [...PRINCIPLES];
const PLACES: readonly TagPlace[] = ['global', 'line', 'choice'];
const KEYS = Object.keys(TAG_RULES) as (keyof typeof TAG_RULES)[];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What any accepted tag must satisfy, checked independently of the parser's own code paths. */
function contractProblem(tag: Tag, place: TagPlace): string | undefined {
  const rule = TAG_RULES[tag.key];
  if (!rule) return `unknown key ${tag.key}`;
  if (rule.place !== place) return `"${tag.key}" accepted ${place}, but it belongs ${rule.place}`;
  switch (tag.key) {
    case 'scenario':
    case 'variant-of':
    case 'scene':
    case 'speaker':
    case 'sfx':
    case 'ending':
      return ID.test(tag.id) ? undefined : `id "${tag.id}" is not kebab-case`;
    case 'stage':
      return PRINCIPLES.has(tag.principle) ? undefined : `unknown principle ${tag.principle}`;
    case 'supports':
    case 'undermines':
      if (tag.principles.length === 0) return 'no principles';
      if (new Set(tag.principles).size !== tag.principles.length) return 'duplicate principles';
      return tag.principles.every((p) => PRINCIPLES.has(p))
        ? undefined
        : `unknown principle in ${tag.principles.join(',')}`;
    case 'length':
      return Number.isFinite(tag.minutes) && tag.minutes > 0 && tag.minutes < 1000
        ? undefined
        : `minutes ${tag.minutes}`;
    case 'title':
    case 'summary':
    case 'content-note':
    case 'why':
    case 'differs':
      return tag.text.trim() === tag.text && tag.text !== '' ? undefined : `text "${tag.text}" is empty or untrimmed`;
    default:
      // Bare tags (aside, keep-order) and tags added later carry no value to check beyond their key.
      return undefined;
  }
}

function checkOne(raw: string, place: TagPlace, seed: number): void {
  let result: ReturnType<typeof parseTag>;
  try {
    result = parseTag(raw, place, PRINCIPLES);
  } catch (error) {
    throw new Error(`parseTag threw on ${show(raw)} (${place}, case seed ${seed}): ${String(error)}`, {
      cause: error,
    });
  }
  const where = `${show(raw)} (${place}, case seed ${seed})`;
  expect(Boolean(result.tag) !== Boolean(result.problem), `exactly one of tag or problem for ${where}`).toBe(true);
  if (result.problem) {
    expect(typeof result.problem.message, where).toBe('string');
    expect(result.problem.message.trim().length, `empty message for ${where}`).toBeGreaterThan(0);
    expect(typeof result.problem.tag, where).toBe('string');
  } else {
    expect(
      contractProblem(result.tag!, place),
      `accepted against the contract: ${where} → ${show(result.tag)}`,
    ).toBeUndefined();
  }
  // Pure: the same input gives the same answer.
  expect(parseTag(raw, place, PRINCIPLES)).toEqual(result);
}

/** A tag that is nearly right: a real key or a typo of one, a value that is nearly valid, odd spacing. */
function nearMiss(f: Fuzz): string {
  let key: string = f.pick(KEYS);
  const keyMutation = f.int(0, 9);
  if (keyMutation === 0) key = key.toUpperCase();
  else if (keyMutation === 1) key = key[0]!.toUpperCase() + key.slice(1);
  else if (keyMutation === 2) key = key.slice(0, -1);
  else if (keyMutation === 3) key = `${key}s`;
  else if (keyMutation === 4) key = key.replace('-', '_');
  else if (keyMutation === 5) key = ` ${key} `;
  const validValue = (): string => {
    const rule = TAG_RULES[f.pick(KEYS)];
    switch (rule.value) {
      case 'principle':
        return f.pick(PRINCIPLE_LIST);
      case 'principles':
        return Array.from({ length: f.int(1, 3) }, () => f.pick(PRINCIPLE_LIST)).join(f.pick([', ', ',', ' , ']));
      case 'minutes':
        return String(f.int(1, 60));
      case 'id':
        return f.pick(['park-night', 'jo', 'door-knock', 'steadier-ground', 'cassie-and-jo']);
      default:
        return f.pick(['A sentence of why.', 'Cassie and Jo', 'x']);
    }
  };
  let value = validValue();
  const valueMutation = f.int(0, 14);
  if (valueMutation === 0) value = '';
  else if (valueMutation === 1) value = value.toUpperCase();
  else if (valueMutation === 2) value = `${value},`;
  else if (valueMutation === 3) value = `,${value}`;
  else if (valueMutation === 4) value = `${value}, ${value}`;
  else if (valueMutation === 5) value = value.replace(/-/g, '_');
  else if (valueMutation === 6) value = `${value} extra`;
  else if (valueMutation === 7)
    value = f.pick(['0', '-1', '1e3', '1e2', 'NaN', 'Infinity', '25 minutes', '0x10', '999.9', '1000', ' 25', '２５']);
  else if (valueMutation === 8) value = `${value}--x`;
  else if (valueMutation === 9) value = f.messyString(10);
  else if (valueMutation === 10) value = `${value}:${value}`;
  const separator = f.pick([': ', ':', ' : ', ' ', '', '::', ':\t', '=']);
  const text = f.chance(0.1) ? key : `${key}${separator}${value}`;
  return f.chance(0.1) ? `# ${text}` : f.chance(0.1) ? ` ${text}\n` : text;
}

const printable = (value: unknown): boolean => {
  try {
    String(value);
    return true;
  } catch {
    return false;
  }
};

describe('tag parser fuzz', () => {
  it(`never throws and always explains itself on ${6000 * FUZZ_SCALE} random strings`, () => {
    const f = new Fuzz(FUZZ_SEED);
    for (let n = 0; n < 6000 * FUZZ_SCALE; n++) {
      const raw = f.chance(0.02) ? f.messyString(5000) : f.messyString(f.pick([3, 12, 40, 120]));
      checkOne(raw, f.pick(PLACES), FUZZ_SEED + n);
    }
  });

  it(`never throws, and accepts only what the contract allows, on ${8000 * FUZZ_SCALE} near-miss tags`, () => {
    const f = new Fuzz(FUZZ_SEED + 1);
    let accepted = 0;
    for (let n = 0; n < 8000 * FUZZ_SCALE; n++) {
      const raw = nearMiss(f);
      const place = f.chance(0.7) ? TAG_RULES[KEYS.find((k) => raw.includes(k)) ?? 'why'].place : f.pick(PLACES);
      checkOne(raw, place, FUZZ_SEED + 1 + n);
      if (parseTag(raw, place, PRINCIPLES).tag) accepted++;
    }
    // The generator is not all noise: a fair share of near-misses are in fact valid tags.
    expect(accepted).toBeGreaterThan(500);
  });

  it('parseTags: every item becomes a tag or a problem, for lists holding any value at all', () => {
    const f = new Fuzz(FUZZ_SEED + 2);
    for (let n = 0; n < 2000 * FUZZ_SCALE; n++) {
      // Values String() cannot convert are the known bug below; leave them out here.
      const items = Array.from({ length: f.int(0, 6) }, () => (f.chance(0.6) ? nearMiss(f) : f.jsonValue(2))).filter(
        printable,
      );
      const place = f.pick(PLACES);
      const parsed = parseTags(items, place, PRINCIPLES);
      expect(parsed.tags.length + parsed.problems.length, show(items)).toBe(items.length);
      for (const problem of parsed.problems) expect(problem.message.trim(), show(items)).not.toBe('');
      for (const tag of parsed.tags) expect(contractProblem(tag, place), show(items)).toBeUndefined();
    }
    for (const odd of [null, undefined, 'supports: children-first', 42, {}, [[]]] as unknown[]) {
      expect(() => parseTags(odd as readonly unknown[], 'choice', PRINCIPLES)).not.toThrow();
    }
  });

  // Known bug, reported to the lead: parseTags promises "never throws, whatever it is given", but it turns each
  // item into text with String(item), which throws for an object with no prototype, with a throwing toString, or
  // with a "toString" that is not a function (JSON.parse('{"toString": 1}') makes one).
  // Ink only ever hands over strings, so the game is not affected today. Remove `.fails` once tags.ts converts
  // defensively (e.g. try { String(item) } catch { '<unreadable tag>' }).
  it('parseTags survives items that cannot be turned into text', () => {
    const unprintable = [
      Object.create(null) as object,
      {
        toString: () => {
          throw new Error('no');
        },
      },
      JSON.parse('{"toString": 1}') as object,
    ];
    for (const item of unprintable) expect(() => parseTags([item], 'line', PRINCIPLES)).not.toThrow();
  });
});
