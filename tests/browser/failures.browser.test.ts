// Bad input and failing browsers: a corrupt save gives a clear message, is kept aside and the game goes on;
// storage that is blocked is reported once and play continues; no sound is fetched before the first click.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  blockStorage,
  coveredControls,
  ensureProfile,
  idb,
  launch,
  openGame,
  playByKeys,
  quiet,
  showAllByKey,
} from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('failures', () => {
  it('explains a corrupt save, keeps it aside, and lets the person start again', async () => {
    const { page, errors } = await openGame(browser);
    await ensureProfile(page);
    const profiles = (await idb(page, 'get', 'device:profiles')) as { currentId: string } | undefined;
    // A fresh browser plays as a guest until someone names a profile.
    const key = `profile:${profiles?.currentId ?? 'guest'}:autosave:first-shift`;
    await idb(page, 'put', key, {
      format: 'practice-paths/save',
      version: 3,
      scenarioId: 'first-shift',
      snapshot: 'garbled',
    });
    await page.reload();
    await page.waitForSelector('#continue-button');
    await page.click('#continue-button');
    await page.click('#acknowledge');
    const message = await page.locator('.error-text').innerText();
    expect(message).toMatch(/The save does not say which version/);
    expect(message).toMatch(/kept aside, not deleted/);
    const keys = (await idb(page, 'keys')) as string[];
    expect(keys.some((k) => k.startsWith('set-aside:') && k.endsWith(key))).toBe(true);
    expect(keys).not.toContain(key);
    await page.click('text=Start the scenario from the beginning');
    await playByKeys(page, ['Ask Dean']);
    expect(errors).toEqual([]);
  });

  it('says once that saving is unavailable when storage is blocked, and plays on', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      // Count every toast ever shown, however briefly: the message must come once, whatever the machine's speed.
      const w = window as unknown as { toastsShown: number };
      w.toastsShown = 0;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) if (n instanceof HTMLElement && n.matches('.toast')) w.toastsShown++;
      }).observe(document, { childList: true, subtree: true });
    });
    await blockStorage(context);
    const { page } = await openGame(browser, undefined, { context });
    await page.waitForSelector('.toast');
    expect(await page.locator('.toast').count()).toBe(1);
    expect(await page.locator('.toast').innerText()).toMatch(/cannot be saved/);
    await ensureProfile(page);
    await page.click('text=Choose a scenario');
    await page.click('[data-start="first-shift"]');
    await page.click('#acknowledge');
    // The message stays in sight at the top while the first decision is read, and covers none of its options.
    await showAllByKey(page);
    await page.waitForSelector('.choices button');
    expect(await page.locator('.toast').count()).toBe(1);
    expect(await coveredControls(page)).toEqual([]);
    await playByKeys(page, ['Ask Dean', 'Offer him a game']);
    expect(await page.evaluate(() => (window as unknown as { toastsShown: number }).toastsShown)).toBe(1);
    await context.close();
  });

  it("fetches no sound before the first click or key, and the place's ambient sound once the story is up", async () => {
    const { page } = await openGame(browser, { width: 1280, height: 720 });
    await page.waitForSelector('.title-screen h1');
    await quiet(page);
    const soundsBefore = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.mp3')).length,
    );
    expect(soundsBefore).toBe(0);
    await ensureProfile(page);
    await page.click('text=Choose a scenario');
    await page.click('[data-start="first-shift"]');
    await page.click('#acknowledge');
    await showAllByKey(page);
    await page.waitForSelector('.choices button');
    await page.waitForFunction(() =>
      performance
        .getEntriesByType('resource')
        .some((e) => e.name.endsWith('youth-centre') || /youth-centre-[^/]*\.mp3$/.test(e.name)),
    );
  });

  it('says so when the rest of the story cannot load at the first choice, keeps the options, and goes on once it can', async () => {
    const { page, errors } = await openGame(browser);
    // The story comes in two parts (src/core/story/story-parts.ts): the first part loads; the options' reasons,
    // fetched once the first options are painted, fail until the network is back.
    const stories = new Set<string>();
    let networkDown = true;
    await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
      stories.add(route.request().url());
      if (stories.size > 1 && networkDown) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.click('#start-here');
    await page.click('#acknowledge');
    await showAllByKey(page);
    await page.waitForSelector('.choices button');
    const before = await page.locator('.choices button').allTextContents();
    const askDean = before.findIndex((t) => t.replace(/^\d+/, '').trim().startsWith('Ask Dean'));
    await page.keyboard.press(String(askDean + 1));
    await expect
      .poll(() => page.locator('.toast').allTextContents())
      .toEqual([
        expect.stringMatching(/The rest of "A first shift at the youth centre" could not be loaded .*nothing is lost/),
      ]);
    expect(await page.locator('.choices button').allTextContents()).toEqual(before);

    networkDown = false;
    await page.keyboard.press(String(askDean + 1));
    await page.waitForSelector('.echo');
    expect(await page.locator('.echo').innerText()).toContain('Ask Dean');
    expect(stories.size).toBe(2);
    expect(errors).toEqual([]);
  });
});
