// The eight Practice Principles as typed data, and the validator for stories/principles.json.
// Pure: no imports outside src/core.

export interface Principle {
  readonly id: string;
  readonly name: string;
  /** A short name for charts and maps. */
  readonly short: string;
  readonly feels: string;
  readonly summary: string;
  readonly questions: readonly string[];
}

export interface Checkpoint {
  readonly id: string;
  readonly name: string;
  /** The principle id after whose stage it comes, or "end". */
  readonly after: string;
  readonly questions: readonly string[];
}

export interface PrincipleCatalogue {
  readonly principles: readonly Principle[];
  readonly checkpoints: readonly Checkpoint[];
  readonly ids: ReadonlySet<string>;
}

export type CatalogueResult =
  | { readonly ok: true; readonly catalogue: PrincipleCatalogue }
  | { readonly ok: false; readonly problems: readonly string[] };

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every(isText);

function checkPrinciple(entry: unknown, where: string, problems: string[]): Principle | undefined {
  if (!isRecord(entry)) {
    problems.push(`${where} is not an object.`);
    return undefined;
  }
  const before = problems.length;
  if (!isText(entry.id) || !ID_PATTERN.test(entry.id)) problems.push(`${where}.id must be a lower kebab-case id.`);
  for (const field of ['name', 'short', 'feels', 'summary'] as const) {
    if (!isText(entry[field])) problems.push(`${where}.${field} must be non-empty text.`);
  }
  if (!isTextList(entry.questions)) problems.push(`${where}.questions must be a non-empty list of questions.`);
  return problems.length === before ? (entry as unknown as Principle) : undefined;
}

function checkCheckpoint(
  entry: unknown,
  where: string,
  ids: ReadonlySet<string>,
  problems: string[],
): Checkpoint | undefined {
  if (!isRecord(entry)) {
    problems.push(`${where} is not an object.`);
    return undefined;
  }
  const before = problems.length;
  if (!isText(entry.id)) problems.push(`${where}.id must be text.`);
  if (!isText(entry.name)) problems.push(`${where}.name must be text.`);
  if (!isText(entry.after) || (entry.after !== 'end' && !ids.has(entry.after)))
    problems.push(`${where}.after must be a principle id or "end".`);
  if (!isTextList(entry.questions)) problems.push(`${where}.questions must be a non-empty list of questions.`);
  return problems.length === before ? (entry as unknown as Checkpoint) : undefined;
}

/** Validate parsed JSON as a principle catalogue; says every problem found. */
export function validatePrincipleCatalogue(data: unknown): CatalogueResult {
  const problems: string[] = [];
  if (!isRecord(data) || !Array.isArray(data.principles)) {
    return { ok: false, problems: ['principles.json must be an object with a "principles" list.'] };
  }
  const principles = data.principles
    .map((entry, index) => checkPrinciple(entry, `principles[${index}]`, problems))
    .filter((p): p is Principle => p !== undefined);
  const ids = new Set(principles.map((p) => p.id));
  if (ids.size !== principles.length) problems.push('Two principles share an id.');
  if (data.principles.length !== 8) problems.push(`There must be eight principles; found ${data.principles.length}.`);
  const rawCheckpoints = Array.isArray(data.checkpoints) ? data.checkpoints : [];
  const checkpoints = rawCheckpoints
    .map((entry, index) => checkCheckpoint(entry, `checkpoints[${index}]`, ids, problems))
    .filter((c): c is Checkpoint => c !== undefined);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalogue: { principles, checkpoints, ids } };
}

/** Look a principle up by id; a failed lookup names the id. */
export function principleById(catalogue: PrincipleCatalogue, id: string): Principle {
  const found = catalogue.principles.find((p) => p.id === id);
  if (!found) throw new Error(`No principle with id "${id}" (known: ${[...catalogue.ids].join(', ')}).`);
  return found;
}
