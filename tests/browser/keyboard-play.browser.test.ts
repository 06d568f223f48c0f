// A person using only the keyboard plays the sample scenario from the title to the end, and the
// accessibility tree holds every line and option on the way; reads a long page in beats (Enter continues,
// Space shows the whole page), with each name plate appearing with its own line, and looks back with H.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openGame, playByKeys, screenshot, showAllByKey, storyAria, tabTo } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard-only play', () => {
  it('starts from the title, acknowledges the notice and plays to the summary with keys alone', async () => {
    const { page, errors, foreignRequests } = await openGame(browser);
    await page.waitForSelector('.title-screen h1');
    await tabTo(page, 'Start here');
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
    await showAllByKey(page);
    await page.waitForSelector('#see-summary');
    expect(await page.locator('.transcript').textContent()).toContain('This is where the real work begins.');
    // No error or request elsewhere on the way (the debrief after it is tested on its own).
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await tabTo(page, 'See what your choices meant');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.debrief-screen, .debrief');
    expect(await page.locator('main').textContent()).toContain('Say that if adults have Kai selling');
    await screenshot(page, 'summary-1280x720');
  });

  it('opens "take a break" with one key from any screen, and returns to the same place', async () => {
    const { page } = await openGame(browser);
    await page.waitForSelector('.title-screen h1');
    await page.keyboard.press('t');
    await page.waitForSelector('h1:has-text("Take a break")');
    expect(await page.locator('.support-list').textContent()).toContain('Samaritans');
    await tabTo(page, "I'm ready to go back");
    await page.keyboard.press('Enter');
    await page.waitForSelector('.title-screen h1');
  });

  it('reads Cassie and Jo’s long first page in beats: plates appear with their lines, Enter continues, H looks back', async () => {
    const { page, errors } = await openGame(browser);
    await page.waitForSelector('.title-screen h1');
    await tabTo(page, 'The case study');
    await page.keyboard.press('Enter');
    await tabTo(page, 'I understand');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.play-panel .word');
    // Words are typed at the reader's pace; a plate is never shown before the words above it.
    const platesAheadOfWords = (): Promise<number> =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.transcript .who')].filter((plate) => {
            if (plate.classList.contains('pending')) return false;
            const words = [...document.querySelectorAll('.transcript .word')];
            return words.some(
              (w) =>
                w.classList.contains('pending') && w.compareDocumentPosition(plate) & Node.DOCUMENT_POSITION_FOLLOWING,
            );
          }).length,
      );
    expect(await platesAheadOfWords()).toBe(0);
    const continueButton = await page.waitForSelector('.continue-beat');
    expect(await platesAheadOfWords()).toBe(0);
    expect(await continueButton.textContent()).toContain('Continue');
    const firstBeat = await page.locator('.transcript').innerText();
    expect(firstBeat).toContain('A grey Monday in January');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.transcript')?.textContent?.includes('A grey Monday'));
    await page.keyboard.press('Space');
    await page.waitForSelector('.choices button');
    expect(await platesAheadOfWords()).toBe(0);
    await page.keyboard.press('h');
    await page.waitForSelector('.backlog-dialog');
    expect(await page.locator('.backlog-dialog').textContent()).toContain('A grey Monday in January');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.backlog-dialog', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('story-heading');
    expect(errors).toEqual([]);
  });
});
