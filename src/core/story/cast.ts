// Who speaks: resolves a story's speaker ids to the people of its cast (stories/characters.json), with the
// name plate people read ("Kerry · support worker"), the gender the story records and the portrait drawn.
// Pure data and lookups; the only place a speaker's display name is worked out.
// Named imports only: the file's "about" note for people editing it stays out of the game's script.
import { casts, people, roles } from '../../../stories/characters.json';

/** The faces a portrait can show, chosen by a line's `expression:` tag; `neutral` when none is given. */
export const EXPRESSIONS = ['neutral', 'worried', 'closed-off'] as const;
export type Expression = (typeof EXPRESSIONS)[number];
export const isExpression = (id: string): id is Expression => (EXPRESSIONS as readonly string[]).includes(id);

export type Gender = 'female' | 'male' | 'unrecorded';

export interface Character {
  /** The speaker id as written in the story. */
  readonly id: string;
  /** The name people read: "Kerry", "Mr Hale", or a generic role ("Support worker"). */
  readonly name: string;
  /** What they are in the story ("support worker"); empty when the name says it all. */
  readonly role: string;
  /** The name plate: "Kerry · support worker", or just the name. */
  readonly plate: string;
  readonly gender: Gender;
  /** The portrait's id (assets/art/characters/<portrait>.svg); undefined when none is drawn. */
  readonly portrait: string | undefined;
}

interface PersonEntry {
  readonly name: string;
  readonly role?: string;
  readonly gender: Gender;
  readonly portrait?: string;
}

export interface CastData {
  readonly people: Readonly<Record<string, PersonEntry>>;
  readonly casts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly roles: Readonly<Record<string, PersonEntry>>;
}

export interface Cast {
  /** The scenario whose cast this is (undefined: generic roles only). */
  readonly id: string | undefined;
  /** Who a speaker id is; undefined for an id nobody in the cast or the generic roles answers to. */
  character(speakerId: string): Character | undefined;
  /** Every named person in the cast (for the checker's pronoun check). */
  readonly people: readonly Character[];
}

const GENDERS: readonly string[] = ['female', 'male', 'unrecorded'];

function isPerson(value: unknown): value is PersonEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.name === 'string' &&
    v.name.trim() !== '' &&
    GENDERS.includes(v.gender as string) &&
    (v.role === undefined || typeof v.role === 'string') &&
    (v.portrait === undefined || typeof v.portrait === 'string')
  );
}

/** Checks the shape of characters.json and that every cast names a known person; lists every problem. */
export function validateCastData(data: unknown): { ok: true; data: CastData } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const table = (key: string): Record<string, unknown> => {
    const value = d[key];
    if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
    problems.push(`"${key}" must be an object.`);
    return {};
  };
  const people = table('people');
  const roles = table('roles');
  const casts = table('casts');
  for (const [id, entry] of [...Object.entries(people), ...Object.entries(roles)])
    if (!isPerson(entry)) problems.push(`"${id}" needs a name and a gender (female, male or unrecorded).`);
  for (const [scenario, cast] of Object.entries(casts)) {
    for (const [speaker, person] of Object.entries((cast ?? {}) as Record<string, unknown>))
      if (typeof person !== 'string' || !Object.hasOwn(people, person))
        problems.push(`The cast of "${scenario}" gives "${speaker}" to "${String(person)}", who is not in "people".`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: d as unknown as CastData };
}

function toCharacter(id: string, entry: PersonEntry): Character {
  const role = entry.role?.trim() ?? '';
  return {
    id,
    name: entry.name,
    role,
    plate: role === '' ? entry.name : `${entry.name} · ${role}`,
    gender: entry.gender,
    portrait: entry.portrait,
  };
}

/** The cast of a scenario: its own, else that of the scenario it is a variant of, else generic roles only. */
export function castFrom(data: CastData, scenario?: string, variantOf?: string): Cast {
  const id = [scenario, variantOf].find((key) => key !== undefined && Object.hasOwn(data.casts, key));
  const mapping = id === undefined ? {} : (data.casts[id] ?? {});
  const people = Object.entries(mapping).map(([speaker, person]) => toCharacter(speaker, data.people[person]!));
  return {
    id,
    people,
    character(speakerId) {
      const person = Object.hasOwn(mapping, speakerId) ? data.people[mapping[speakerId]!] : undefined;
      if (person) return toCharacter(speakerId, person);
      const role = Object.hasOwn(data.roles, speakerId) ? data.roles[speakerId] : undefined;
      return role ? toCharacter(speakerId, role) : undefined;
    },
  };
}

function load(): CastData {
  const result = validateCastData({ people, casts, roles });
  if (!result.ok) throw new Error(`stories/characters.json is invalid: ${result.problems.join(' ')}`);
  return result.data;
}

/** The cast shipped in stories/characters.json, validated at import. */
export const CAST_DATA: CastData = load();

/** The shipped cast for a scenario (by its id and `variant-of:`). */
export function castFor(scenario?: string, variantOf?: string): Cast {
  return castFrom(CAST_DATA, scenario, variantOf);
}

/** An id made readable for a speaker nobody knows: "bus-driver" → "Bus driver". */
function readable(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Who a speaker is, always: a stranger to the cast gets their id made readable, no role and no portrait. */
export function characterOf(cast: Cast, speakerId: string): Character {
  return (
    cast.character(speakerId) ?? {
      id: speakerId,
      name: readable(speakerId),
      role: '',
      plate: readable(speakerId),
      gender: 'unrecorded',
      portrait: undefined,
    }
  );
}
