// Progress survives a reload: "Continue" on the title resumes at the very same line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureProfile, launch, openGame, playByKeys, showAllByKey, waitForAutosave } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function startFirstShift(page: import('playwright-core').Page): Promise<void> {
  await page.click('text=Choose a scenario');
  await page.click('[data-start="first-shift"]');
  await page.click('#acknowledge');
  await page.waitForSelector('.play-panel');
}

describe('saving and resuming', () => {
  it('resumes at the same line after a reload', async () => {
    const { page, errors } = await openGame(browser);
    await ensureProfile(page);
    await startFirstShift(page);
    await playByKeys(page, ['Ask Dean']);
    await showAllByKey(page);
    await page.waitForSelector('.choices button');
    const storyLines = () =>
      page.$$eval('.transcript p:not(.echo)', (ps) => ps.map((p) => (p as HTMLElement).innerText));
    const before = await storyLines();
    expect(before.join(' ')).toContain('always ate the toast');
    await waitForAutosave(page, 'first-shift', 1);
    await page.reload();
    await page.waitForSelector('#continue-button');
    expect(await page.locator('#continue-button').innerText()).toContain('A first shift at the youth centre');
    await page.click('#continue-button');
    await page.click('#acknowledge');
    await page.waitForSelector('.play-panel');
    await showAllByKey(page);
    await page.waitForSelector('.choices button');
    expect(await storyLines()).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('saves to a named slot from the Save/Load dialog and loads it from the scenario menu', async () => {
    const { page } = await openGame(browser);
    await ensureProfile(page);
    await startFirstShift(page);
    await playByKeys(page, ['Say that if adults']);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role=dialog] h2:has-text("Paused")');
    await page.click('#pause-save-load');
    await page.fill('#slot-label', 'Before the pool table');
    await page.click('[data-save-slot="2"]');
    await page.waitForSelector('text=Saved in slot 2.');
    await page.click('#save-load-done');
    await page.keyboard.press('Escape');
    await page.click('text=Back to title');
    await page.click('text=Choose a scenario');
    await page.click('text=Load slot 2 “Before the pool table”');
    await page.click('#acknowledge');
    await page.waitForSelector('.play-panel');
    await playByKeys(page, ['Offer him a game of pool']);
    await showAllByKey(page);
    expect(await page.locator('.transcript').innerText()).toContain('He beats you twice');
  });
});
