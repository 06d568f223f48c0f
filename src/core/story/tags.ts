// The only parser of ink tags: turns raw tag strings into typed values and reports every problem in words.
// Pure: imports nothing outside src/core. Never throws.

export type TagPlace = 'global' | 'line' | 'choice';

export type Tag =
  | { readonly key: 'title'; readonly text: string }
  | { readonly key: 'scenario'; readonly id: string }
  | { readonly key: 'summary'; readonly text: string }
  | { readonly key: 'content-note'; readonly text: string }
  | { readonly key: 'length'; readonly minutes: number }
  | { readonly key: 'variant-of'; readonly id: string }
  | { readonly key: 'role'; readonly role: ScenarioRole }
  | { readonly key: 'supports'; readonly principles: readonly string[] }
  | { readonly key: 'undermines'; readonly principles: readonly string[] }
  | { readonly key: 'why'; readonly text: string }
  | { readonly key: 'short'; readonly text: string }
  | { readonly key: 'why-short'; readonly text: string }
  | { readonly key: 'differs'; readonly text: string }
  | { readonly key: 'aside' }
  | { readonly key: 'keep-order' }
  | { readonly key: 'summary-choice' }
  | { readonly key: 'key-decision' }
  | { readonly key: 'scene'; readonly id: string }
  | { readonly key: 'speaker'; readonly id: string }
  | { readonly key: 'expression'; readonly id: string }
  | { readonly key: 'sfx'; readonly id: string }
  | { readonly key: 'stage'; readonly principle: string }
  | { readonly key: 'ending'; readonly id: string }
  | { readonly key: 'ending-title'; readonly text: string };

export type TagKey = Tag['key'];

/** What a scenario is for, as `role:` says: the title offers the warm-up, then the case study, first. */
export const SCENARIO_ROLES = ['warm-up', 'case-study', 'practice'] as const;
export type ScenarioRole = (typeof SCENARIO_ROLES)[number];

export interface TagProblem {
  readonly tag: string;
  readonly message: string;
}

export interface ParsedTags {
  readonly tags: readonly Tag[];
  readonly problems: readonly TagProblem[];
}

type ValueKind = 'text' | 'id' | 'principle' | 'principles' | 'minutes' | 'role' | 'bare';

interface KeyRule {
  readonly place: TagPlace;
  readonly value: ValueKind;
}

/** Every key of the contract, where it belongs and what its value must look like. */
export const TAG_RULES: Readonly<Record<TagKey, KeyRule>> = {
  title: { place: 'global', value: 'text' },
  scenario: { place: 'global', value: 'id' },
  summary: { place: 'global', value: 'text' },
  'content-note': { place: 'global', value: 'text' },
  length: { place: 'global', value: 'minutes' },
  'variant-of': { place: 'global', value: 'id' },
  role: { place: 'global', value: 'role' },
  supports: { place: 'choice', value: 'principles' },
  undermines: { place: 'choice', value: 'principles' },
  why: { place: 'choice', value: 'text' },
  short: { place: 'choice', value: 'text' },
  'why-short': { place: 'choice', value: 'text' },
  differs: { place: 'choice', value: 'text' },
  aside: { place: 'choice', value: 'bare' },
  'keep-order': { place: 'choice', value: 'bare' },
  'summary-choice': { place: 'choice', value: 'bare' },
  'key-decision': { place: 'choice', value: 'bare' },
  scene: { place: 'line', value: 'id' },
  speaker: { place: 'line', value: 'id' },
  expression: { place: 'line', value: 'id' },
  sfx: { place: 'line', value: 'id' },
  stage: { place: 'line', value: 'principle' },
  ending: { place: 'line', value: 'id' },
  'ending-title': { place: 'line', value: 'text' },
};

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLACE_WORDS: Record<TagPlace, string> = {
  global: 'at the top of the file',
  line: 'on a line of text',
  choice: "inside a choice's brackets",
};

const isTagKey = (key: string): key is TagKey => Object.hasOwn(TAG_RULES, key);

/** Parse one raw tag as ink reports it (without the leading '#'). */
export function parseTag(
  raw: unknown,
  place: TagPlace,
  principleIds: ReadonlySet<string>,
): { tag?: Tag; problem?: TagProblem } {
  const text = asText(raw ?? '').trim();
  const fail = (message: string) => ({ problem: { tag: text, message } });
  if (text === '') return fail('Empty tag: write "key: value", for example "supports: children-first".');

  const colon = text.indexOf(':');
  const key = (colon === -1 ? text : text.slice(0, colon)).trim();
  const value = colon === -1 ? '' : text.slice(colon + 1).trim();

  if (!isTagKey(key)) {
    const hint = isTagKey(key.toLowerCase()) ? ` Keys are lower case: write "${key.toLowerCase()}".` : '';
    return fail(`Unknown tag key "${key}".${hint} Known keys: ${Object.keys(TAG_RULES).join(', ')}.`);
  }
  const rule = TAG_RULES[key];
  if (rule.place !== place) {
    return fail(`"${key}" belongs ${PLACE_WORDS[rule.place]}, but it was found ${PLACE_WORDS[place]}.`);
  }
  if (rule.value === 'bare') {
    return colon === -1 && value === ''
      ? { tag: { key } as BareTag }
      : fail(`"${key}" takes no value: write it bare, as "${key}".`);
  }
  if (colon === -1 || value === '') return fail(`"${key}" needs a value after a colon, as "${key}: …".`);
  return parseValue(key as Exclude<TagKey, BareTag['key']>, rule.value, value, principleIds, text);
}

type BareTag = Extract<Tag, { key: 'aside' | 'keep-order' | 'key-decision' | 'summary-choice' }>;

function parseValue(
  key: Exclude<TagKey, BareTag['key']>,
  kind: ValueKind,
  value: string,
  principleIds: ReadonlySet<string>,
  text: string,
): { tag?: Tag; problem?: TagProblem } {
  const fail = (message: string) => ({ problem: { tag: text, message } });
  switch (kind) {
    case 'text':
      return { tag: { key, text: value } as Tag };
    case 'id':
      return ID_PATTERN.test(value)
        ? { tag: { key, id: value } as Tag }
        : fail(`"${key}" needs one id in lower kebab-case (like "park-night"), not "${value}".`);
    case 'minutes': {
      const minutes = Number(value);
      return Number.isFinite(minutes) && minutes > 0 && minutes < 1000
        ? { tag: { key: 'length', minutes } }
        : fail(`"length" needs a number of minutes (like "25"), not "${value}".`);
    }
    case 'role':
      return (SCENARIO_ROLES as readonly string[]).includes(value)
        ? { tag: { key: 'role', role: value as ScenarioRole } }
        : fail(`"role" is one of ${SCENARIO_ROLES.join(', ')}, not "${value}".`);
    case 'principle':
    case 'principles': {
      const ids = value.split(',').map((id) => id.trim());
      if (ids.some((id) => id === ''))
        return fail(`"${key}" has an empty principle id: separate ids with single commas.`);
      if (kind === 'principle' && ids.length !== 1) return fail(`"${key}" takes exactly one principle id.`);
      const unknown = ids.filter((id) => !principleIds.has(id));
      if (unknown.length > 0) {
        return fail(
          `Unknown principle id ${unknown.map((id) => `"${id}"`).join(', ')} in "${key}". Known ids: ${[...principleIds].join(', ')}.`,
        );
      }
      if (new Set(ids).size !== ids.length) return fail(`"${key}" names the same principle twice.`);
      return kind === 'principle'
        ? { tag: { key: 'stage', principle: ids[0]! } }
        : { tag: { key, principles: ids } as Tag };
    }
    case 'bare':
      return fail(`"${key}" takes no value.`);
  }
}

/** Whatever an item is, some text for it: even objects that refuse to become strings. */
function asText(item: unknown): string {
  if (typeof item === 'string') return item;
  try {
    return String(item);
  } catch {
    return '[a value that is not text]';
  }
}

/** Parse every tag of one place; never throws, whatever it is given. */
export function parseTags(
  raw: readonly unknown[] | null | undefined,
  place: TagPlace,
  principleIds: ReadonlySet<string>,
): ParsedTags {
  const tags: Tag[] = [];
  const problems: TagProblem[] = [];
  for (const item of Array.isArray(raw) ? raw : []) {
    const { tag, problem } = parseTag(asText(item), place, principleIds);
    if (tag) tags.push(tag);
    if (problem) problems.push(problem);
  }
  return { tags, problems };
}

/** The first tag with a key, typed by that key. */
export function findTag<K extends TagKey>(tags: readonly Tag[], key: K): Extract<Tag, { key: K }> | undefined {
  return tags.find((tag): tag is Extract<Tag, { key: K }> => tag.key === key);
}
