// Seeded random generators for the fuzz tests. Every suite takes its seed from FUZZ_SEED (default fixed), so a
// failure can be replayed exactly: the failing case's seed and input are printed in the assertion message.
// FUZZ_SEED=<n> tries other cases; FUZZ_SCALE=<n> runs n times as many.
import { mulberry32 } from '../../src/core/checker/story-explorer.ts';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20260601);
/** Multiplies the number of cases (FUZZ_SCALE=10 for a deeper run than the one `npm test` makes). */
export const FUZZ_SCALE = Math.max(1, Math.floor(Number(process.env.FUZZ_SCALE ?? 1)) || 1);

export class Fuzz {
  private readonly next: () => number;

  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }

  /** A number in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A string of `length` characters drawn from `alphabet`. */
  stringFrom(alphabet: string, length: number): string {
    const chars = Array.from(alphabet);
    let out = '';
    for (let i = 0; i < length; i++) out += this.pick(chars);
    return out;
  }

  /** Anything a person, an editor or a broken file might put in a string: tag punctuation, spaces, unicode, controls. */
  messyString(maxLength = 40): string {
    const alphabets = [
      'abcdefghijklmnopqrstuvwxyz-',
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
      ' :,#-_\t\n\r',
      '{}[]()<>"\'`\\/|&;*+=~!?.%$@^',
      'éü日本語🙂\u200b\u00a0\u2028\ufeff',
      '\u0000\u0001\u001f\u007f',
    ];
    const length = this.int(0, maxLength);
    let out = '';
    while (out.length < length) out += this.stringFrom(this.pick(alphabets), this.int(1, 6));
    return out.slice(0, length);
  }

  /** A random JSON-like value, nested up to `depth`. */
  jsonValue(depth = 3): unknown {
    const kind = this.int(0, depth > 0 ? 9 : 6);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return this.chance(0.5);
      case 2:
        return this.int(-5, 1005);
      case 3:
        return this.pick([
          0,
          -0,
          1.5,
          -1,
          2 ** 53,
          2 ** 53 + 2,
          1e308,
          -1e308,
          Number.MAX_SAFE_INTEGER,
          Number.MIN_VALUE,
          3,
        ]);
      case 4:
        return this.messyString(12);
      case 5:
        return this.pick(['practice-paths/save', 'cassie-and-jo', '', 'first-shift', '1', 'v3']);
      case 6:
        return this.pick([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined]);
      case 7:
      case 8: {
        const length = this.int(0, 4);
        return Array.from({ length }, () => this.jsonValue(depth - 1));
      }
      default: {
        const object: Record<string, unknown> = {};
        const keys = [
          'format',
          'version',
          'scenarioId',
          'storyVersion',
          'snapshot',
          'savedAt',
          'notes',
          'label',
          'otherBranches',
          'seed',
          'path',
          'times',
          'startedAt',
          'scenario',
          'storyHash',
          'choices',
          '__proto__',
          'constructor',
          'prototype',
          'toString',
        ];
        for (let i = this.int(0, 5); i > 0; i--) defineOwn(object, this.pick(keys), this.jsonValue(depth - 1));
        return object;
      }
    }
  }
}

/** Set an own property, even one called "__proto__" (as JSON.parse and structured clone can make). */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Nest a value `depth` levels deep in arrays or objects. */
export function deeplyNested(depth: number, leaf: unknown, asObject: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** Nothing has been added to Object.prototype or Array.prototype (prototype pollution). */
export function prototypesClean(): boolean {
  const probe: Record<string, unknown> = {};
  return (
    Object.keys(Object.getPrototypeOf(probe) as object).length === 0 &&
    !('polluted' in probe) &&
    !('polluted' in []) &&
    Object.getPrototypeOf(probe) === Object.prototype
  );
}

/** A short, printable description of a failing input. */
export function show(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? String(v) : v === undefined ? '<undefined>' : v,
    );
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return '<unprintable>';
  }
}
