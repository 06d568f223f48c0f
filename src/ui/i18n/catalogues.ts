// The languages the game offers, and the one in use. Register a new catalogue by adding it to the list.
import { ENGLISH, mergeCatalogue, type Catalogue, type Messages } from './catalogue.ts';

const registered: Catalogue[] = [ENGLISH];
let active: { locale: string; messages: Messages } = { locale: ENGLISH.locale, messages: mergeCatalogue(ENGLISH) };

/** Makes another language available (settings lists it). */
export function registerCatalogue(catalogue: Catalogue): void {
  const at = registered.findIndex((c) => c.locale === catalogue.locale);
  if (at >= 0) registered[at] = catalogue;
  else registered.push(catalogue);
}

export function availableCatalogues(): readonly Catalogue[] {
  return registered;
}

/** Switches the words to a registered locale; an unknown locale keeps English (UK). */
export function useLocale(locale: string | undefined): void {
  const catalogue = registered.find((c) => c.locale === locale) ?? ENGLISH;
  active = { locale: catalogue.locale, messages: mergeCatalogue(catalogue) };
}

/** The words of the language in use. */
export function messages(): Messages {
  return active.messages;
}

/** The locale in use, for dates and sorting. */
export function currentLocale(): string {
  return active.locale;
}
