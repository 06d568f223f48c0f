// Offline and distribution: after the first visit the game works with the network off, and the single-file
// build plays from disk (a file:// page) to the end, with saves working.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureProfile, gameUrl, launch, playByKeys } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function playFirstShiftToDebrief(page: import('playwright-core').Page): Promise<void> {
  await page.click('text=Choose a scenario');
  await page.click('[data-start="first-shift"]');
  await page.click('#acknowledge');
  await playByKeys(page, ['Ask Marcus', 'Offer him a game', 'Record what you saw']);
  await page.keyboard.press('Space');
  await page.click('#see-summary');
  await page.waitForSelector('h1:has-text("Debrief")');
}

describe('offline and single-file use', () => {
  it('works with the network cut after the first visit', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(gameUrl());
    await ensureProfile(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith('practice-paths-')));
    await page.waitForTimeout(1500);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.title-screen h1');
    await playFirstShiftToDebrief(page);
    await context.close();
  });

  it('builds one HTML file that plays from disk to the end and keeps its saves across a reload', async () => {
    execFileSync('npx', ['tsx', 'tools/build-single.ts'], { stdio: 'pipe' });
    const url = pathToFileURL(resolve('dist-single/practice-paths.html')).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
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
    await playByKeys(page, ['Ask Marcus']);
    await page.waitForTimeout(500);
    await page.reload();
    await page.waitForSelector('#continue-button');
    await page.click('#continue-button');
    await page.click('#acknowledge');
    await playByKeys(page, ['Offer him a game', 'Record what you saw']);
    await page.keyboard.press('Space');
    await page.click('#see-summary');
    await page.waitForSelector('h1:has-text("Debrief")');
    expect(errors).toEqual([]);
    expect(requests.filter((r) => !r.startsWith('file:') && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    await context.close();
  });
});
