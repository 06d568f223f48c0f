// Browser-side measuring for the benchmark: Debian's headless Chromium through playwright-core, an init script
// that timestamps when chosen elements first appear and counts animation frames and canvas-drawing frames,
// Chrome DevTools Protocol for heap and main-thread time, and Resource Timing for the bytes fetched.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '../tools/headless-chromium.ts';

export const CHROMIUM_ARGS = [...HEADLESS_CHROMIUM_ARGS];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

export interface SeenAt {
  /** performance.now() when the element was first in the DOM (MutationObserver). */
  readonly at: number;
  /** performance.now() at the start of the next frame after that: the first frame that can show it (null until then). */
  readonly painted: number | null;
}

export interface UserEvent {
  readonly type: string;
  readonly key: string;
  /** id, data-start or tag of the clicked/focused control. */
  readonly target: string;
  /** event.timeStamp: when the input arrived, so time the main thread was too busy to handle it counts too. */
  readonly t: number;
}

export interface BenchState {
  readonly raf: number;
  readonly canvasFrames: number;
  readonly seen: Record<string, SeenAt>;
  readonly events: readonly UserEvent[];
}

/**
 * Runs in the page before any of its scripts. Counts requestAnimationFrame callbacks, and frames in which a
 * canvas was drawn on (WebGL draw/clear or 2D drawImage/fill/clear inside a rAF callback: Phaser's frames,
 * since the game object itself is not reachable from the page); timestamps the first appearance of each
 * named selector; logs clicks and key presses with their time. Kept as plain JavaScript text so that no
 * TypeScript transform (esbuild's name helpers) can leak into the page.
 */
const BENCH_INIT_SCRIPT = String.raw`(selectors) => {
  const state = { raf: 0, canvasFrames: 0, seen: {}, events: [] };
  window.__bench = state;
  const nativeRaf = window.requestAnimationFrame.bind(window);
  let drew = false;
  window.requestAnimationFrame = (callback) => nativeRaf((time) => {
    state.raf++;
    drew = false;
    try {
      callback(time);
    } finally {
      if (drew) state.canvasFrames++;
    }
  });
  const wrap = (proto, names) => {
    if (!proto) return;
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        drew = true;
        return original.apply(this, args);
      };
    }
  };
  wrap(window.WebGLRenderingContext && WebGLRenderingContext.prototype, ['drawArrays', 'drawElements', 'clear']);
  wrap(window.WebGL2RenderingContext && WebGL2RenderingContext.prototype, ['drawArrays', 'drawElements', 'clear', 'drawArraysInstanced', 'drawElementsInstanced']);
  wrap(window.CanvasRenderingContext2D && CanvasRenderingContext2D.prototype, ['drawImage', 'fillRect', 'clearRect', 'putImageData', 'fill', 'stroke']);

  const pending = new Set(Object.keys(selectors));
  let observer;
  const check = () => {
    for (const name of [...pending]) {
      if (!document.querySelector(selectors[name])) continue;
      pending.delete(name);
      const seen = { at: performance.now(), painted: null };
      state.seen[name] = seen;
      nativeRaf(() => { seen.painted = performance.now(); });
    }
    if (pending.size === 0 && observer) observer.disconnect();
  };
  if (pending.size > 0) {
    observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
  }
  const describe = (target) => {
    const control = target instanceof Element ? (target.closest('button, input, a, [id]') || target) : undefined;
    if (!control) return '';
    return control.id || control.getAttribute('data-start') || control.tagName.toLowerCase();
  };
  for (const type of ['click', 'keydown']) {
    window.addEventListener(type, (event) => {
      if (state.events.length >= 300) state.events.shift();
      state.events.push({ type, key: event.key || '', target: describe(event.target), t: event.timeStamp });
    }, true);
  }
}`;

export interface BenchPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  readonly errors: string[];
}

/** A fresh context (empty storage and cache: a first visit) with the measuring script installed. */
export async function openBenchPage(
  browser: Browser,
  selectors: Record<string, string>,
  viewport = { width: 1280, height: 720 },
): Promise<BenchPage> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript({ content: `(${BENCH_INIT_SCRIPT})(${JSON.stringify(selectors)});` });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  return { context, page, cdp, errors };
}

export async function benchState(page: Page): Promise<BenchState> {
  return page.evaluate(
    () => JSON.parse(JSON.stringify((window as unknown as { __bench: unknown }).__bench)) as BenchState,
  );
}

/** JS heap in use after two full garbage collections. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export interface IdleFigures {
  readonly seconds: number;
  /** Share of wall time the main thread spent in tasks (TaskDuration delta / wall time). */
  readonly busyShare: number;
  readonly scriptShare: number;
  readonly rafPerSecond: number;
  readonly canvasFramesPerSecond: number;
  readonly layoutsPerSecond: number;
  readonly styleRecalcsPerSecond: number;
}

/** Let the page sit for `seconds` and measure what the main thread did meanwhile. */
export async function measureIdle(bench: BenchPage, seconds: number): Promise<IdleFigures> {
  const before = await metrics(bench.cdp);
  const stateBefore = await benchState(bench.page);
  const started = performance.now();
  await new Promise((done) => setTimeout(done, seconds * 1000));
  const after = await metrics(bench.cdp);
  const stateAfter = await benchState(bench.page);
  const wall = (performance.now() - started) / 1000;
  const delta = (name: string): number => (after[name] ?? 0) - (before[name] ?? 0);
  return {
    seconds: wall,
    busyShare: delta('TaskDuration') / wall,
    scriptShare: delta('ScriptDuration') / wall,
    rafPerSecond: (stateAfter.raf - stateBefore.raf) / wall,
    canvasFramesPerSecond: (stateAfter.canvasFrames - stateBefore.canvasFrames) / wall,
    layoutsPerSecond: delta('LayoutCount') / wall,
    styleRecalcsPerSecond: delta('RecalcStyleCount') / wall,
  };
}

/** Wait until no canvas frame has been drawn for `quietMs` (fades and texture loads done), at most `maxMs`. */
export async function settle(page: Page, quietMs = 1000, maxMs = 8000): Promise<void> {
  const until = Date.now() + maxMs;
  let last = (await benchState(page)).canvasFrames;
  let quietSince = Date.now();
  while (Date.now() < until) {
    await new Promise((done) => setTimeout(done, 200));
    const now = (await benchState(page)).canvasFrames;
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return;
    }
  }
}

export type ByteKind = 'html' | 'js' | 'story' | 'css' | 'images' | 'sound' | 'other';
export const BYTE_KINDS: readonly ByteKind[] = ['html', 'js', 'story', 'css', 'images', 'sound', 'other'];

export interface Bytes {
  readonly raw: number;
  readonly gzip: number;
}

export type ByteTable = Record<ByteKind | 'total', Bytes>;

interface ResourceEntry {
  readonly name: string;
  readonly startTime: number;
}

const COMPRESSIBLE = /\.(html|js|css|svg|json|webmanifest)$/;

/**
 * Bytes of every request the page started before `before` (performance.now() time). Which requests and when
 * come from Resource Timing; their sizes from the files served: "raw" is the file, "gzip" what the static server
 * sends (it gzips text types at zlib's default level, as gzipSync does; MP3s and other binaries go as they are).
 * Resource Timing's own encodedBodySize is not used: Chromium reports it uncompressed for some requests made
 * after the page has created blob: URLs. Story chunks are told apart from other JavaScript by their content.
 */
export async function bytesBefore(
  page: Page,
  before: number,
  outDir: string,
  storyFiles: ReadonlySet<string>,
): Promise<{ table: ByteTable; files: { url: string; kind: ByteKind; raw: number; gzip: number }[] }> {
  const entries = await page.evaluate(
    () =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
        name: e.name,
        startTime: e.startTime,
      })) as ResourceEntry[],
  );
  const table = Object.fromEntries([...BYTE_KINDS, 'total'].map((k) => [k, { raw: 0, gzip: 0 }])) as Record<
    ByteKind | 'total',
    { raw: number; gzip: number }
  >;
  const files: { url: string; kind: ByteKind; raw: number; gzip: number }[] = [];
  for (const entry of entries) {
    if (entry.startTime > before || !entry.name.startsWith('http')) continue;
    const path = decodeURIComponent(new URL(entry.name).pathname);
    const sizes = servedSize(outDir, path.endsWith('/') ? `${path}index.html` : path);
    if (!sizes) continue;
    const kind = kindOf(entry.name, storyFiles);
    table[kind].raw += sizes.raw;
    table[kind].gzip += sizes.gzip;
    table.total.raw += sizes.raw;
    table.total.gzip += sizes.gzip;
    files.push({ url: path, kind, ...sizes });
  }
  return { table, files };
}

const sizeCache = new Map<string, Bytes | undefined>();

function servedSize(outDir: string, path: string): Bytes | undefined {
  const file = join(outDir, path);
  if (!sizeCache.has(file)) {
    let sizes: Bytes | undefined;
    try {
      const data = readFileSync(file);
      sizes = { raw: data.length, gzip: COMPRESSIBLE.test(file) ? gzipSync(data).length : data.length };
    } catch {
      sizes = undefined;
    }
    sizeCache.set(file, sizes);
  }
  return sizeCache.get(file);
}

function kindOf(url: string, storyFiles: ReadonlySet<string>): ByteKind {
  const path = new URL(url).pathname;
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (path.endsWith('/') || file.endsWith('.html')) return 'html';
  if (storyFiles.has(file)) return 'story';
  if (file.endsWith('.js')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (/\.(svg|png|jpe?g|webp|gif|ico)$/.test(file)) return 'images';
  if (/\.(mp3|ogg|wav|m4a)$/.test(file)) return 'sound';
  return 'other';
}

/** The built JavaScript files that carry compiled story JSON (the ink plugin's output). */
export function storyChunks(outDir: string): Set<string> {
  const folder = join(outDir, 'assets');
  // The ink plugin's modules hold the JSON as a string literal ("{\"inkVersion\":21,…" or `{"inkVersion":21,…`).
  return new Set(
    readdirSync(folder).filter(
      (f) => f.endsWith('.js') && /\\?"inkVersion\\?":\d/.test(readFileSync(join(folder, f), 'utf8')),
    ),
  );
}

/** Raw and gzip sizes of every file in a build, for the "whole build" line. */
export function buildSize(outDir: string): Bytes {
  let raw = 0;
  let gzip = 0;
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const data = readFileSync(path);
        raw += data.length;
        gzip += /\.(mp3|png|jpe?g|webp)$/.test(entry.name) ? data.length : gzipSync(data).length;
      }
    }
  };
  walk(outDir);
  return { raw, gzip };
}
