// Adding a language is one catalogue file plus its place in the list: shown here with a small Welsh test
// catalogue that gives a few words and leaves the rest to English (UK).
import { describe, expect, it } from 'vitest';
import { CATALOGUES, wordsFor } from '../../src/ui/i18n/catalogues.ts';
import type { Catalogue } from '../../src/ui/i18n/catalogue.ts';
import { welshTestCatalogue } from './welsh-test-catalogue.ts';

const withWelsh: readonly Catalogue[] = [...CATALOGUES, welshTestCatalogue];

describe('the message catalogue', () => {
  it('gives English (UK) by default and for a language it does not have', () => {
    expect(wordsFor(undefined).messages.common.continue).toBe('Continue');
    expect(wordsFor('fr').locale).toBe('en-GB');
    expect(wordsFor('en-GB').messages.common.decisions(1)).toBe('1 decision');
    expect(wordsFor('en-GB').messages.common.decisions(1200)).toBe('1,200 decisions');
  });

  it('uses a registered catalogue’s words, with its own plural rules, and English for what it leaves out', () => {
    const welsh = wordsFor('cy', withWelsh);
    expect(welsh.locale).toBe('cy');
    expect(welsh.messages.common.continue).toBe('Parhau');
    // Welsh has six plural forms; English has two.
    expect([0, 1, 2, 3, 6, 7].map((n) => welsh.messages.common.decisions(n))).toEqual([
      '0 penderfyniad',
      '1 penderfyniad',
      '2 benderfyniad',
      '3 phenderfyniad',
      '6 phenderfyniad',
      '7 penderfyniad',
    ]);
    expect(welsh.messages.common.cancel).toBe('Cancel');
  });

  it('offers every listed catalogue by name', () => {
    expect(CATALOGUES.map((c) => c.name)).toContain('English (UK)');
  });
});
