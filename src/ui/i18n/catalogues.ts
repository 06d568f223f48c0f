// The languages the game offers, and the words for one of them. Add a language by importing its catalogue
// and listing it in CATALOGUES: the settings screen offers every catalogue listed here.
import { ENGLISH, mergeCatalogue, type Catalogue, type Messages } from './catalogue.ts';

export const CATALOGUES: readonly Catalogue[] = [ENGLISH];

export interface Words {
  /** The locale in use, for dates, numbers and sorting. */
  readonly locale: string;
  readonly messages: Messages;
}

/** The words for a locale: its catalogue over English (UK), or English (UK) for a locale not listed. */
export function wordsFor(locale: string | undefined, catalogues: readonly Catalogue[] = CATALOGUES): Words {
  const catalogue = catalogues.find((c) => c.locale === locale) ?? ENGLISH;
  return { locale: catalogue.locale, messages: mergeCatalogue(catalogue) };
}
