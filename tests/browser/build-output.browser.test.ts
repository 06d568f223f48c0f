// The production build (made by this suite's global setup), read the way a browser loads it: the chunks of
// the first load are index.html's scripts and everything they import statically. The ink compiler must be
// only in chunks reached through a dynamic import (a trainer's own scenario), never in the chunks loaded
// before the first choice, and the ink runtime must be in the build once. Which chunk holds which part of
// inkjs is told by string literals taken from inkjs's own files (error messages survive minification; class
// and function names do not).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseSync } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureProfile, launch, openGame } from './harness.ts';

const DIST = inject('distDir');
const ASSETS = join(DIST, 'assets');
const chunks = new Map(
  readdirSync(ASSETS)
    .filter((f) => f.endsWith('.js'))
    .map((f) => [f, readFileSync(join(ASSETS, f), 'utf8')]),
);
const html = readFileSync(join(DIST, 'index.html'), 'utf8');

/** Static and dynamic imports of one built chunk, as file names in dist/assets. */
function importsOfChunk(code: string): { statics: string[]; dynamics: string[] } {
  const { module } = parseSync('chunk.js', code, { sourceType: 'module' });
  const file = (spec: string): string => spec.replace(/^\.\//, '').replace(/^assets\//, '');
  const statics = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries.flatMap((x) => (x.moduleRequest ? [x.moduleRequest.value] : []))),
  ];
  const dynamics = module.dynamicImports.flatMap((d) => {
    const literal = /^(['"`])([^'"`$]+)\1$/.exec(code.slice(d.moduleRequest.start, d.moduleRequest.end).trim());
    return literal ? [literal[2]!] : [];
  });
  return { statics: statics.map(file), dynamics: dynamics.map(file) };
}

const graph = new Map([...chunks].map(([name, code]) => [name, importsOfChunk(code)]));

function closure(roots: readonly string[], follow: (name: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name) || !chunks.has(name)) continue;
    seen.add(name);
    queue.push(...follow(name));
  }
  return seen;
}

const entryScripts = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.\/assets\/([^"]+\.js)"/g),
].map((m) => m[1]!);
const firstLoad = closure(entryScripts, (name) => graph.get(name)!.statics);
const everything = closure(entryScripts, (name) => [...graph.get(name)!.statics, ...graph.get(name)!.dynamics]);

/** String literals of inkjs's files under `folder` (engine/ or compiler/), long and plain enough to survive minification unchanged. */
function literalsOf(folder: string): Map<string, number> {
  const root = join(dirname(createRequire(import.meta.url).resolve('inkjs/engine/Story')), '..', folder);
  const counts = new Map<string, number>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/"([A-Za-z][A-Za-z0-9 ,.:()-]{30,})"/g))
          counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
      }
    }
  };
  walk(root);
  return counts;
}

const engineLiterals = literalsOf('engine');
const compilerLiterals = literalsOf('compiler');
/** Each written once in the engine and never in the compiler. */
const runtimeMarkers = [...engineLiterals]
  .filter(([text, n]) => n === 1 && !compilerLiterals.has(text))
  .map(([text]) => text);
const compilerMarkers = [...compilerLiterals.keys()].filter((text) => !engineLiterals.has(text));
const occurrences = (code: string, text: string): number => code.split(text).length - 1;
/**
 * The own-scenario check's Web Worker, inlined so the single-file build has one too: a thread of its own, so it
 * carries its own runtime and compiler as text inside the chunk that starts it. Told apart by starting a Worker.
 */
const workerChunks = [...chunks]
  .filter(([, code]) => code.includes('new Worker(') && compilerMarkers.filter((m) => code.includes(m)).length >= 5)
  .map(([name]) => name);
/** The chunks that run on the page itself. */
const pageChunks = new Map([...chunks].filter(([name]) => !workerChunks.includes(name)));
const compilerChunks = [...pageChunks]
  .filter(([, code]) => compilerMarkers.filter((m) => code.includes(m)).length >= 5)
  .map(([name]) => name);

describe('the production build', () => {
  it('is read as a graph of chunks from index.html', () => {
    expect(entryScripts.length).toBeGreaterThan(0);
    expect(everything.size).toBe(chunks.size);
    expect(firstLoad.size).toBeLessThan(chunks.size);
  });

  it('carries the ink runtime once', () => {
    expect(runtimeMarkers.length).toBeGreaterThanOrEqual(10);
    const counts = runtimeMarkers.map(
      (marker) => [marker, [...pageChunks.values()].reduce((sum, code) => sum + occurrences(code, marker), 0)] as const,
    );
    const present = counts.filter(([, n]) => n > 0);
    expect(present.length).toBeGreaterThanOrEqual(runtimeMarkers.length * 0.9);
    // A second copy doubles every marker; the minifier may repeat one or two literals inside one copy.
    expect(present.filter(([, n]) => n > 1).length).toBeLessThan(runtimeMarkers.length * 0.1);
    const runtimeChunks = [...pageChunks]
      .filter(([, code]) => runtimeMarkers.some((m) => code.includes(m)))
      .map(([name]) => name);
    expect(runtimeChunks).toHaveLength(1);
    expect(firstLoad.has(runtimeChunks[0]!)).toBe(true);
  });

  it('keeps the ink compiler out of the first load: its chunk is reached only through a dynamic import', () => {
    expect(compilerMarkers.length).toBeGreaterThanOrEqual(15);
    expect(compilerChunks).toHaveLength(1);
    expect(firstLoad.has(compilerChunks[0]!)).toBe(false);
    expect(everything.has(compilerChunks[0]!)).toBe(true);
  });

  it('starts the own-scenario check’s worker only from a chunk loaded on demand', () => {
    expect(workerChunks).toHaveLength(1);
    expect(firstLoad.has(workerChunks[0]!)).toBe(false);
    expect(everything.has(workerChunks[0]!)).toBe(true);
  });

  it('refers to no other host for scripts, styles or fonts', () => {
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain("script-src 'self'");
  });

  it('loads the long scenario lazily, not in the first load', () => {
    const first = [...firstLoad].map((name) => chunks.get(name)!).join('\n');
    expect(first).toContain('Cassie and Jo');
    expect(first).not.toContain('Thursday, four o');
    expect([...chunks.values()].some((code) => code.includes('Thursday, four o'))).toBe(true);
  });
});

describe('the chunks a browser loads before the first choice', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('include the ink runtime and not the compiler', async () => {
    const { page, context, errors } = await openGame(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname.split('/').pop()!;
      if (file.endsWith('.js')) scripts.push(file);
    });
    await ensureProfile(page);
    await page.click('text=Choose a scenario');
    await page.click('[data-start="cassie-and-jo"]');
    await page.click('#acknowledge');
    await page.waitForSelector('.play-panel');
    await page.keyboard.press('Space');
    await page.waitForSelector('.choices button');
    const loaded = new Set([...firstLoad, ...scripts]);
    expect(compilerChunks.filter((name) => loaded.has(name))).toEqual([]);
    expect([...loaded].some((name) => runtimeMarkers.some((m) => chunks.get(name)?.includes(m)))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
