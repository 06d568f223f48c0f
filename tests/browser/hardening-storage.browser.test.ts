// Storage that is damaged or never answers, in a real browser: a corrupt profile list is set aside with a message
// and rebuilt so the save is still reachable; an IndexedDB whose open() never answers still gives the first screen
// within 5 s with the usual "cannot be saved" message; on the localStorage fallback, a slot that is not JSON and a
// history that is a number are set aside with a message, not hidden and later overwritten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { idb, launch, openGame, playByKeys, screenshot, settled, waitForAutosave } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const toastTexts = (page: Page): Promise<string[]> => page.locator('.toast p').allInnerTexts();

describe('damaged storage', () => {
  it('sets a corrupt profile list aside, says so, and the save is still there to continue', async () => {
    const { page, errors } = await openGame(browser);
    await page.waitForSelector('.title-screen h1');
    await idb(page, 'put', 'device:profiles', { profiles: [{ id: 'pa', name: 'Sam', createdAt: 1 }], currentId: 'pa' });
    await page.reload();
    await page.click('text=Choose a scenario');
    await page.click('[data-start="first-shift"]');
    await page.click('#acknowledge');
    await playByKeys(page, ['Ask Dean']);
    await waitForAutosave(page, 'first-shift', 1);
    await idb(page, 'put', 'device:profiles', 'this is not a profile list');
    await page.goto(page.url());
    await page.waitForSelector('.toast');
    expect((await toastTexts(page)).join(' ')).toMatch(
      /list of profiles on this device could not be read\. It has been kept aside, not deleted, and rebuilt .*: 1 profile\./,
    );
    await page.waitForSelector('#continue-button');
    await screenshot(page, 'hardening-profiles-set-aside-1280x720');
    const keys = (await idb(page, 'keys')) as string[];
    const asideKey = keys.find((k) => k.startsWith('set-aside:') && k.endsWith(':device:profiles'));
    expect(await idb(page, 'get', asideKey)).toMatchObject({ data: 'this is not a profile list' });
    expect(await idb(page, 'get', 'device:profiles')).toMatchObject({ profiles: [{ id: 'pa' }], currentId: 'pa' });
    expect(errors).toEqual([]);
  });

  it('refuses a backup with a garbage profile list, naming it; shows what a sound one replaces and asks', async () => {
    const { page, errors } = await openGame(browser);
    await page.waitForSelector('.title-screen h1');
    await idb(page, 'put', 'device:profiles', { profiles: [{ id: 'pa', name: 'Sam', createdAt: 1 }], currentId: 'pa' });
    await page.reload();
    await page.click('.title-screen button:has-text("Settings")');
    const backup = (entries: Record<string, unknown>) => ({
      name: 'practice-paths-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'practice-paths/backup', version: 1, exportedAt: '', entries })),
    });
    const status = page.locator('.data-status');
    await page.setInputFiles('#import-file', backup({ 'device:profiles': { profiles: 'garbage' } }));
    await expect
      .poll(() => status.innerText())
      .toBe('The backup was refused: the profile list in it ("device:profiles") cannot be read. Nothing was changed.');
    const zed = { profiles: [{ id: 'pz', name: 'Zed', createdAt: 2 }], currentId: 'pz' };
    await page.setInputFiles('#import-file', backup({ 'device:profiles': zed }));
    const dialog = page.locator('[role="dialog"]');
    await expect.poll(() => dialog.innerText()).toMatch(/will replace what this device holds now:\s+the profile list/);
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await settled(page);
      await screenshot(page, `hardening-backup-confirm-${size.width}x${size.height}`);
    }
    await page.click('#cancel-import');
    await expect.poll(() => status.innerText()).toBe('The backup was not imported. Nothing was changed.');
    expect(await idb(page, 'get', 'device:profiles')).toMatchObject({ profiles: [{ id: 'pa' }] });
    await page.setInputFiles('#import-file', backup({ 'device:profiles': zed }));
    await page.click('#confirm-import');
    await expect.poll(() => status.innerText()).toBe('Imported 1 record.');
    expect(await idb(page, 'get', 'device:profiles')).toMatchObject({
      profiles: [
        { id: 'pz', name: 'Zed' },
        { id: 'pa', name: 'Sam' },
      ],
    });
    expect(errors).toEqual([]);
  });

  it('reaches the first screen within 5 s when IndexedDB never answers, and says saving is unavailable', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      // An open() that never succeeds, fails or blocks: the request's handlers are set and never called.
      const w = window as unknown as { firstScreenAt?: number; openAt?: number };
      Object.defineProperty(IDBFactory.prototype, 'open', {
        value: () => {
          w.openAt ??= performance.now();
          return new EventTarget();
        },
      });
      new MutationObserver(() => {
        if (w.firstScreenAt === undefined && document.querySelector('#screen h1')) w.firstScreenAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    const { page } = await openGame(browser, undefined, { context });
    await page.waitForSelector('#screen h1');
    // From the game asking for storage to its first screen: the page's own loading time is not the game's to
    // shorten, and on a busy machine it alone can take seconds.
    const { firstScreenAt, openAt } = await page.evaluate(() => {
      const w = window as unknown as { firstScreenAt: number; openAt: number };
      return { firstScreenAt: w.firstScreenAt, openAt: w.openAt };
    });
    expect(firstScreenAt - openAt).toBeLessThan(5000);
    await page.waitForSelector('.toast');
    expect((await toastTexts(page)).join(' ')).toMatch(/progress cannot be saved\. You can still play/);
    await page.click('text=Choose a scenario');
    await page.click('[data-start="first-shift"]');
    await page.click('#acknowledge');
    await playByKeys(page, ['Ask Dean']);
    await context.close();
  });

  it('on the localStorage fallback, sets aside a slot that is not JSON and a history that is a number', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    const { page, errors } = await openGame(browser, undefined, { context });
    await page.waitForSelector('.title-screen h1');
    const prefix = 'practice-paths/practice_paths/';
    await page.evaluate((prefix) => {
      localStorage.setItem(
        `${prefix}device:profiles`,
        JSON.stringify({ profiles: [{ id: 'pa', name: 'Sam', createdAt: 1 }], currentId: 'pa' }),
      );
      localStorage.setItem(`${prefix}profile:pa:slot:1`, '{"scenarioId": "first-shift", half a record');
      localStorage.setItem(`${prefix}profile:pa:history`, '42');
    }, prefix);
    await page.reload();
    await page.click('text=Choose a scenario');
    await page.waitForFunction(() => document.querySelectorAll('.toast').length >= 2);
    const said = (await toastTexts(page)).join(' ');
    expect(said).toMatch(/Save slot 1 held something that is not a save\. It has been kept aside, not deleted/);
    expect(said).toMatch(/A list of finished playthroughs could not be read\. It has been kept aside, not deleted/);
    const stored: Record<string, string> = await page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])),
    );
    const aside = (suffix: string): unknown => {
      const text = Object.entries(stored).find(([k]) => k.startsWith(`${prefix}set-aside:`) && k.endsWith(suffix))?.[1];
      return text === undefined ? undefined : JSON.parse(text);
    };
    expect(aside(':profile:pa:slot:1')).toMatchObject({
      data: '{"scenarioId": "first-shift", half a record',
    });
    expect(aside(':profile:pa:history')).toMatchObject({ data: 42 });
    expect(stored[`${prefix}profile:pa:slot:1`]).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});
