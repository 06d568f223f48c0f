// A small Welsh catalogue for tests: what a translator's file looks like. A real one lists every key;
// this one leaves most to English (UK) to show the fallback.
import type { Catalogue } from '../../src/ui/i18n/catalogue.ts';
import { pluralFor } from '../../src/ui/i18n/plural.ts';

const plural = pluralFor('cy');

export const welshTestCatalogue: Catalogue = {
  locale: 'cy',
  name: 'Cymraeg',
  messages: {
    common: {
      continue: 'Parhau',
      back: 'Yn ôl',
      decisions: (count) =>
        plural(count, {
          zero: '# penderfyniad',
          one: '# penderfyniad',
          two: '# benderfyniad',
          few: '# phenderfyniad',
          many: '# phenderfyniad',
          other: '# penderfyniad',
        }),
    },
  },
};
