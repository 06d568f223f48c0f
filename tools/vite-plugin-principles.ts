// Vite plugin: `import names from '…/principles.json?names'` gives the catalogue's ids and names alone (see
// src/core/principles/catalogue-in-parts.ts), so the first page's script does not carry the principles' texts.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

interface Entry {
  readonly id: string;
  readonly name: string;
  readonly short?: string;
  readonly after?: string;
}

export function principlesPlugin(): Plugin {
  return {
    name: 'practice-paths-principle-names',
    enforce: 'pre',
    load(id) {
      const [file = id, query = ''] = id.split('?');
      if (!file.endsWith('principles.json') || !new URLSearchParams(query).has('names')) return null;
      this.addWatchFile(file);
      const data = JSON.parse(readFileSync(file, 'utf8')) as { principles: Entry[]; checkpoints: Entry[] };
      const names = {
        principles: data.principles.map(({ id: key, name, short }) => ({ id: key, name, short })),
        checkpoints: data.checkpoints.map(({ id: key, name, after }) => ({ id: key, name, after })),
      };
      return { code: `export default ${JSON.stringify(names)};\n`, map: null };
    },
  };
}
