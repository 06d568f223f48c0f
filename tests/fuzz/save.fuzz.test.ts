// Fuzzing the save loader (src/core/save/save-record.ts): random JSON, valid records of every version mutated
// (fields dropped, retyped, numbers corrupted, text cut short, huge lists, deep nesting, "__proto__" keys).
// Nothing throws; every refusal has a known kind and words; anything accepted is a fully valid record; a valid
// record still round-trips through text; and nothing leaks into Object.prototype.
import { describe, expect, it } from 'vitest';
import {
  SAVE_FORMAT,
  SAVE_VERSION,
  makeSaveRecord,
  parseSaveText,
  readSaveRecord,
  type SaveReadResult,
  type SaveRecord,
} from '../../src/core/save/save-record.ts';
import type { SessionSnapshot } from '../../src/core/session/session-types.ts';
import { FUZZ_SCALE, FUZZ_SEED, Fuzz, deeplyNested, defineOwn, prototypesClean, show } from './fuzz-kit.ts';

const SCENARIO = 'first-shift';
const VERSION = 'story-v1';
const KINDS = new Set(['corrupt', 'from-future', 'wrong-scenario', 'story-changed']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const denseEvery = (list: unknown, test: (v: unknown) => boolean): boolean => {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!(i in list) || !test(list[i])) return false;
  return true;
};
const isTime = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function snapshotProblem(s: SessionSnapshot): string | undefined {
  if (!Number.isInteger(s.seed)) return 'seed';
  if (!denseEvery(s.path, (n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < 1000)) return 'path';
  if (!denseEvery(s.times, isTime) || s.times.length !== s.path.length) return 'times';
  if (!isTime(s.startedAt)) return 'startedAt';
  return undefined;
}

/** Everything an accepted record must be, checked independently of the loader's code. */
function recordProblem(record: SaveRecord): string | undefined {
  if (record.format !== SAVE_FORMAT) return 'format';
  if (record.version !== SAVE_VERSION) return 'version';
  if (record.scenarioId !== SCENARIO) return 'scenarioId';
  if (typeof record.storyVersion !== 'string') return 'storyVersion';
  if (!isTime(record.savedAt)) return 'savedAt';
  const snap = snapshotProblem(record.snapshot);
  if (snap) return `snapshot.${snap}`;
  if (!isPlainObject(record.notes) || !Object.values(record.notes).every((n) => typeof n === 'string')) return 'notes';
  if (record.label !== undefined && typeof record.label !== 'string') return 'label';
  if (!Array.isArray(record.otherBranches) || record.otherBranches.length > 100) return 'otherBranches';
  for (const branch of record.otherBranches) {
    const problem = snapshotProblem(branch);
    if (problem) return `otherBranches.${problem}`;
  }
  return undefined;
}

/** What is wrong with a loader result, or undefined. (Inputs are only printed on failure: some are huge.) */
function resultProblem(result: SaveReadResult): string | undefined {
  if (result.ok) {
    const problem = recordProblem(result.record);
    if (problem) return `accepted a record whose ${problem} is invalid`;
    if (result.storyChanged !== (result.record.storyVersion !== VERSION)) return 'storyChanged is wrong';
    if (!(
      result.migratedFrom === undefined ||
      (Number.isInteger(result.migratedFrom) && result.migratedFrom < SAVE_VERSION)
    ))
      return 'migratedFrom is wrong';
  } else {
    if (!KINDS.has(result.error.kind)) return `unknown error kind ${result.error.kind}`;
    if (typeof result.error.message !== 'string' || result.error.message.trim() === '') return 'an error without words';
    if (result.error.kind === 'from-future' && !(result.error.version > SAVE_VERSION))
      return 'from-future with a version not in the future';
  }
  if (!prototypesClean()) return 'Object.prototype was polluted';
  return undefined;
}

function checkResult(result: SaveReadResult, input: unknown, seed: number): void {
  const problem = resultProblem(result);
  if (problem) expect.fail(`${problem}: ${show(input)} → ${show(result)} (case seed ${seed})`);
}

function read(input: unknown, seed: number): SaveReadResult {
  let result: SaveReadResult;
  try {
    result = readSaveRecord(input, SCENARIO, VERSION);
  } catch (error) {
    throw new Error(`readSaveRecord threw on ${show(input)} (case seed ${seed}): ${String(error)}`, {
      cause: error,
    });
  }
  checkResult(result, input, seed);
  return result;
}

function randomSnapshot(f: Fuzz): SessionSnapshot {
  const length = f.int(0, 12);
  const startedAt = f.int(0, 2_000_000_000_000);
  return {
    seed: f.int(-5, 1_000_000),
    path: Array.from({ length }, () => f.int(0, 9)),
    times: Array.from({ length }, (_, i) => startedAt + i * 1000),
    startedAt,
  };
}

function validRecord(f: Fuzz): SaveRecord {
  const notes: Record<string, string> = {};
  for (let i = f.int(0, 3); i > 0; i--)
    defineOwn(notes, f.pick(['children-first', 'taking-stock', 'constructor', 'toString', 'x']), f.messyString(30));
  return makeSaveRecord(
    SCENARIO,
    f.chance(0.8) ? VERSION : 'story-v0',
    randomSnapshot(f),
    f.int(0, 2_000_000_000_000),
    notes,
    f.chance(0.5) ? f.messyString(20) : undefined,
    Array.from({ length: f.int(0, 3) }, () => randomSnapshot(f)),
  );
}

/** The same save as an older build would have written it. */
function asVersion(record: SaveRecord, version: number): Record<string, unknown> {
  if (version === 1)
    return {
      format: SAVE_FORMAT,
      version: 1,
      scenario: record.scenarioId,
      storyHash: record.storyVersion,
      choices: [...record.snapshot.path],
      savedAt: record.savedAt,
    };
  if (version === 2) {
    const { otherBranches: _dropped, ...rest } = record;
    return { ...rest, version: 2 };
  }
  return structuredClone(record) as unknown as Record<string, unknown>;
}

type Container = Record<string, unknown> | unknown[];

/** Every (container, key) inside a value, so a mutation can land anywhere. */
function slots(
  value: unknown,
  out: { parent: Container; key: string | number }[] = [],
  depth = 0,
): { parent: Container; key: string | number }[] {
  if (depth > 6 || typeof value !== 'object' || value === null) return out;
  if (Array.isArray(value))
    value.forEach((item, i) => {
      out.push({ parent: value, key: i });
      slots(item, out, depth + 1);
    });
  else
    for (const key of Object.keys(value)) {
      out.push({ parent: value as Record<string, unknown>, key });
      slots((value as Record<string, unknown>)[key], out, depth + 1);
    }
  return out;
}

function mutate(f: Fuzz, data: Record<string, unknown>): void {
  const all = slots(data);
  const slot = all.length > 0 ? f.pick(all) : { parent: data as Container, key: 'format' };
  const set = (value: unknown): void => {
    if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
    else defineOwn(slot.parent, String(slot.key), value);
  };
  switch (f.int(0, 9)) {
    case 0: // drop a field (or shorten a list)
      if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
      else Reflect.deleteProperty(slot.parent, String(slot.key));
      break;
    case 1: // retype
      set(f.jsonValue(2));
      break;
    case 2: // corrupt a number
      set(
        f.pick([
          Number.NaN,
          Number.POSITIVE_INFINITY,
          Number.NEGATIVE_INFINITY,
          -1,
          1.5,
          -0,
          2 ** 53,
          2 ** 64,
          1e308,
          -1e308,
          '1',
          '0',
          null,
          true,
          1000,
          999,
        ]),
      );
      break;
    case 3: // huge list
      set(Array.from({ length: f.pick([1001, 5000]) }, () => f.pick([0, 1, 1_700_000_000_000])));
      break;
    case 4: // deep nesting
      set(deeplyNested(f.pick([50, 1000, 5000]), f.jsonValue(1), f.chance(0.5)));
      break;
    case 5: // prototype-pollution keys
      defineOwn(
        Array.isArray(slot.parent) ? data : slot.parent,
        f.pick(['__proto__', 'constructor', 'prototype']),
        f.pick([{ polluted: true }, { prototype: { polluted: true } }, 'x', null]),
      );
      break;
    case 6: // the version, the format or the scenario
      defineOwn(
        data,
        f.pick(['version', 'format', 'scenarioId', 'scenario']),
        f.pick([
          0,
          1,
          2,
          3,
          SAVE_VERSION + 1,
          99,
          -1,
          2.5,
          '3',
          Number.NaN,
          'practice-paths/save',
          'other',
          '',
          'cassie-and-jo',
          SCENARIO,
        ]),
      );
      break;
    case 7: // long text
      set('x'.repeat(f.pick([1000, 20_000])));
      break;
    case 8: // an empty container in place of a filled one
      set(f.pick([[], {}, '', 0]));
      break;
    default: {
      // swap two values
      const other = all.length > 0 ? f.pick(all) : slot;
      const a = (slot.parent as Record<string, unknown>)[slot.key as string];
      set((other.parent as Record<string, unknown>)[other.key as string]);
      if (Array.isArray(other.parent)) other.parent[other.key as number] = a;
      else defineOwn(other.parent, String(other.key), a);
    }
  }
}

describe('save loader fuzz', () => {
  it(`never throws on ${3000 * FUZZ_SCALE} random JSON-like values, and refuses them with a typed, worded error`, () => {
    const f = new Fuzz(FUZZ_SEED + 10);
    for (let n = 0; n < 3000 * FUZZ_SCALE; n++) {
      const value = f.chance(0.7)
        ? { format: SAVE_FORMAT, version: f.int(0, SAVE_VERSION + 1), ...(f.jsonValue(3) as object) }
        : f.jsonValue(4);
      read(value, FUZZ_SEED + 10 + n);
    }
  });

  it(`never throws on ${5000 * FUZZ_SCALE} mutated valid records of every version, and accepts only valid ones`, () => {
    const f = new Fuzz(FUZZ_SEED + 11);
    let accepted = 0;
    for (let n = 0; n < 5000 * FUZZ_SCALE; n++) {
      const data = asVersion(validRecord(f), f.int(1, SAVE_VERSION));
      for (let m = f.int(1, 3); m > 0; m--) mutate(f, data);
      if (read(data, FUZZ_SEED + 11 + n).ok) accepted++;
      // The same through JSON, as a save file or localStorage would carry it (NaN → null, undefined dropped).
      let text: string | undefined;
      try {
        text = JSON.stringify(data);
      } catch {
        text = undefined; // too deep for JSON.stringify: the loader above still saw it
      }
      if (text !== undefined) {
        const parsed = parseSaveText(text);
        if (!parsed.ok) expect.fail(`JSON.stringify output did not parse back: ${show(text)}`);
        read(parsed.data, FUZZ_SEED + 11 + n);
      }
    }
    // Many mutations are harmless (a note changed, a list shortened evenly): some records must still load.
    expect(accepted).toBeGreaterThan(100);
  });

  it(`round-trips ${1500 * FUZZ_SCALE} valid records, including old versions, through text unchanged`, () => {
    const f = new Fuzz(FUZZ_SEED + 12);
    for (let n = 0; n < 1500 * FUZZ_SCALE; n++) {
      const record = validRecord(f);
      const parsed = parseSaveText(JSON.stringify(record));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const result = read(parsed.data, FUZZ_SEED + 12 + n);
      if (!result.ok) expect.fail(`a valid record was refused: ${show(record)} → ${result.error.message}`);
      expect(result.record).toEqual(record);
      expect(result.storyChanged).toBe(record.storyVersion !== VERSION);
      // Older versions of the same save migrate to the same position.
      const fromV2 = read(JSON.parse(JSON.stringify(asVersion(record, 2))) as unknown, FUZZ_SEED + 12 + n);
      expect(fromV2.ok && fromV2.record).toEqual({ ...record, otherBranches: [] });
      const fromV1 = read(JSON.parse(JSON.stringify(asVersion(record, 1))) as unknown, FUZZ_SEED + 12 + n);
      expect(fromV1.ok && fromV1.record.snapshot.path).toEqual(record.snapshot.path);
    }
  });

  it('parseSaveText never throws on random text, cut-short saves or absurd nesting', () => {
    const f = new Fuzz(FUZZ_SEED + 13);
    const texts: string[] = [];
    for (let n = 0; n < 1500; n++) texts.push(f.messyString(f.pick([5, 50, 400])));
    const full = JSON.stringify(validRecord(f));
    for (let cut = 0; cut < full.length; cut++) texts.push(full.slice(0, cut));
    texts.push(
      '['.repeat(200_000),
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      '"\\ud800"',
      '1e999',
      '-0',
      'null',
      '{"__proto__": {"polluted": true}}',
      '{"constructor": {"prototype": {"polluted": true}}}',
    );
    for (const [n, text] of texts.entries()) {
      let parsed: ReturnType<typeof parseSaveText>;
      try {
        parsed = parseSaveText(text);
      } catch (error) {
        throw new Error(`parseSaveText threw on ${show(text)}: ${String(error)}`, { cause: error });
      }
      if (parsed.ok) read(parsed.data, n);
      else if (parsed.error.kind !== 'corrupt' || parsed.error.message.trim() === '')
        expect.fail(`bad refusal of ${show(text)}`);
      if (!prototypesClean()) expect.fail(`prototype polluted by ${show(text)}`);
    }
    // Every proper prefix of a real save is refused as corrupt, never read as something else.
    for (let cut = 0; cut < full.length; cut++)
      if (parseSaveText(full.slice(0, cut)).ok) expect.fail(`a cut-short save was read: ${full.slice(0, cut)}`);
  });

  // Known bug, reported to the lead: the list checks use Array.prototype.every, which skips holes, so a sparse
  // path or times list (which IndexedDB's structured clone keeps) is accepted and the record's path then holds
  // `undefined`. Remove `.fails` once save-record.ts checks every index (e.g. Array.from(v).every(...)).
  it('refuses a path or times list with holes', () => {
    const record = makeSaveRecord(
      SCENARIO,
      VERSION,
      { seed: 1, path: [], times: [], startedAt: 0 },
      0,
    ) as unknown as Record<string, unknown>;
    const sparse = {
      ...record,
      snapshot: { seed: 1, path: new Array<number>(3), times: new Array<number>(3), startedAt: 0 },
    };
    expect(readSaveRecord(sparse, SCENARIO, VERSION).ok).toBe(false);
  });
});
