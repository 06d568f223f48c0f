// Vite plugin: `import story, { meta } from '…/main.ink'` compiles ink at build time (following INCLUDEs)
// with the inkjs compiler in Node. Errors fail the build with file and line, and show in the dev overlay;
// every INCLUDEd file is watched, so editing one reloads the story in `npm run dev`.
// `import meta from '…/main.ink?meta'` gives the menu's metadata alone, without the story text.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { compileInk, formatDiagnostic } from '../src/core/story/ink-compiler.ts';
import { InkRunner } from '../src/core/story/ink-runner.ts';
import { DEFAULT_CATALOGUE } from '../src/core/principles/default-catalogue.ts';

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

export function inkPlugin(): Plugin {
  return {
    name: 'practice-paths-ink',
    enforce: 'pre',
    load(id) {
      const [file = id, query = ''] = id.split('?');
      if (!file.endsWith('.ink')) return null;
      const metaOnly = new URLSearchParams(query).has('meta');
      const result = compileInk(file, readText);
      for (const path of result.files) if (path !== file) this.addWatchFile(path);
      if (!result.ok) {
        const first = result.errors[0]!;
        this.error({
          message: `Ink compile failed:\n${result.errors.map(formatDiagnostic).join('\n')}`,
          id: first.file ?? file,
          loc:
            first.line === undefined ? undefined : { file: resolveFile(file, first.file), line: first.line, column: 0 },
        });
      }
      for (const warning of result.warnings) this.warn(formatDiagnostic(warning));
      const created = InkRunner.create(result.json, DEFAULT_CATALOGUE.ids);
      const meta = created.ok
        ? { ...created.runner.meta, problems: created.runner.meta.problems.map((p) => p.message) }
        : {};
      const code = metaOnly
        ? `export default ${JSON.stringify(meta)};\n`
        : `export default ${JSON.stringify(result.json)};\nexport const meta = ${JSON.stringify(meta)};\n`;
      return { code, map: null };
    },
  };
}

function resolveFile(entry: string, reported: string | undefined): string {
  if (!reported) return entry;
  if (reported.startsWith('/')) return reported;
  return entry.slice(0, entry.lastIndexOf('/') + 1) + reported;
}
