// Text that cannot break the layout, measured in a real browser: a 5,000-letter word in a trainer's own scenario
// wraps in the menu, the option buttons and the debrief (no box wider than the window, nothing clipped) at three
// window sizes; a right-to-left override in a title or a profile name cannot turn "gnp.exe" into "exe.png".
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openGame, screenshot, settled, showAllText } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const WORD = 'W'.repeat(5000);
const RLO = '\u202E';

/** A small own scenario with the long word in its summary, story text, option and reason, and an RLO title. */
function writeStory(): string {
  const folder = `test-output/hardening-text-${process.pid}`;
  mkdirSync(folder, { recursive: true });
  const file = `${folder}/long-words.ink`;
  writeFileSync(
    file,
    [
      `# title: Notes ${RLO}gnp.exe`,
      `# summary: ${WORD}`,
      `# stage: children-first`,
      `The word is ${WORD}.`,
      `* [Say ${WORD} # supports: children-first # why: ${WORD}]`,
      `  You said ${WORD}.`,
      `* [Say nothing # undermines: children-first # why: Quiet.]`,
      `  You said nothing.`,
      `- The end. # ending: done # ending-title: Done ${WORD}`,
      '-> END',
      '',
    ].join('\n'),
  );
  return file;
}

/** Boxes wider than the window, or text cut off inside its own box: what a person would see as broken. */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(`page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('.visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.width > width + 1) problems.push(`${el.tagName}.${el.className} is ${Math.round(box.width)}px wide`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
        problems.push(`${el.tagName}.${el.className} clips ${el.scrollWidth - el.clientWidth}px`);
    }
    return problems;
  }, selector);
}

/** Where "g" and "x" of "gnp.exe" are drawn: g must be left of x however the text around it runs. */
async function drawnOrder(page: Page, scope: string): Promise<{ found: number; reversed: number; overrides: number }> {
  return page.evaluate((scope) => {
    let found = 0;
    let reversed = 0;
    let overrides = 0;
    const walker = document.createTreeWalker(document.querySelector(scope) ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (/[\u202a-\u202e]/.test(text)) overrides++;
      const at = text.indexOf('gnp.exe');
      if (at === -1) continue;
      const left = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect().left;
      };
      found++;
      if (left(at) > left(at + 5)) reversed++;
    }
    return { found, reversed, overrides };
  }, scope);
}

async function openOwn(page: Page, file: string): Promise<void> {
  await page.click('text=Choose a scenario');
  await page.click('#open-own');
  await page.setInputFiles('#own-files', [file]);
  await page.waitForSelector('#play-own');
}

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

/** At each window size: what overflows among `selector`, and a screenshot named after the screen and size. */
async function measureAtEverySize(page: Page, screen: string, selector: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await settled(page);
    const name = `${size.width}x${size.height}`;
    found[name] = await overflowing(page, selector);
    await screenshot(page, `hardening-long-word-${screen}-${name}`);
  }
  return found;
}

const NOTHING = Object.fromEntries(SIZES.map((s) => [`${s.width}x${s.height}`, []]));

describe('text that cannot break the layout', () => {
  it('wraps a 5,000-letter word in the import report, the options and the debrief at three window sizes', async () => {
    const { page, errors } = await openGame(browser, SIZES[1]);
    await page.waitForSelector('.title-screen h1');
    await openOwn(page, writeStory());
    expect(await measureAtEverySize(page, 'import', '#screen *')).toEqual(NOTHING);
    await page.click('#play-own');
    await page.click('#acknowledge');
    await showAllText(page);
    expect(await measureAtEverySize(page, 'options', '.choices button, .play-panel p')).toEqual(NOTHING);
    await page.locator('.choices button', { hasText: 'Say WWW' }).click();
    await showAllText(page);
    await page.click('#see-summary');
    await page.waitForSelector('.debrief');
    expect(await measureAtEverySize(page, 'debrief', '.debrief, .debrief *')).toEqual(NOTHING);
    const debriefWidth = await page.locator('.debrief').evaluate((el) => el.scrollWidth);
    expect(debriefWidth).toBeLessThanOrEqual(SIZES[2]!.width);
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    // Nine layouts of a 5,000-letter word and nine screenshots: on a shared, busy machine this needs more than the
    // usual hang limit. A limit, not a budget: nothing here is measured in time.
  }, 900_000);

  it('keeps "gnp.exe" in its order in a title and a profile name carrying a right-to-left override', async () => {
    const { page } = await openGame(browser, { width: 1280, height: 720 });
    await page.waitForSelector('.title-screen h1');
    await openOwn(page, writeStory());
    await page.click('#play-own');
    await page.click('#acknowledge');
    await showAllText(page);
    // The top bar says where the person is, with the title in it.
    const playing = await drawnOrder(page, 'body');
    expect(playing).toMatchObject({ reversed: 0, overrides: 0 });
    expect(playing.found).toBeGreaterThan(0);
    await page.goto(page.url());
    await page.click('text=Choose a scenario');
    await page.waitForSelector('text=gnp.exe');
    const menu = await drawnOrder(page, '#screen');
    expect(menu).toEqual({ found: expect.any(Number), reversed: 0, overrides: 0 });
    expect(menu.found).toBeGreaterThan(0);
    // A name stored before names were cleaned (or by hand): it is shown without the override.
    await page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('practice-paths');
          open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
          open.onsuccess = () => {
            const tx = open.result.transaction('practice_paths', 'readwrite');
            tx.objectStore('practice_paths').put(
              { profiles: [{ id: 'pa', name, createdAt: 1 }], currentId: 'pa' },
              'device:profiles',
            );
            tx.oncomplete = () => resolve();
          };
        }),
      `Sam ${RLO}gnp.exe`,
    );
    await page.goto(page.url());
    await page.waitForSelector('.title-screen h1');
    await page.waitForFunction(() => document.body.innerText.includes('gnp.exe'));
    expect(await drawnOrder(page, 'body')).toMatchObject({ reversed: 0, overrides: 0 });
  });
});
