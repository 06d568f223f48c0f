// Every screen at 1920×1080, 1280×720 and on a phone: no axe-core violations, nothing cut off
// sideways, and a screenshot of each for people to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureProfile, launch, openGame, playByKeys, screenshot, axeViolations, settled } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function noSidewaysOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

async function visit(page: Page, name: string, size: string): Promise<void> {
  await settled(page);
  expect(await axeViolations(page), `${name} at ${size}`).toEqual([]);
  expect(await noSidewaysOverflow(page), `${name} at ${size} scrolls sideways`).toBe(true);
  await screenshot(page, `${name}-${size}`);
}

const sizes = [
  { width: 3840, height: 2160 },
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

describe('every screen, at projector, laptop and phone sizes', () => {
  for (const viewport of sizes) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`passes axe and looks whole at ${size}`, async () => {
      const { page, errors } = await openGame(browser, viewport);
      await page.click('.title-screen #name-profile');
      await page.waitForSelector('h1:has-text("Who is playing?")');
      await visit(page, 'profiles', size);
      await ensureProfile(page);
      await visit(page, 'title', size);
      await page.click('text=Settings');
      await page.waitForSelector('h1:has-text("Settings")');
      await visit(page, 'settings', size);
      await page.click('#settings-done');
      await page.click('text=About and credits');
      await visit(page, 'about', size);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.keyboard.press('t');
      await page.waitForSelector('h1:has-text("Take a break")');
      await visit(page, 'break', size);
      await page.click('#end-break');
      await page.click('text=Choose a scenario');
      await page.waitForSelector('h1:has-text("Choose a scenario")');
      await visit(page, 'menu', size);
      await page.click('[data-start="first-shift"]');
      await page.waitForSelector('h1:has-text("Before you start")');
      await visit(page, 'notice', size);
      await page.click('#acknowledge');
      await page.waitForSelector('.play-panel');
      await page.keyboard.press('Space');
      await page.waitForSelector('.choices button');
      await visit(page, 'play', size);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[role=dialog]');
      await visit(page, 'pause', size);
      await page.keyboard.press('Escape');
      await playByKeys(page, ['Ask Dean', 'Offer him a game', 'Record what you saw']);
      await page.keyboard.press('Space');
      await page.click('#see-summary');
      await page.waitForSelector('h1:has-text("Debrief")');
      await visit(page, 'summary', size);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('keeps strong contrast and passes axe in high-contrast mode with text at 200%', async () => {
    const { page } = await openGame(browser, { width: 1280, height: 720 });
    await ensureProfile(page);
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await rootSize();
    await page.click('text=Settings');
    await page.check('#high-contrast');
    await page.check('#text-scale-2');
    expect(await rootSize()).toBeCloseTo(before * 2);
    await page.click('#settings-done');
    await page.click('text=Choose a scenario');
    await page.click('[data-start="first-shift"]');
    await page.click('#acknowledge');
    await page.keyboard.press('Space');
    await page.waitForSelector('.choices button');
    await visit(page, 'play-high-contrast-200', '1280x720');
  });
});
