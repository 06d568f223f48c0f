// Vite plugin: `import story, { meta } from '…/main.ink'` compiles ink at build time (following INCLUDEs)
// with the inkjs compiler in Node. Errors fail the build with file and line, and show in the dev overlay;
// every INCLUDEd file is watched, so editing one reloads the story in `npm run dev`.
// `import meta from '…/main.ink?meta'` gives the menu's metadata alone, without the story text.
// `import first, { version, reasons } from '…/main.ink?first-part'` gives the story in two downloads (see
// src/core/story/story-parts.ts): the story with its options' reasons as markers, the full story's fingerprint,
// and a loader of the reasons (`…/main.ink?reasons`, a chunk of its own) for the game to fetch after the first page.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { compileInk, formatDiagnostic, type CompileResult } from '../src/core/story/ink-compiler.ts';
import { InkRunner } from '../src/core/story/ink-runner.ts';
import { splitStory } from '../src/core/story/story-parts.ts';
import { storyVersion } from '../src/core/save/story-version.ts';
import { DEFAULT_CATALOGUE } from '../src/core/principles/default-catalogue.ts';

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

const QUERIES = ['meta', 'first-part', 'reasons'] as const;
type Query = (typeof QUERIES)[number] | 'story';

/** Each story is compiled once per build (its three imports share it), again only when one of its files changed. */
function cachedCompiler(): (file: string) => CompileResult {
  const cache = new Map<string, { result: CompileResult; texts: Map<string, string | undefined> }>();
  return (file) => {
    const known = cache.get(file);
    if (known && [...known.texts].every(([path, text]) => readText(path) === text)) return known.result;
    const texts = new Map<string, string | undefined>();
    const result = compileInk(file, (path) => {
      const text = readText(path);
      texts.set(path, text);
      return text;
    });
    cache.set(file, { result, texts });
    return result;
  };
}

export function inkPlugin(): Plugin {
  const compile = cachedCompiler();
  return {
    name: 'practice-paths-ink',
    enforce: 'pre',
    load(id) {
      const [file = id, query = ''] = id.split('?');
      if (!file.endsWith('.ink')) return null;
      const params = new URLSearchParams(query);
      const kind: Query = QUERIES.find((q) => params.has(q)) ?? 'story';
      const result = compile(file);
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
      if (kind !== 'reasons') for (const warning of result.warnings) this.warn(formatDiagnostic(warning));
      return { code: moduleCode(kind, file, result.json), map: null };
    },
  };
}

function moduleCode(kind: Query, file: string, json: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  switch (kind) {
    case 'meta':
      return `export default ${JSON.stringify(metaOf(json))};\n`;
    case 'first-part':
      return [
        `export default ${JSON.stringify(splitStory(json).json)};`,
        `export const version = ${JSON.stringify(storyVersion(json))};`,
        `export const reasons = () => import(${JSON.stringify(`./${name}?reasons`)}).then((m) => m.default);`,
        '',
      ].join('\n');
    case 'reasons':
      return `export default ${JSON.stringify(splitStory(json).reasons)};\n`;
    case 'story':
      return `export default ${JSON.stringify(json)};\nexport const meta = ${JSON.stringify(metaOf(json))};\n`;
  }
}

function metaOf(json: string): object {
  const created = InkRunner.create(json, DEFAULT_CATALOGUE.ids);
  return created.ok ? { ...created.runner.meta, problems: created.runner.meta.problems.map((p) => p.message) } : {};
}

function resolveFile(entry: string, reported: string | undefined): string {
  if (!reported) return entry;
  if (reported.startsWith('/')) return reported;
  return entry.slice(0, entry.lastIndexOf('/') + 1) + reported;
}
