// Vite plugin: after a production build, writes sw.js (source: tools/service-worker.js) with this build's
// precache list (the page, every script and style, with a content revision each) and the sounds and pictures it
// may cache as they are used. Reads the output folder as written, so tests can regenerate sw.js for a changed
// copy of a build with writeServiceWorker().
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const SOURCE = new URL('./service-worker.js', import.meta.url);
/** What the game needs to start and play (the card reader's WebAssembly included, so a vote works offline): the page, scripts, styles, and anything index.html links to. */
const PRECACHED = /\.(html|js|css|webmanifest|woff2?|wasm)$/;
/** Cached the first time they are used. */
const AS_USED = /\.(mp3|ogg|m4a|wav|svg|png|jpe?g|webp|gif|avif)$/;

export interface OfflineBuild {
  readonly version: string;
  readonly precache: readonly { readonly url: string; readonly revision: string }[];
  readonly runtime: readonly string[];
}

export function offlinePlugin(): Plugin {
  return {
    name: 'practice-paths-offline',
    apply: 'build',
    writeBundle(options) {
      if (options.dir) writeServiceWorker(options.dir);
    },
  };
}

/** The first 16 hex digits of the SHA-256 of a file: the service worker checks downloads against it. */
export const revisionOf = (data: Buffer): string => createHash('sha256').update(data).digest('hex').slice(0, 16);

export function offlineBuild(outDir: string): OfflineBuild {
  const files = listFiles(outDir).filter((f) => f !== 'sw.js' && !f.startsWith('.') && !f.includes('/.'));
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const linked = new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!));
  const precache = files
    .filter((f) => PRECACHED.test(f) || linked.has(f))
    .map((f) => ({ url: `./${f}`, revision: revisionOf(readFileSync(join(outDir, f))) }));
  const runtime = files.filter((f) => AS_USED.test(f) && !linked.has(f)).map((f) => `./${f}`);
  const version = createHash('sha256').update(JSON.stringify({ precache, runtime })).digest('hex').slice(0, 12);
  return { version, precache, runtime };
}

export function writeServiceWorker(outDir: string): OfflineBuild {
  const build = offlineBuild(outDir);
  const source = readFileSync(SOURCE, 'utf8');
  writeFileSync(join(outDir, 'sw.js'), `const BUILD = ${JSON.stringify(build)};\n${source}`);
  return build;
}

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(root, join(dir, entry.name))
        : [relative(root, join(dir, entry.name)).split('\\').join('/')],
    )
    .sort();
}
