// The principle catalogue in two parts: names from the start, the texts once loaded (once, retried after a
// failure), the same catalogue as the whole file then.
import { describe, expect, it } from 'vitest';
import { catalogueInParts } from '../../src/core/principles/catalogue-in-parts.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';

const names = {
  principles: DEFAULT_CATALOGUE.principles.map(({ id, name, short }) => ({ id, name, short })),
  checkpoints: DEFAULT_CATALOGUE.checkpoints.map(({ id, name, after }) => ({ id, name, after })),
};

describe('the principle catalogue in two parts', () => {
  it('has ids and names at once and the texts once they are loaded', async () => {
    let loads = 0;
    const parts = catalogueInParts(names, () => (loads++, Promise.resolve(DEFAULT_CATALOGUE)));
    const first = parts.catalogue.principles[0]!;
    expect(parts.catalogue.ids).toEqual(DEFAULT_CATALOGUE.ids);
    expect(first.name).toBe(DEFAULT_CATALOGUE.principles[0]!.name);
    expect([first.feels, first.summary, first.questions]).toEqual(['', '', []]);
    expect(parts.isComplete()).toBe(false);
    await Promise.all([parts.complete(), parts.complete()]);
    expect(loads).toBe(1);
    expect(parts.isComplete()).toBe(true);
    expect(JSON.parse(JSON.stringify(parts.catalogue.principles))).toEqual(DEFAULT_CATALOGUE.principles);
    expect(parts.catalogue.checkpoints.map((c) => c.questions)).toEqual(
      DEFAULT_CATALOGUE.checkpoints.map((c) => c.questions),
    );
  });

  it('tries a failed load again at the next call', async () => {
    let loads = 0;
    const parts = catalogueInParts(names, () =>
      ++loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(DEFAULT_CATALOGUE),
    );
    await expect(parts.complete()).rejects.toThrow('offline');
    expect(parts.catalogue.principles[0]!.feels).toBe('');
    await parts.complete();
    expect(parts.catalogue.principles[0]!.feels).toBe(DEFAULT_CATALOGUE.principles[0]!.feels);
  });
});
