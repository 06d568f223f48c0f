// Trainers' own scenarios in the browser: a compile error is shown with its line and the game stays usable;
// the example plays to its debrief and stays in the menu; a second of the same title asks "replace or keep
// both?"; an untagged third-party story plays through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureProfile, launch, openGame, screenshot, showAllText } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openOwn(page: Page, files: string[]): Promise<void> {
  await page.click('text=Choose a scenario');
  await page.click('#open-own');
  await page.setInputFiles('#own-files', files);
  await page.waitForSelector('.import-report h2');
}

/** Click through to the end, taking the first option each time. */
async function playToEnd(page: Page): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await showAllText(page);
    const next = await page.waitForSelector('.choices button, #see-summary');
    if ((await next.getAttribute('id')) === 'see-summary') return;
    await page.locator('.choices button').last().click();
  }
  throw new Error('The story did not end within 100 choices.');
}

describe('your own scenario', () => {
  it('shows a compile error with its file and line, and the game stays usable', async () => {
    const { page, errors } = await openGame(browser, { width: 1280, height: 720 });
    await ensureProfile(page);
    await openOwn(page, ['tests/fixtures/own/broken.ink']);
    const report = await page.locator('.import-report').innerText();
    expect(report).toContain('cannot be played yet');
    expect(report).toMatch(/broken\.ink line 5: /);
    expect(await page.locator('#play-own').count()).toBe(0);
    await screenshot(page, 'own-scenario-error-1280x720');
    await page.click('text=Back to scenarios');
    await page.click('[data-start="first-shift"]');
    await page.click('#acknowledge');
    await page.waitForSelector('.choices button, .reveal-all');
    expect(errors).toEqual([]);
  });

  it('opens the example (two files), plays it to the debrief, and lists it next time', async () => {
    const { page, errors } = await openGame(browser, { width: 1920, height: 1080 });
    await ensureProfile(page);
    await openOwn(page, [
      'stories/examples/bus-station/main.ink',
      'stories/examples/bus-station/bus-station-later.ink',
    ]);
    expect(await page.locator('.import-report h2').innerText()).toContain('is ready to play');
    await screenshot(page, 'own-scenario-ready-1920x1080');
    await page.click('#play-own');
    await page.click('#acknowledge');
    await playToEnd(page);
    await page.click('#see-summary');
    await page.waitForSelector('h1:has-text("Debrief")');
    // The summary offers the profile across the eight principles on demand.
    expect(await page.locator('.debrief').innerText()).toContain('Your profile');
    await page.reload();
    await page.click('#choose-scenario');
    await page.waitForSelector('text=Example: the bus station café');
    expect(await page.locator('.badge:has-text("Your own scenario")').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('asks "replace it or keep both?" for a second scenario of the same title, and keeps both when asked', async () => {
    const { page, errors } = await openGame(browser, { width: 1280, height: 720 });
    await ensureProfile(page);
    const example = ['stories/examples/bus-station/main.ink', 'stories/examples/bus-station/bus-station-later.ink'];
    await openOwn(page, example);
    await page.click('#play-own');
    await page.waitForSelector('#acknowledge');
    await page.reload();
    await openOwn(page, example);
    await page.click('#play-own');
    await page.waitForSelector('[role="dialog"]:has-text("A scenario with this title exists")');
    await screenshot(page, 'own-scenario-same-title-1280x720');
    await page.click('#keep-both-own');
    await page.waitForSelector('#acknowledge');
    await page.reload();
    await page.click('text=Choose a scenario');
    await page.waitForSelector('text=Example: the bus station café');
    expect(await page.locator('.badge:has-text("Your own scenario")').count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it('plays an untagged third-party story with tunnels, threads and lists, and says it has no mapping', async () => {
    const { page } = await openGame(browser, { width: 1280, height: 720 });
    await ensureProfile(page);
    await openOwn(page, [
      'tests/fixtures/own/untagged/harbour.ink',
      'tests/fixtures/own/untagged/harbour-town.ink',
      'tests/fixtures/own/untagged/harbour-boat.ink',
    ]);
    expect(await page.locator('.import-report').innerText()).toMatch(/no principle tags/);
    await page.click('#play-own');
    await page.click('#acknowledge');
    for (const prefix of [
      'Buy something',
      'A lamp',
      'Walk into town',
      'Go back to the quay',
      'Wait for the tide',
      'Look for a boat',
      'Light the lamp',
    ]) {
      await showAllText(page);
      await page.locator('.choices button', { hasText: prefix }).first().click();
    }
    await showAllText(page);
    await page.waitForSelector('#see-summary');
    expect(await page.locator('.transcript').innerText()).toContain('The end.');
    await page.click('#see-summary');
    expect(await page.locator('.debrief').innerText()).toContain('no principle mapping');
  });
});
