// `npx tsx bench/heap-growth.ts [outDir]`: what the game's heap grows by over many playthroughs, and why.
// Plays first-shift as the benchmark's soak does (one page, reduced motion, back to the title each time),
// takes a heap snapshot (after two garbage collections) at each checkpoint and prints what grew between them,
// grouped by kind and constructor, per playthrough; plus what the game stores (IndexedDB) per playthrough.
// Builds the game into a temporary folder unless given a built one. Not part of `npm test`.
//
// Environment: HEAP_CHECKPOINTS (playthrough counts, default 1,10,50), CHROMIUM_PATH.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { serveFolder } from '../tools/static-server.ts';
import { heapAfterGc, launchChromium, openBenchPage } from './browser.ts';
import { GAME_SELECTORS, playFirstShift, waitFor } from './drivers.ts';

const CHECKPOINTS = [...new Set((process.env.HEAP_CHECKPOINTS ?? '1,10,50').split(',').map(Number))]
  .filter((n) => n >= 1)
  .sort((a, b) => a - b);
const LAST = CHECKPOINTS[CHECKPOINTS.length - 1]!;

/** Self size and count per group ("kind: constructor or name") of a V8 heap snapshot. */
type Census = Map<string, { size: number; count: number }>;

async function snapshot(cdp: CDPSession): Promise<Census> {
  await heapAfterGc(cdp);
  const parts: string[] = [];
  const onChunk = (event: { chunk: string }): void => {
    parts.push(event.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const heap = JSON.parse(parts.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const census: Census = new Map();
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const type = types[heap.nodes[i + typeAt]!]!;
    let name = heap.strings[heap.nodes[i + nameAt]!] ?? '';
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
      name = name.length > 40 ? `${name.slice(0, 40)}…` : name;
    if (type === 'code' || type === 'hidden' || type === 'array' || type === 'number')
      name = name.replace(/\d+/g, '#').slice(0, 60);
    if (type === 'native') name = name.replace(/<.*$/, '<…>');
    const key = `${type}: ${name}`;
    const entry = census.get(key) ?? { size: 0, count: 0 };
    entry.size += heap.nodes[i + sizeAt]!;
    entry.count += 1;
    census.set(key, entry);
  }
  return census;
}

function byKind(census: Census): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const [key, { size }] of census) {
    const kind = key.slice(0, key.indexOf(':'));
    kinds.set(kind, (kinds.get(kind) ?? 0) + size);
  }
  return kinds;
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

function report(title: string, from: Census, to: Census, playthroughs: number): void {
  const total = (c: Census): number => [...c.values()].reduce((sum, e) => sum + e.size, 0);
  const grown = total(to) - total(from);
  console.log(
    `\n## ${title}: ${kib(total(from))} → ${kib(total(to))} (${grown >= 0 ? '+' : ''}${kib(grown)}, ${kib(grown / playthroughs)} per playthrough)\n`,
  );
  const kindsFrom = byKind(from);
  const kindsTo = byKind(to);
  console.log('| kind | change | per playthrough |\n| --- | ---: | ---: |');
  for (const [kind, size] of [...kindsTo]
    .map(([k, s]) => [k, s - (kindsFrom.get(k) ?? 0)] as const)
    .sort((a, b) => b[1] - a[1])) {
    if (Math.abs(size) >= 1024) console.log(`| ${kind} | ${kib(size)} | ${kib(size / playthroughs)} |`);
  }
  const keys = new Set([...from.keys(), ...to.keys()]);
  const changes = [...keys].map((k) => ({
    key: k,
    size: (to.get(k)?.size ?? 0) - (from.get(k)?.size ?? 0),
    count: (to.get(k)?.count ?? 0) - (from.get(k)?.count ?? 0),
  }));
  console.log('\n| group (kind: constructor or name) | size change | count change |\n| --- | ---: | ---: |');
  for (const c of changes.sort((a, b) => b.size - a.size).slice(0, 25))
    console.log(`| ${c.key.replaceAll('|', '\\|').replaceAll('\n', ' ')} | ${kib(c.size)} | ${c.count} |`);
}

/**
 * Every stored record (all IndexedDB databases and stores) with its size as JSON, and its length if it is a list
 * (the history). Plain JavaScript text, so that no TypeScript transform's name helpers leak into the page.
 */
const STORED_SCRIPT = `(async () => {
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const rows = [];
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await request(indexedDB.open(name));
    for (const storeName of [...db.objectStoreNames]) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      keys.forEach((key, i) => rows.push({ key: name + '/' + storeName + '/' + String(key), bytes: JSON.stringify(values[i]).length, records: Array.isArray(values[i]) ? values[i].length : null }));
    }
    db.close();
  }
  return rows;
})()`;

async function stored(page: Page): Promise<{ key: string; bytes: number; records: number | null }[]> {
  return page.evaluate<{ key: string; bytes: number; records: number | null }[]>(STORED_SCRIPT);
}

async function main(): Promise<void> {
  const given = process.argv[2];
  const folder = given ?? mkdtempSync(join(tmpdir(), 'practice-paths-heap-'));
  if (!given)
    await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: folder, emptyOutDir: true } });
  const server = await serveFolder(folder);
  const browser = await launchChromium();
  try {
    const bench = await openBenchPage(browser, {});
    const { page, cdp } = bench;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.url);
    await waitFor(page, GAME_SELECTORS.title);
    await waitFor(page, '#backdrop canvas', { timeout: 20_000 }).catch(() => undefined);
    const censuses = new Map<number, Census>();
    const heapUsed = new Map<number, number>();
    for (let n = 1; n <= LAST; n++) {
      await playFirstShift(page, n);
      if (CHECKPOINTS.includes(n)) {
        heapUsed.set(n, await heapAfterGc(cdp));
        censuses.set(n, await snapshot(cdp));
        process.stderr.write(`[heap] snapshot after playthrough ${n}\n`);
      }
    }
    console.log(
      `# Heap growth over ${LAST} playthroughs of first-shift\n\n${new Date().toISOString()}; Chromium ${browser.version()}; written by \`npx tsx bench/heap-growth.ts\`. Sizes are self sizes from V8 heap snapshots (JS objects, compiled code, and Blink's native objects), each after two garbage collections.\n`,
    );
    console.log(
      `JS heap in use after GC (Runtime.getHeapUsage, the benchmark's figure): ${CHECKPOINTS.map((n) => `${(heapUsed.get(n)! / 1024 / 1024).toFixed(2)} MiB after ${n}`).join(', ')}.`,
    );
    const first = CHECKPOINTS[0]!;
    if (CHECKPOINTS.length > 2)
      report(`playthrough ${first} → ${LAST}`, censuses.get(first)!, censuses.get(LAST)!, LAST - first);
    for (let i = 1; i < CHECKPOINTS.length; i++) {
      const [a, b] = [CHECKPOINTS[i - 1]!, CHECKPOINTS[i]!];
      report(`playthrough ${a} → ${b}`, censuses.get(a)!, censuses.get(b)!, b - a);
    }
    const rows = await stored(page);
    console.log(
      `\n## Stored data after ${LAST} playthroughs\n\n| key | bytes (JSON) | records |\n| --- | ---: | ---: |`,
    );
    for (const row of rows) console.log(`| ${row.key} | ${row.bytes} | ${row.records ?? ''} |`);
    console.log(bench.errors.length === 0 ? 'No page errors.' : `Page errors: ${bench.errors.join('; ')}`);
    await bench.context.close();
  } finally {
    await browser.close();
    await server.close();
    if (!given) rmSync(folder, { recursive: true, force: true });
  }
}

await main();
