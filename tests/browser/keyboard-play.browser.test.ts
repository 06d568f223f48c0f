// A person using only the keyboard plays the sample scenario from the title to the end, and the
// accessibility tree holds every line and option on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureProfile, launch, openGame, playByKeys, screenshot, storyAria, tabTo } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard-only play', () => {
  it('creates a profile, picks a scenario, acknowledges the notice and plays to the summary with keys alone', async () => {
    const { page, errors, foreignRequests } = await openGame(browser);
    await page.waitForSelector('h1:has-text("Who is playing?")');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Robin');
    await page.keyboard.press('Enter');
    await ensureProfile(page);
    await tabTo(page, 'Choose a scenario');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Choose a scenario")');
    await tabTo(page, 'Start A first shift');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Before you start")');
    expect(await page.locator('.support-list').textContent()).toContain('0808 800 5000');
    await tabTo(page, 'I understand');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.play-panel');
    await page.keyboard.press('Space');
    await page.waitForSelector('.choices button');
    const aria = await storyAria(page);
    expect(aria).toContain('It is a wet Thursday evening at the youth centre.');
    expect(aria).toContain('Want me to have a word?');
    expect(aria).toMatch(/button "Ask Dean what makes him think that/);
    await playByKeys(page, ['Say that if adults', 'Tell him what you have noticed', 'Record what you saw']);
    await page.waitForSelector('#see-summary');
    expect(await page.locator('.transcript').textContent()).toContain('This is where the real work begins.');
    await tabTo(page, 'See what your choices meant');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("What your choices meant")');
    const summary = await page.locator('.debrief').textContent();
    expect(summary).toContain('Say that if adults have Kai selling');
    expect(summary).toContain('The roads not taken');
    expect(await page.locator('table.tally tbody tr').count()).toBe(8);
    await screenshot(page, 'summary-1280x720');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('opens "take a break" with one key from any screen, and returns to the same place', async () => {
    const { page } = await openGame(browser);
    await ensureProfile(page, 'Alex');
    await page.keyboard.press('t');
    await page.waitForSelector('h1:has-text("Take a break")');
    expect(await page.locator('.support-list').textContent()).toContain('Samaritans');
    await tabTo(page, "I'm ready to go back");
    await page.keyboard.press('Enter');
    await page.waitForSelector('.title-screen h1');
  });
});
