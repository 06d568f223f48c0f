// Every scenario in the menu can be played from the title to its debrief with the mouse alone: one test per
// scenario folder, and the menu must list exactly those scenarios.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { nextClick } from './click-through.ts';
import { ensureProfile, launch, openGame } from './harness.ts';

const scenarios = readdirSync('stories', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve('stories', d.name, 'main.ink')))
  .map((d) => d.name);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every scenario, with the mouse', () => {
  it('lists every scenario in the menu', async () => {
    const { page, context } = await openGame(browser, { width: 1920, height: 1080 });
    await ensureProfile(page);
    await page.click('text=Choose a scenario');
    // The list loads with its screen: wait for it, not for a time.
    await page.waitForSelector('[data-start]');
    const ids = await page
      .locator('[data-start]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-start')!));
    expect([...ids].sort()).toEqual([...scenarios].sort());
    await context.close();
  });

  for (const id of scenarios) {
    it(`plays ${id} to its end and debrief by clicking`, async () => {
      const { page, errors, context } = await openGame(browser, { width: 1920, height: 1080 });
      await ensureProfile(page);
      await page.click('text=Choose a scenario');
      await page.click(`[data-start="${id}"]`);
      await page.click('#acknowledge');
      let clicks = 0;
      for (let guard = 0; guard < 600; guard++) {
        const next = await nextClick(page, clicks * 7);
        await page.mouse.click(next.x, next.y);
        if (next.kind === 'summary') break;
        if (next.kind === 'option') clicks++;
      }
      expect(clicks).toBeGreaterThan(0);
      await page.waitForSelector('h1:has-text("Debrief")');
      expect(await page.locator('.decision-list > li').count(), id).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    }, 240_000);
  }
});
