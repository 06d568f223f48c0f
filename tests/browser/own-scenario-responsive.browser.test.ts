// The own-scenario check runs away from the page: importing a knot of 2,000 options, or a 20 MB text file, never
// keeps the page's thread busy for more than 200 ms at a time (its tasks' CPU time, read from a Chromium trace, so
// a busy machine does not change the figure) while a timer keeps ticking, shows progress and can be cancelled.
// Where no worker may start it explores on the page in short turns; the single-file build (file://) has the worker.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HANG_MS, ensureProfile, launch, openGame, screenshot } from './harness.ts';
import { mainThreadCost } from './main-thread-trace.ts';

const FOLDER = `test-output/own-check-${process.pid}`;
const MANY = `${FOLDER}/two-thousand.ink`;
const HUGE = `${FOLDER}/huge.txt`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(FOLDER, { recursive: true });
  let many = '# title: Two thousand options\nThe waiting room is full.\n-> room\n=== room ===\nWhat now?\n';
  for (let i = 1; i <= 2000; i++)
    many += `* [Option ${i} # supports: child-voice # why: Reason ${i}.]\n    You chose ${i}. # ending: end-${i % 3}\n    -> END\n`;
  writeFileSync(MANY, many);
  writeFileSync(HUGE, 'A line of plain text that is not a story at all.\n'.repeat(420_000));
});
afterAll(async () => {
  await browser?.close();
  rmSync(FOLDER, { recursive: true, force: true });
});

/** Count a page timer's ticks from now on: a page that answers keeps running its timers. */
async function startTicking(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { ticks: number };
    w.ticks = 0;
    setInterval(() => w.ticks++, 20);
  });
}

const ticks = (page: Page) => page.evaluate(() => (window as unknown as { ticks: number }).ticks);

async function openOwnScreen(page: Page): Promise<void> {
  await ensureProfile(page);
  await page.click('text=Choose a scenario');
  await page.click('#open-own');
  await page.waitForSelector('#own-files');
}

/** Open the authoring guide's two-file example on the own-scenario screen and wait for its report. */
async function openExample(page: Page): Promise<void> {
  await page.setInputFiles('#own-files', [
    'stories/examples/bus-station/main.ink',
    'stories/examples/bus-station/bus-station-later.ink',
  ]);
  await page.waitForSelector('.import-report h2');
}

/** Wait until the check says it has played at least `paths` paths; returns the count shown. */
async function waitForPaths(page: Page, paths: number): Promise<number> {
  const handle = await page.waitForFunction((least) => {
    const match = /(\d+) paths? so far/.exec(document.querySelector('.check-status')?.textContent ?? '');
    return match && Number(match[1]) >= least ? Number(match[1]) : false;
  }, paths);
  return (await handle.jsonValue()) as number;
}

describe('checking an own scenario in the background', () => {
  it('keeps the page answering through a knot of 2,000 options, shows progress, and can be cancelled', async () => {
    const { page, errors } = await openGame(browser, { width: 1280, height: 720 });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await openOwnScreen(page);
    expect(await page.locator('#own-limit').innerText()).toMatch(/Up to 2 MB of files/);
    await startTicking(page);
    let shown = 0;
    // Measured from choosing the file to 20 paths checked: compiling and checking happen in this window.
    const cost = await mainThreadCost(browser, page, async () => {
      await page.setInputFiles('#own-files', MANY);
      await page.waitForSelector('.check-running progress');
      shown = await waitForPaths(page, 20);
    });
    expect(shown).toBeGreaterThanOrEqual(20);
    const ticked = await ticks(page);
    console.log('2,000 options, page thread while checking:', cost, `${ticked} timer ticks`);
    await screenshot(page, 'own-scenario-checking-1280x720');
    // The page answers while the check runs: focus moves at once, and Cancel stops it.
    await page.focus('#cancel-check');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cancel-check');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=The check was cancelled');
    expect(workers.length).toBeGreaterThan(0);
    expect(ticked).toBeGreaterThan(10);
    expect(cost.tasks).toBeGreaterThan(10);
    expect(cost.longestTaskMs).toBeLessThan(200);
    expect(errors).toEqual([]);
  });

  it('says a 20 MB text file is too large at once, without reading it', async () => {
    const { page, errors } = await openGame(browser, { width: 390, height: 844 });
    await openOwnScreen(page);
    const cost = await mainThreadCost(browser, page, async () => {
      await page.setInputFiles('#own-files', HUGE);
      await page.waitForSelector('.import-report li');
    });
    expect(await page.locator('.import-report').innerText()).toMatch(/larger than 2 MB/);
    await screenshot(page, 'own-scenario-too-large-390x844');
    console.log('20 MB file, page thread:', cost);
    expect(cost.longestTaskMs).toBeLessThan(200);
    expect(errors).toEqual([]);
  });

  it('runs the check on the page in short turns where no worker may start, with the same result', async () => {
    const { page, context } = await openGame(browser, { width: 1280, height: 720 });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'Worker', {
        value: function NoWorker() {
          throw new Error('Workers are not allowed here.');
        },
      });
    });
    await page.reload();
    await openOwnScreen(page);
    await openExample(page);
    expect(await page.locator('.import-report h2').innerText()).toContain('is ready to play');
    expect(await page.locator('.import-report').innerText()).toMatch(/3 ending\(s\) reached/);
    // On the page, exploring works in short turns: no turn keeps the page's thread for 200 ms. (Compiling is one
    // call into the ink compiler that cannot be split: about a second for this knot, the fallback's known cost.)
    await page.setInputFiles('#own-files', MANY);
    await waitForPaths(page, 1);
    const cost = await mainThreadCost(browser, page, async () => {
      await waitForPaths(page, 8);
    });
    console.log('2,000 options on the page, page thread:', cost);
    expect(cost.longestTaskMs).toBeLessThan(200);
    await page.click('#cancel-check');
    await page.waitForSelector('text=The check was cancelled');
  });
});

describe('the single-file build', () => {
  it('checks an own scenario in a worker from disk, under its own policy', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.setDefaultTimeout(HANG_MS);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(pathToFileURL(inject('singleFile')).href);
    await openOwnScreen(page);
    await openExample(page);
    expect(await page.locator('.import-report h2').innerText()).toContain('is ready to play');
    expect(workers.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
