// Facilitator mode on a projector: a decision's options, hands, principle chips and reasons fit the screen on
// reveal (2, 3 and 4 options, at 1920×1080 and 1280×720) at full body size, the clicker's Next moves on
// instead of scrolling, Z shows one option large, and the presenter keeps every vote control and the timer
// in view. Twenty vote clicks made in both windows, alternately and at once, count exactly twenty.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, ensureProfile, launch, openGame, settled } from './harness.ts';

const SCREENS = 'test-output/screens';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/${name}.png` });
}

/** Import the fixture scenario as the trainer's own, then start a group session on it stopping at every decision. */
async function startOwnSession(page: Page): Promise<void> {
  await ensureProfile(page);
  await page.click('text=Choose a scenario');
  await page.click('#open-own');
  await page.setInputFiles('#own-files', ['tests/fixtures/own/reveal-fit.ink']);
  await page.waitForSelector('.import-report h2:has-text("ready to play")');
  // Keeping it lists it with the bundled scenarios, the group session's setup included.
  await page.click('#play-own');
  await page.waitForSelector('#acknowledge');
  // Back to the title in this visit (the scenario list is updated in place), never racing a reload against storage.
  for (let step = 0; step < 6 && !(await page.locator('#run-group-session').isVisible()); step++) {
    const back = page
      .locator('button:text-is("Back to title"), button:text-is("Back to scenarios"), button:text-is("Back")')
      .first();
    await back.click();
    await page.waitForFunction(() => !document.querySelector('#acknowledge'));
  }
  await page.click('#run-group-session');
  await page.waitForSelector('h1:has-text("Run a group session")');
  await page.check('label:has-text("Reveal fit check") input');
  await page.check('label:has-text("No plan") input');
  await page.click('#fac-start');
  await page.waitForSelector('.fac-audience[data-showing="welcome"]');
}

interface Measured {
  readonly options: number;
  readonly outside: string[];
  readonly smallest: number;
  readonly scale: number;
  readonly scrollTop: number;
}

/** Every option's letter, text, hands, chips and reason: inside the viewport and the screen's content area? */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('.fac-body')!;
    const area = body.getBoundingClientRect();
    const bottom = Math.min(area.bottom, window.innerHeight);
    const outside: string[] = [];
    let smallest = Infinity;
    const options = [...document.querySelectorAll<HTMLElement>('.fac-audience .fac-option')];
    options.forEach((option, i) => {
      const parts = option.querySelectorAll<HTMLElement>(
        '.fac-letter, .fac-option-text, .fac-hands, .mapping li, .fac-why, .fac-option-controls button',
      );
      for (const part of parts) {
        const r = part.getBoundingClientRect();
        if (r.top < area.top - 1 || r.bottom > bottom + 1 || r.left < 0 || r.right > window.innerWidth + 1)
          outside.push(
            `option ${String(i)} ${part.className} ${String(Math.round(r.bottom))}>${String(Math.round(bottom))}`,
          );
        if (part.matches('.fac-option-text, .fac-why'))
          smallest = Math.min(smallest, parseFloat(getComputedStyle(part).fontSize));
      }
    });
    return { options: options.length, outside, smallest, scale: 1080 / window.innerHeight, scrollTop: body.scrollTop };
  });
}

async function revealAt(page: Page, size: string, count: number): Promise<void> {
  await page.waitForSelector(`.fac-audience[data-phase="options"] .fac-option >> nth=${String(count - 1)}`);
  await page.keyboard.press('v');
  await page.waitForSelector('.fac-audience[data-phase="vote"]');
  // Hands for every option, the first option most.
  for (let i = 1; i <= count; i++) await page.keyboard.press(String(i));
  await page.keyboard.press('1');
  await page.keyboard.press('r');
  await page.waitForSelector('.fac-audience .fac-why');
  await page.waitForFunction(() => document.querySelector('.fac-audience')?.getAttribute('data-fits') !== null);
  const m = await measure(page);
  expect(m.options).toBe(count);
  expect(m.outside, `${size}, ${String(count)} options`).toEqual([]);
  // Body text at 36 px on a 1080-line picture: 36 px at 1920×1080, the same share of the screen at 1280×720.
  expect(m.smallest * m.scale).toBeGreaterThanOrEqual(36);
  if (m.scale === 1) expect(m.smallest).toBeGreaterThanOrEqual(36);
  expect(await page.locator('.fac-more').isHidden()).toBe(true);
  await shot(page, `facilitator-reveal-${String(count)}-options-${size}`);
}

describe('the reveal fits the projector', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    const size = `${String(viewport.width)}x${String(viewport.height)}`;
    it(`shows 2, 3 and 4 options with every reason on screen at ${size}, and Next moves on`, async () => {
      const { page, errors } = await openGame(browser, viewport);
      await startOwnSession(page);
      await page.keyboard.press('PageDown');
      for (const count of [2, 3, 4]) {
        // Story, then the options (Next steps through the story page first).
        await page.keyboard.press('PageDown');
        await revealAt(page, size, count);
        if (count === 4) {
          // Z shows A large, then B; Escape brings all four back.
          await page.keyboard.press('z');
          await page.waitForSelector('.fac-options.fac-zoomed');
          expect(await page.locator('.fac-audience .fac-option').count()).toBe(1);
          await shot(page, `facilitator-reveal-zoom-${size}`);
          await page.keyboard.press('Escape');
          await page.waitForSelector('.fac-options.fac-grid');
          expect(await axeViolations(page)).toEqual([]);
        }
        // The clicker's Next goes with the room (A has most hands): it moves on and never scrolls.
        const before = await page.locator('.fac-where').innerText();
        await page.keyboard.press('PageDown');
        await page.waitForFunction((was) => document.querySelector('.fac-where')?.textContent !== was, before);
        expect(await page.evaluate(() => document.querySelector('.fac-body')!.scrollTop)).toBe(0);
      }
      await page.waitForSelector('.fac-audience .ending-line, .fac-audience[data-showing="debrief"]');
      expect(errors).toEqual([]);
    });
  }
});

describe('the presenter window', () => {
  it('keeps +/− for every option and the timer in view, and counts twenty clicks from both windows', async () => {
    const { page, errors } = await openGame(browser, { width: 1920, height: 1080 });
    await startOwnSession(page);
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.waitForSelector('.fac-p-status:has-text("Audience window connected")');
    // Welcome, the story, then the first decision's two options.
    await page.keyboard.press('PageDown');
    await page.waitForSelector('.fac-audience[data-phase="story"][data-showing="play"]');
    await page.keyboard.press('PageDown');
    await page.waitForSelector('.fac-audience[data-phase="options"] .fac-option >> nth=1');
    await presenter.click('[data-step="vote"]');
    await page.waitForSelector('.fac-audience[data-phase="vote"]');
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await presenter.setViewportSize(viewport);
      await presenter.keyboard.press('r');
      const hidden = await presenter.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-plus], [data-minus], .fac-p-vote .fac-p-clock, #fac-p-next')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width === 0 || r.top < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth;
          })
          .map((el) => el.outerHTML.slice(0, 60)),
      );
      expect(hidden).toEqual([]);
      expect(await presenter.locator('[data-plus]').count()).toBe(2);
      await shot(presenter, `facilitator-presenter-vote-${String(viewport.width)}x${String(viewport.height)}`);
    }
    // Ten alternating clicks: the presenter's + for B, then the projector's key for B.
    for (let i = 0; i < 10; i++) {
      if (i % 2 === 0) await presenter.click('[data-plus="1"]');
      else await page.keyboard.press('2');
    }
    // Ten more at the same moment in both windows, five pairs.
    for (let i = 0; i < 5; i++) await Promise.all([presenter.click('[data-plus="1"]'), page.keyboard.press('2')]);
    const twenty = (p: Page) =>
      p.waitForFunction(
        () => document.querySelector('.fac-option[data-option="1"] .count')?.textContent === '20 hands',
      );
    await twenty(presenter);
    await twenty(page);
    expect(errors).toEqual([]);
  });
});
