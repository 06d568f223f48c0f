// Options are shuffled per playthrough: two fresh playthroughs of Cassie and Jo show the first decision in
// different orders, while resuming keeps a playthrough's own order and the debrief names the option pressed.
// The clock is fixed per playthrough, so every run of this test sees the same orders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureProfile, gameUrl, launch, pressToLeavePage, showAllByKey } from './harness.ts';

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
});

/** A fresh device whose clock stands still at `time` (the playthrough's seed comes from the clock). */
async function freshDevice(time: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  contexts.push(context);
  const page = await context.newPage();
  await page.clock.setFixedTime(time);
  await page.goto(gameUrl());
  await ensureProfile(page);
  return page;
}

async function start(page: Page, scenario: string): Promise<void> {
  await page.click('text=Choose a scenario');
  await page.click(`[data-start="${scenario}"]`);
  await page.click('#acknowledge');
  await page.waitForSelector('.play-panel');
}

/** Show all the text and read the options on offer, without their key numbers. */
async function optionsOnOffer(page: Page): Promise<string[]> {
  await showAllByKey(page);
  await page.waitForSelector('.choices button');
  const texts = await page.locator('.choices button').allTextContents();
  return texts.map((t) => t.replace(/^\d+/, '').trim());
}

const BASE = Date.UTC(2026, 10, 29, 9, 0, 0);

describe('shuffled options', () => {
  it('gives a new playthrough a new order and keeps each playthrough its own order after a reload', async () => {
    const first = await freshDevice(BASE);
    await start(first, 'cassie-and-jo');
    const firstOrder = await optionsOnOffer(first);
    expect(firstOrder.length).toBeGreaterThanOrEqual(3);

    let other: { page: Page; order: string[] } | undefined;
    for (let n = 1; n <= 5 && !other; n++) {
      const page = await freshDevice(BASE + n * 7_919);
      await start(page, 'cassie-and-jo');
      const order = await optionsOnOffer(page);
      expect([...order].sort()).toEqual([...firstOrder].sort());
      if (order.join('|') !== firstOrder.join('|')) other = { page, order };
    }
    expect(other, 'five fresh playthroughs all showed the first decision in the same order').toBeDefined();

    const { page, order } = other!;
    await page.reload();
    await page.click('#continue-button');
    await page.click('#acknowledge');
    await page.waitForSelector('.play-panel');
    expect(await optionsOnOffer(page)).toEqual(order);
  });

  it('names in the debrief the option that was pressed, in the order it was shown', async () => {
    const page = await freshDevice(BASE + 31_337);
    await start(page, 'first-shift');
    const pressed: string[] = [];
    for (let guard = 0; guard < 40; guard++) {
      await showAllByKey(page);
      const next = await page.waitForSelector('.choices button, #see-summary');
      if ((await next.getAttribute('id')) === 'see-summary') break;
      const shown = await optionsOnOffer(page);
      const last = shown.length;
      pressed.push(shown[last - 1]!);
      await pressToLeavePage(page, String(last));
    }
    await page.click('#see-summary');
    await page.waitForSelector('h1:has-text("Debrief")');
    // Every decision, stage by stage: open the view and each stage's group.
    await page.click('[data-view="decisions"]');
    await page.evaluate(() => {
      for (const group of document.querySelectorAll('details')) group.open = true;
    });
    const debrief = await page.locator('main').innerText();
    const decisionsPressed = pressed.filter((text) => !/^(Continue|Read )/.test(text));
    expect(decisionsPressed.length).toBeGreaterThanOrEqual(3);
    for (const text of decisionsPressed) expect(debrief).toContain(`You chose: ${text}`);
  });
});
