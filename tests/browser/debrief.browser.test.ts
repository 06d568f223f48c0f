// The debrief as a trainee uses it: notes written while playing appear in it, the decisions and roads not
// taken are shown, "try this path instead" makes a new branch, and the Markdown export holds it all.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureProfile, launch, openGame, playByKeys, screenshot } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('debrief', () => {
  it('shows notes and decisions, tries the other path, and exports Markdown with every decision and note', async () => {
    const { page, errors } = await openGame(browser, { width: 1920, height: 1080 });
    await ensureProfile(page);
    await page.click('text=Choose a scenario');
    await page.click('[data-start="first-shift"]');
    await page.click('#acknowledge');
    await playByKeys(page, ['Ask Dean']);
    await page.keyboard.press('Escape');
    await page.click('text=Notes for this stage…');
    await page.fill('#notes-text', 'Dean noticed the toast: small details matter.');
    await page.click('[role=dialog] >> text=Done');
    await playByKeys(page, ['Check his bag', 'Leave it for now']);
    await page.keyboard.press('Space');
    await page.click('#see-summary');
    await page.waitForSelector('h1:has-text("Debrief")');
    const text = await page.locator('.debrief').innerText();
    expect(text).toContain('Dean noticed the toast: small details matter.');
    expect(text).toContain('Decision 3');
    expect(text).toContain('You chose: Check his bag');
    await page.fill('#note-overall-reflections', 'Start from the relationship.');
    await page.click('#find-influences');
    await page.waitForSelector('text=would have ended at');
    await screenshot(page, 'debrief-1920x1080');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-markdown')]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/^first-shift-\d{4}-\d\d-\d\d-debrief\.md$/);
    for (const decision of ['Ask Dean what makes him think that', 'Check his bag for anything', 'Leave it for now'])
      expect(markdown).toContain(decision);
    expect(markdown).toContain('Dean noticed the toast: small details matter.');
    expect(markdown).toContain('Start from the relationship.');
    expect(markdown).toContain('## Decisions that led to this ending');

    await page.click('#decision-2 summary');
    await page.click('[data-try^="1-"]:has-text("Try this path instead") >> nth=0');
    await page.waitForSelector('.play-panel');
    await playByKeys(page, ['Record what you saw']);
    await page.keyboard.press('Space');
    await page.click('#see-summary');
    await page.waitForSelector('h1:has-text("Debrief")');
    expect(await page.locator('.debrief .lead').innerText()).toContain('2 branches explored');
    expect(await page.locator('.branch-map .node').count()).toBe(5);
    expect(await page.locator('.branch-list li').count()).toBe(2);
    await screenshot(page, 'debrief-branches-1920x1080');
    expect(errors).toEqual([]);
  });

  it('keeps past playthroughs: the menu reopens the last debrief, and it compares with earlier ones', async () => {
    const { page } = await openGame(browser, { width: 1280, height: 720 });
    await ensureProfile(page);
    for (const path of [
      ['Agree that Dean', 'Check his bag', 'Leave it for now'],
      ['Say that if adults', 'Tell him what you have noticed', 'Record what you saw'],
    ]) {
      await page.click('text=Choose a scenario');
      await page.click('[data-start="first-shift"]');
      await page.click('#acknowledge');
      await playByKeys(page, path);
      await page.keyboard.press('Space');
      await page.click('#see-summary');
      await page.waitForSelector('h1:has-text("Debrief")');
      await page.click('text=Back to title');
    }
    await page.click('text=Choose a scenario');
    await page.waitForSelector('text=Finished 2 times');
    await page.click('text=Last debrief');
    await page.waitForSelector('h1:has-text("Debrief")');
    expect(await page.locator('.debrief').innerText()).toContain('Compared with your earlier playthrough');
    await screenshot(page, 'debrief-1280x720');
  });
});
