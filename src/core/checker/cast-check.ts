// The checker's look at who speaks: a speaker with no portrait, an expression the art does not draw, and
// pronouns near a character's name (or on their own line) that disagree with the gender recorded for them.
// Advice for authors (warnings). Pure: reads the ink source as text, a light heuristic, not a parser.
import { castFor, EXPRESSIONS, isExpression, type Cast, type Character } from '../story/cast.ts';
import type { SourceFile } from './ink-source-tags.ts';
import type { PlacedTag } from './key-decision-check.ts';

export interface CastFinding {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The player: never drawn, so never missing a portrait. */
const PLAYER = 'you';
const GENDER_OF = { he: 'male', she: 'female', himself: 'male', herself: 'female' } as const;
type Pronoun = keyof typeof GENDER_OF;
const VERBS =
  'says|said|asks|asked|adds|added|tells|told|replies|replied|answers|answered|sighs|admits|explains|agrees|decides|thinks|hopes';
/** A speaker's own line: `"…," she says.` */
const SPEECH = new RegExp(`\\b(he|she)\\s+(?:${VERBS})\\b|\\b(?:${VERBS})\\s+(he|she)\\b`, 'i');

/**
 * Pronouns tied to a name closely enough to be about that person: "DC Priestley says she will…", and a
 * reflexive in the same clause ("Kerry … hears herself"). Looser nearness would catch other people's pronouns.
 */
function tiedPronouns(sentence: string, name: string): Pronoun[] {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const reported = new RegExp(`\\b${n},?\\s+(?:${VERBS})\\s+(?:that\\s+)?(he|she)\\b`, 'gi');
  const reflexive = new RegExp(`\\b${n}\\b[^,;:]{0,60}?\\b(himself|herself)\\b`, 'gi');
  return [...sentence.matchAll(reported), ...sentence.matchAll(reflexive)].map((m) => m[1]!.toLowerCase() as Pronoun);
}

/** The words of a source line outside its tags, ink logic and quoted speech, cut into sentences. */
function narrationSentences(line: string): string[] {
  const code = line.replace(/\/\/.*$/, '').split('#')[0] ?? '';
  if (/^\s*(~|VAR|CONST|INCLUDE|LIST|EXTERNAL|===|==|->)/.test(code)) return [];
  const words = code
    .replace(/^[\s*+-]*/, '')
    .replace(/"[^"]*"|“[^”]*”/g, ' … ')
    .replace(/[{}[\]|]/g, ' ')
    .replace(/->\s*[\w.]+/g, ' ');
  return words.split(/[.!?;:…]+/).filter((s) => /[A-Za-z]/.test(s));
}

const disagrees = (person: Character, pronoun: Pronoun): boolean =>
  person.gender !== 'unrecorded' && GENDER_OF[pronoun] !== person.gender;

function pronounMessage(person: Character, found: string): string {
  const recorded = person.gender === 'female' ? 'she' : 'he';
  return `"${found}" near ${person.name} disagrees with the gender recorded for their portrait (${recorded}, in stories/characters.json): check the text or the cast.`;
}

/** One line's pronoun problems: a named person with the other gender's pronoun, or a speaker's "he says". */
function linePronouns(line: string, cast: Cast, speaker: Character | undefined): string[] {
  const problems: string[] = [];
  for (const sentence of narrationSentences(line)) {
    const named = cast.people.filter((p) => new RegExp(`\\b${p.name}\\b`).test(sentence));
    for (const person of named)
      for (const pronoun of tiedPronouns(sentence, person.name))
        if (disagrees(person, pronoun)) problems.push(pronounMessage(person, pronoun));
    const own = named.length === 0 && speaker ? SPEECH.exec(sentence) : null;
    const pronoun = (own?.[1] ?? own?.[2])?.toLowerCase() as Pronoun | undefined;
    if (speaker && pronoun && disagrees(speaker, pronoun)) problems.push(pronounMessage(speaker, pronoun));
  }
  return problems;
}

function scenarioOf(placed: readonly PlacedTag[]): Cast {
  let scenario: string | undefined;
  let variantOf: string | undefined;
  for (const { tag } of placed) {
    if (tag.key === 'scenario') scenario ??= tag.id;
    if (tag.key === 'variant-of') variantOf ??= tag.id;
  }
  return castFor(scenario, variantOf);
}

function tagFindings(placed: readonly PlacedTag[], cast: Cast): CastFinding[] {
  const findings: CastFinding[] = [];
  for (const { file, line, tag } of placed) {
    if (tag.key === 'speaker' && tag.id !== PLAYER && !cast.character(tag.id)?.portrait)
      findings.push({
        file,
        line,
        message: `The character "${tag.id}" has no portrait: the name will be shown without one.`,
      });
    if (tag.key === 'expression' && !isExpression(tag.id))
      findings.push({
        file,
        line,
        message: `The expression "${tag.id}" is not drawn: the usual face will be shown (expressions: ${EXPRESSIONS.join(', ')}).`,
      });
  }
  return findings;
}

/** Every cast problem in the story's source: portraits, expressions and pronouns, with file and line. */
export function castFindings(placed: readonly PlacedTag[], sources: readonly SourceFile[]): CastFinding[] {
  const cast = scenarioOf(placed);
  const speakers = new Map<string, Character | undefined>();
  for (const { file, line, tag } of placed)
    if (tag.key === 'speaker' && tag.id !== PLAYER) speakers.set(`${file}:${line}`, cast.character(tag.id));
  const findings = tagFindings(placed, cast);
  for (const source of sources)
    source.text.split(/\r?\n/).forEach((text, index) => {
      const speaker = speakers.get(`${source.path}:${index + 1}`);
      for (const message of linePronouns(text, cast, speaker))
        findings.push({ file: source.path, line: index + 1, message });
    });
  return findings;
}
