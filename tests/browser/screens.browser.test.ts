// Every screen at 3840×2160, 1920×1080, 1280×720 and on a phone: no axe-core violations, nothing cut off
// sideways, and (with `npm run screenshots`) a screenshot of each for people to look at. One tour of the
// screens; at each, the window is resized through the four sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  ensureProfile,
  launch,
  openGame,
  playByKeys,
  screenshot,
  settled,
  showAllByKey,
} from './harness.ts';

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

const sizes = [
  { width: 3840, height: 2160 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
];

/** Checks the screen as it is at each size, resizing the window and touching nothing else; ends at the last. */
async function visit(
  page: Page,
  name: string,
  at: readonly { width: number; height: number }[] = sizes,
): Promise<void> {
  for (const viewport of at) {
    const size = `${viewport.width}x${viewport.height}`;
    await page.setViewportSize(viewport);
    await settled(page);
    expect(await axeViolations(page), `${name} at ${size}`).toEqual([]);
    expect(await noSidewaysOverflow(page), `${name} at ${size} scrolls sideways`).toBe(true);
    await screenshot(page, `${name}-${size}`);
  }
}

describe('every screen, at projector, laptop and phone sizes', () => {
  it(`passes axe and looks whole at ${sizes.map((v) => `${v.width}x${v.height}`).join(', ')}`, async () => {
    const { page, errors } = await openGame(browser, { width: 1280, height: 720 });
    await page.click('.title-screen #name-profile');
    await page.waitForSelector('h1:has-text("Who is playing?")');
    await visit(page, 'profiles');
    await ensureProfile(page);
    await visit(page, 'title');
    await page.click('text=Settings');
    await page.waitForSelector('h1:has-text("Settings")');
    await visit(page, 'settings');
    await page.click('#settings-done');
    await page.click('text=About and credits');
    await visit(page, 'about');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.keyboard.press('t');
    await page.waitForSelector('h1:has-text("Take a break")');
    await visit(page, 'break');
    await page.click('#end-break');
    await page.click('text=Choose a scenario');
    await page.waitForSelector('h1:has-text("Choose a scenario")');
    await visit(page, 'menu');
    await page.click('[data-start="first-shift"]');
    await page.waitForSelector('h1:has-text("Before you start")');
    await visit(page, 'notice');
    await page.click('#acknowledge');
    await page.waitForSelector('.play-panel');
    await showAllByKey(page);
    await page.waitForSelector('.choices button');
    await visit(page, 'play');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role=dialog]');
    await visit(page, 'pause');
    await page.keyboard.press('Escape');
    await playByKeys(page, ['Ask Dean', 'Offer him a game', 'Record what you saw']);
    await showAllByKey(page);
    await page.click('#see-summary');
    await page.waitForSelector('h1:has-text("Debrief")');
    await visit(page, 'summary');
    expect(errors).toEqual([]);
    await page.context().close();
  });

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
    await showAllByKey(page);
    await page.waitForSelector('.choices button');
    await visit(page, 'play-high-contrast-200', [{ width: 1280, height: 720 }]);
  });
});
