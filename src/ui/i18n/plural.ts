// Plural forms by the locale's own rules: Intl.PluralRules gives the CLDR category (zero, one, two, few,
// many, other) that ICU message plurals use, and `#` in the chosen form becomes the formatted number.
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** A plural chooser for one locale: `plural(3, { one: '# decision', other: '# decisions' })`. */
export function pluralFor(locale: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (count, forms) => (forms[rules.select(count)] ?? forms.other).replaceAll('#', numbers.format(count));
}
