// `npx tsx bench/entry-bytes.ts`: what the first script (the entry chunk, `index-*.js`) is made of. Builds the
// game with sourcemaps into a temporary folder, gives every byte of the entry to the source module it came from
// (by the sourcemap), and lists the largest modules and packages, raw and gzipped on their own. Gzipping a part
// alone overstates it a little (the whole file compresses better), so read the list as a ranking.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

interface Part {
  readonly name: string;
  readonly raw: number;
  readonly gzip: number;
}

/** `node_modules/inkjs/engine/Story.js` → `inkjs`; `../src/ui/play/play-page.ts` → `src/ui/play/play-page.ts`. */
function ownerOf(source: string | null): string {
  if (!source) return '(no source: JSON imports, Vite helpers)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return `package ${pkg[1]}`;
  const own = /((?:src|stories)\/.*)$/.exec(source);
  return own ? own[1]! : source;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One segment of a sourcemap's `mappings`: base64 VLQ numbers. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** Every module's share of `code`, by the generated columns its mappings cover (sourcemap v3). */
export function attribute(code: string, mapText: string): Part[] {
  const map = JSON.parse(mapText) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const texts = new Map<string, string[]>();
  let source = 0;
  map.mappings.split(';').forEach((lineMappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    const starts = lineMappings
      .split(',')
      .filter((segment) => segment !== '')
      .map((segment) => {
        const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
        column += columnDelta;
        if (sourceDelta !== undefined) source += sourceDelta;
        return { column, owner: ownerOf(sourceDelta === undefined ? null : (map.sources[source] ?? null)) };
      });
    starts.forEach((start, i) => {
      const text = line.slice(start.column, starts[i + 1]?.column ?? line.length);
      const parts = texts.get(start.owner);
      if (parts) parts.push(text);
      else texts.set(start.owner, [text]);
    });
  });
  return [...texts].map(([name, parts]) => {
    const text = parts.join('');
    return { name, raw: text.length, gzip: gzipSync(text).length };
  });
}

const kib = (bytes: number): string => (bytes / 1024).toFixed(1).padStart(7);

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'practice-paths-entry-'));
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir, sourcemap: true } });
    const assets = join(outDir, 'assets');
    const entry = readdirSync(assets).find((f) => /^index-.*\.js$/.test(f));
    if (!entry) throw new Error('No index-*.js in the build.');
    const code = readFileSync(join(assets, entry), 'utf8');
    const parts = attribute(code, readFileSync(join(assets, `${entry}.map`), 'utf8'));
    const top = Number(process.env.ENTRY_TOP ?? 40);
    console.log(`${entry}: ${kib(code.length)} KiB raw, ${kib(gzipSync(code).length)} KiB gzip\n`);
    console.log('    raw    gzip  module');
    for (const part of parts.sort((a, b) => b.gzip - a.gzip).slice(0, top)) {
      console.log(`${kib(part.raw)} ${kib(part.gzip)}  ${part.name}`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
