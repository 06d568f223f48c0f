// The first run as a trainee meets it, in a fresh browser: no profile gate, "Start here" and the content notice
// (note and start button in the first screen at every size) lead to the first choice in three activations; the
// one Save/Load dialog from the pause menu and the title (labels right at once, loading resumes that decision);
// Continue shows a one-line reminder; a break returns to the exact page. Screenshots go to test-output/screens.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  keepScreenshot,
  launch,
  openGame,
  playByKeys,
  settled,
  showAllText,
  waitForAutosave,
} from './harness.ts';

const SCREENS = 'test-output/screens';
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A screenshot for people to look at, and axe's findings on the same settled page. */
async function lookAt(page: Page, name: string): Promise<string[]> {
  await settled(page);
  const { width, height } = page.viewportSize()!;
  await keepScreenshot(page, `${SCREENS}/${name}-${width}x${height}.png`);
  return axeViolations(page);
}

/** Whether an element is wholly inside the viewport as the page first shows it (nothing scrolled). */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return (
        window.scrollY === 0 &&
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth &&
        box.height > 0
      );
    });
}

const optionTexts = (page: Page) => page.locator('.choices button').allInnerTexts();

async function startWarmUp(page: Page): Promise<void> {
  await page.click('#start-here');
  await page.click('#acknowledge');
  await page.waitForSelector('.play-panel');
}

describe('the first run', () => {
  it('reaches the first story choice in three activations from a fresh browser, through the content notice', async () => {
    const { page, errors } = await openGame(browser, SIZES[1]);
    let activations = 0;
    await page.waitForSelector('.title-screen #start-here');
    expect(await page.locator('h1:has-text("Who is playing?")').count()).toBe(0);
    await page.click('#start-here');
    activations++;
    await page.waitForSelector('h1:has-text("Before you start")');
    expect(await page.locator('.notice').innerText()).toContain('Content note.');
    expect(await inFirstScreen(page, '.notice')).toBe(true);
    await page.click('#acknowledge');
    activations++;
    await page.waitForSelector('.play-panel');
    if ((await page.locator('.choices button').count()) === 0) {
      await page.keyboard.press('Enter');
      activations++;
    }
    await page.waitForSelector('.choices button');
    expect(activations).toBeLessThanOrEqual(3);
    expect(await optionTexts(page)).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  for (const size of SIZES) {
    it(`shows the title, and the notice with its start button in the first screen, at ${size.width}×${size.height}`, async () => {
      const { page, errors } = await openGame(browser, size);
      await page.waitForSelector('#start-here');
      expect(await inFirstScreen(page, '#start-here')).toBe(true);
      expect(await page.locator('.what-ifs summary').innerText()).toContain('“What if” versions (5)');
      expect(await lookAt(page, 'title')).toEqual([]);
      await page.click('#start-here');
      await page.waitForSelector('#acknowledge');
      for (const part of ['h1', '.notice', '#acknowledge', '.support-first', '.all-support > summary'])
        expect(await inFirstScreen(page, part), `${part} in the first screen`).toBe(true);
      expect(await page.locator('.support-first li').count()).toBe(3);
      expect(await page.locator('.support-first').innerText()).toContain('Samaritans');
      expect(await lookAt(page, 'notice')).toEqual([]);
      await page.focus('.all-support > summary');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.all-support[open] .support-list');
      expect(await page.locator('.all-support .support-list').innerText()).toContain('Childline');
      // The longest content note the game ships still leaves the start button in the first screen.
      await page.click('.notice-actions >> text=Back');
      await page.click('.title-screen .what-ifs summary');
      await page.click('[data-start-variant="what-if-boys"]');
      await page.waitForSelector('h1:has-text("Cassius and Joe")');
      for (const part of ['.notice', '#acknowledge'])
        expect(await inFirstScreen(page, part), `${part} in the first screen`).toBe(true);
      expect(errors).toEqual([]);
    });
  }
});

describe('the Save/Load dialog', () => {
  it('saves from the pause menu with labels right at once, and loads that decision from the pause menu and the title', async () => {
    const { page, errors } = await openGame(browser, SIZES[1]);
    await startWarmUp(page);
    await playByKeys(page, ['Ask Dean']);
    await showAllText(page);
    const savedOptions = await optionTexts(page);
    await page.keyboard.press('Escape');
    await page.click('#pause-save-load');
    await page.waitForSelector('[data-save-slot="1"]');
    expect(await page.locator('.save-list').innerText()).toContain('Slot 1: empty');
    await page.fill('#slot-label', 'By the counter');
    await page.click('[data-save-slot="1"]');
    await page.waitForSelector('.save-status:has-text("Saved in slot 1.")');
    const slot = page.locator('.save-entry[data-slot="1"]');
    expect(await slot.locator('h3').innerText()).toBe('Slot 1: By the counter');
    expect(await page.locator('.save-list').innerText()).not.toContain('Slot 1: empty');
    const facts = await slot.locator('.save-facts').innerText();
    for (const part of ['A first shift at the youth centre', 'Stage', '1 decision made', 'saved'])
      expect(facts).toContain(part);
    expect((await slot.locator('.save-where').innerText()).length).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-save-slot'))).toBe('1');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      expect(await lookAt(page, 'save-load')).toEqual([]);
    }
    await page.setViewportSize(SIZES[1]);
    await page.click('#save-load-done');

    await playByKeys(page, ['Offer him a game of pool']);
    await showAllText(page);
    expect(await optionTexts(page)).not.toEqual(savedOptions);
    await page.keyboard.press('Escape');
    await page.click('#pause-save-load');
    await page.click('[data-load="1"]');
    await page.click('#acknowledge');
    await showAllText(page);
    expect(await optionTexts(page)).toEqual(savedOptions);

    await waitForAutosave(page, 'first-shift', 1);
    await page.reload();
    await page.waitForSelector('#open-save-load');
    await page.click('#open-save-load');
    await page.waitForSelector('.save-entry[data-slot="autosave"]');
    expect(await page.locator('.save-entry[data-slot="1"] h3').innerText()).toBe('Slot 1: By the counter');
    expect(await page.locator('[data-save-slot]').count(), 'nothing to save from the title').toBe(0);
    expect(await lookAt(page, 'save-load-from-title')).toEqual([]);
    await page.click('[data-load="1"]');
    await page.waitForSelector('h1:has-text("Welcome back")');
    await page.click('#acknowledge');
    await showAllText(page);
    expect(await optionTexts(page)).toEqual(savedOptions);
    expect(errors).toEqual([]);
  });
});

describe('coming back', () => {
  it('shows a one-line reminder on Continue after a reload, not the whole notice', async () => {
    const { page, errors } = await openGame(browser, SIZES[2]);
    await startWarmUp(page);
    await playByKeys(page, ['Ask Dean']);
    await showAllText(page);
    const before = await optionTexts(page);
    await waitForAutosave(page, 'first-shift', 1);
    await page.reload();
    await page.click('#continue-button');
    await page.waitForSelector('h1:has-text("Welcome back")');
    expect(await page.locator('.reminder').isVisible()).toBe(true);
    expect(await page.locator('.notice').isVisible()).toBe(false);
    expect(await page.locator('.support-list').isVisible()).toBe(false);
    expect(await inFirstScreen(page, '#acknowledge')).toBe(true);
    expect(await lookAt(page, 'reminder')).toEqual([]);
    await page.click('#acknowledge');
    await showAllText(page);
    expect(await optionTexts(page)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('returns from a break to the exact page, coach card included, without typing it again', async () => {
    const { page, errors } = await openGame(browser, SIZES[0]);
    await page.click('text=Settings');
    await page.check('#coach-mode');
    await page.click('#settings-done');
    await startWarmUp(page);
    await playByKeys(page, ['Ask Dean']);
    await showAllText(page);
    expect(await page.locator('.play-panel').innerText()).toContain('Coach');
    const before = await page.locator('.play-panel').innerText();
    await page.locator('.play-panel').evaluate((panel) => panel.setAttribute('data-kept', 'yes'));
    await page.keyboard.press('t');
    await page.waitForSelector('#end-break');
    expect(await lookAt(page, 'break')).toEqual([]);
    await page.click('#end-break');
    await page.waitForSelector('.play-panel[data-kept="yes"]');
    expect(await page.locator('.choices button').first().isVisible()).toBe(true);
    expect(await page.locator('.play-panel').innerText()).toBe(before);
    expect(await page.locator('.reveal-all').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
