// Offline and distribution: after the first visit the game works with the network off; a sound or script
// that cannot be had is never answered with the page; a new build published while a game is open waits for
// the player and the open game keeps loading its lazy chunks; the single-file build plays from disk (a
// file:// page) to the end, with saves working.
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveFolder } from '../../tools/static-server.ts';
import { offlineBuild, writeServiceWorker } from '../../tools/vite-plugin-offline.ts';
import { ensureProfile, gameUrl, launch, playByKeys, showAllByKey, showAllText, waitForAutosave } from './harness.ts';

const DIST = inject('distDir');

let browser: Browser;
const folders: string[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the built game that a test may change or stop serving. */
function copyOfBuild(): string {
  const folder = mkdtempSync(join(tmpdir(), 'practice-paths-offline-'));
  folders.push(folder);
  cpSync(DIST, folder, { recursive: true });
  return folder;
}

async function newContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
}

/** Open a page that records page errors, console errors and failed responses. */
async function open(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  page.on(
    'response',
    (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()}: ${response.url()}`),
  );
  await page.goto(url);
  return { page, errors };
}

/** Wait until the service worker has installed this build and controls the page. */
async function untilControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function playFirstShiftToDebrief(page: Page): Promise<void> {
  await page.click('text=Choose a scenario');
  await page.click('[data-start="first-shift"]');
  await page.click('#acknowledge');
  await playByKeys(page, ['Ask Dean', 'Offer him a game', 'Record what you saw']);
  await showAllByKey(page);
  await page.click('#see-summary');
  await page.waitForSelector('h1:has-text("Debrief")');
}

/** Ask the browser to look for a new version now, and wait until it is installed and waiting. */
async function updateAndWait(page: Page): Promise<void> {
  const waiting = await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update();
    for (let tries = 0; tries < 600; tries++) {
      if (registration.waiting?.state === 'installed') return true;
      await new Promise((done) => setTimeout(done, 50));
    }
    return false;
  });
  expect(waiting).toBe(true);
}

/** Whether a new version is installed and waiting (not yet in charge of the open games). */
async function newVersionWaiting(page: Page): Promise<boolean> {
  return page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed');
}

/** What the page gets for a same-origin request: status and type, or the network error. */
async function fetchInPage(page: Page, path: string): Promise<string> {
  return page.evaluate(async (p) => {
    try {
      const response = await fetch(p);
      return `${response.status} ${response.headers.get('content-type') ?? ''}`;
    } catch (error) {
      return `network error: ${(error as Error).name}`;
    }
  }, path);
}

/**
 * Publish a new build into `folder` as a deploy would: every script and style gets a new name (the old files
 * are gone), the page changes, and sw.js is written again for the new files.
 */
function publishNewVersion(folder: string): void {
  const assets = join(folder, 'assets');
  const renamed = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => [f, f.replace(/\.(js|css)$/, 'v2.$1')] as const);
  for (const [from, to] of renamed) renameSync(join(assets, from), join(assets, to));
  const rewrite = (file: string, change: (text: string) => string): void =>
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  const references = (text: string): string => renamed.reduce((t, [from, to]) => t.replaceAll(from, to), text);
  for (const [, to] of renamed) rewrite(join(assets, to), references);
  rewrite(join(folder, 'index.html'), (text) =>
    references(text).replace('<head>', '<head>\n    <meta name="practice-paths-test-build" content="2" />'),
  );
  writeServiceWorker(folder);
}

describe('offline use', () => {
  it('precaches the page, scripts and styles, and leaves sounds and art to be cached as used', () => {
    const build = offlineBuild(DIST);
    const urls = build.precache.map((p) => p.url);
    expect(urls).toContain('./index.html');
    expect(
      readdirSync(join(DIST, 'assets'))
        .filter((f) => /\.(js|css)$/.test(f))
        .every((f) => urls.includes(`./assets/${f}`)),
    ).toBe(true);
    expect(urls.filter((u) => /\.mp3$/.test(u))).toEqual([]);
    expect(build.runtime.some((u) => u.endsWith('.mp3'))).toBe(true);
    expect(build.runtime.some((u) => u.endsWith('.svg'))).toBe(true);
  });

  it('works with the network cut after the first visit', async () => {
    const context = await newContext();
    const { page } = await open(context, gameUrl());
    await ensureProfile(page);
    await untilControlled(page);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.title-screen h1');
    await playFirstShiftToDebrief(page);
    await context.close();
  });

  it('answers a failed sound or script request with a network error, never with the page; a sound once used stays', async () => {
    const folder = copyOfBuild();
    const server = await serveFolder(folder);
    const build = offlineBuild(folder);
    const [usedSound, unusedSound] = build.runtime.filter((u) => u.endsWith('.mp3'));
    const context = await newContext();
    const { page } = await open(context, server.url);
    await ensureProfile(page);
    await untilControlled(page);
    expect(await fetchInPage(page, './assets/no-such-chunk.js')).toBe('404 text/plain');
    expect(await fetchInPage(page, usedSound!)).toBe('200 audio/mpeg');
    await server.close();
    expect(await fetchInPage(page, './assets/no-such-chunk.js')).toBe('network error: TypeError');
    expect(await fetchInPage(page, './assets/no-such-picture.svg')).toBe('network error: TypeError');
    expect(await fetchInPage(page, unusedSound!)).toBe('network error: TypeError');
    expect(await fetchInPage(page, usedSound!)).toBe('200 audio/mpeg');
    await page.goto(`${server.url}?facilitator`);
    expect(await page.locator('#app').count()).toBe(1);
    await context.close();
  });

  it('installs a new build beside the open game, which keeps working, and switches when the player comes back', async () => {
    const folder = copyOfBuild();
    const server = await serveFolder(folder);
    const context = await newContext();
    try {
      const first = await open(context, server.url);
      await ensureProfile(first.page);
      await untilControlled(first.page);

      publishNewVersion(folder);
      await updateAndWait(first.page);

      // The open game (old version) loads lazy chunks whose files are gone from the server.
      await playFirstShiftToDebrief(first.page);
      expect(first.errors).toEqual([]);
      expect(await newVersionWaiting(first.page)).toBe(true);

      // Even when a page lets the new version take over at once, the old page keeps loading its own chunks.
      await first.page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        const changed = new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
        );
        registration.waiting!.postMessage({ type: 'skip-waiting' });
        await changed;
      });
      // The debrief's way home sits with "Keep a copy".
      await first.page.click('[data-view="keep"]');
      await first.page.click('text=Back to title');
      await first.page.click('text=Choose a scenario');
      await first.page.click('[data-start="cassie-and-jo"]');
      await first.page.click('#acknowledge');
      // Shows the whole first page once it is up (a key pressed while the story still loads would be lost).
      await showAllText(first.page);
      await first.page.waitForSelector('.choices button');
      expect(first.errors).toEqual([]);
      await first.page.close();

      // The player comes back: the new version's page and chunks.
      const second = await open(context, server.url);
      await second.page.waitForSelector('meta[name="practice-paths-test-build"]', { state: 'attached' });
      await ensureProfile(second.page);
      await second.page.click('text=Choose a scenario');
      await second.page.click('[data-start="first-shift"]');
      await second.page.click('#acknowledge');
      // Shows the whole first page once it is up (a key pressed while the story still loads would be lost).
      await showAllText(second.page);
      await second.page.waitForSelector('.choices button');
      expect(second.errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('waits for the player: without a request from a page, the new version does not take over an open game', async () => {
    const folder = copyOfBuild();
    const server = await serveFolder(folder);
    const context = await newContext();
    try {
      const { page } = await open(context, server.url);
      await ensureProfile(page);
      await untilControlled(page);
      publishNewVersion(folder);
      await updateAndWait(page);
      await page.reload();
      await page.waitForSelector('.title-screen h1');
      expect(await newVersionWaiting(page)).toBe(true);
      expect(await page.locator('meta[name="practice-paths-test-build"]').count()).toBe(0);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('the single-file build', () => {
  it('plays from disk to the end and keeps its saves across a reload', async () => {
    const url = pathToFileURL(inject('singleFile')).href;
    const context = await newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    await ensureProfile(page);
    await page.click('text=Choose a scenario');
    await page.click('[data-start="first-shift"]');
    await page.click('#acknowledge');
    await playByKeys(page, ['Ask Dean']);
    await waitForAutosave(page, 'first-shift', 1);
    await page.reload();
    await page.waitForSelector('#continue-button');
    await page.click('#continue-button');
    await page.click('#acknowledge');
    await playByKeys(page, ['Offer him a game', 'Record what you saw']);
    await showAllByKey(page);
    await page.click('#see-summary');
    await page.waitForSelector('h1:has-text("Debrief")');
    expect(errors).toEqual([]);
    expect(requests.filter((r) => !r.startsWith('file:') && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual(
      [],
    );
    await context.close();
  });
});
