// Facilitator mode on a projector: a decision's options, hands, principle chips and reasons fit the screen on
// reveal (2, 3 and 4 options, at 1920×1080 and 1280×720) at 36 px or more (in short forms where the full ones
// will not fit), Z shows each option alone in full at 36 px or more, the clicker's Next (Page Down or →) moves on from every screen instead of scrolling, and the
// presenter keeps every vote control and the timer in view. Twenty clicks from both windows count twenty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, ensureProfile, keepScreenshot, launch, openGame, settled } from './harness.ts';
import { handsThenReveal, startGroupSession, toFirstOptions } from './facilitator-fixtures.ts';

const SCREENS = 'test-output/screens';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await settled(page);
  await keepScreenshot(page, `${SCREENS}/${name}.png`);
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
  await startGroupSession(page, 'Reveal fit check', { noPlan: true });
}

interface Measured {
  readonly options: number;
  readonly outside: string[];
  readonly smallest: number;
  /** Options whose reason (in full or in short) is drawn. */
  readonly withReason: number;
  /** Options drawn in their short forms. */
  readonly inShort: number;
  readonly scrollTop: number;
  readonly overlapping: string[];
  /** Options that the card vote's controls (or anything else) cover. */
  readonly covered: string[];
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
        '.fac-letter, .fac-option-text, .fac-hands, .mapping li, .fac-why, .fac-short-text, .fac-short-why, .fac-option-controls button',
      );
      for (const part of parts) {
        // Drawn at all? A grid in short forms leaves the full ones out, and the other way round.
        if (part.getClientRects().length === 0) continue;
        const r = part.getBoundingClientRect();
        if (r.top < area.top - 1 || r.bottom > bottom + 1 || r.left < 0 || r.right > window.innerWidth + 1)
          outside.push(
            `option ${String(i)} ${part.className} ${String(Math.round(r.bottom))}>${String(Math.round(bottom))}`,
          );
        if (part.matches('.fac-option-text, .fac-why, .fac-short-text, .fac-short-why'))
          smallest = Math.min(smallest, parseFloat(getComputedStyle(part).fontSize));
      }
    });
    // Nothing in an option drawn over anything else in it: the letter, the hands, the buttons and the words.
    const overlapping: string[] = [];
    options.forEach((option, i) => {
      const pieces = [
        ...option.querySelectorAll<HTMLElement>(
          '.fac-letter, .fac-bar, .fac-hands .count, .fac-option-controls button, .mapping, .fac-option-text, .fac-why, .fac-short-text, .fac-short-why',
        ),
      ].filter((el) => el.getClientRects().length > 0);
      pieces.forEach((a, j) =>
        pieces.slice(j + 1).forEach((b) => {
          const ra = a.getBoundingClientRect();
          const rb = b.getBoundingClientRect();
          const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const hgt = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (w > 1 && hgt > 1) overlapping.push(`option ${String(i)}: ${a.className} over ${b.className}`);
        }),
      );
    });
    const bar = document.querySelector('.pp-cv-audience')?.getBoundingClientRect();
    const covered = options
      .filter((option) => {
        const r = option.getBoundingClientRect();
        return (
          bar && bar.width > 0 && r.left < bar.right && bar.left < r.right && r.top < bar.bottom && bar.top < r.bottom
        );
      })
      .map((option) => option.dataset.option ?? '?');
    return {
      options: options.length,
      outside,
      smallest,
      withReason: options.filter((o) =>
        [...o.querySelectorAll('.fac-why, .fac-short-why')].some((r) => r.getClientRects().length > 0),
      ).length,
      inShort: options.filter((o) => o.querySelector('.fac-short-why')?.getClientRects().length).length,
      scrollTop: body.scrollTop,
      covered,
      overlapping,
    };
  });
}

async function revealAt(page: Page, size: string, count: number): Promise<void> {
  await page.waitForSelector(`.fac-audience[data-phase="options"] .fac-option >> nth=${String(count - 1)}`);
  await handsThenReveal(page, count);
  await page.waitForFunction(() => document.querySelector('.fac-audience')?.getAttribute('data-fits') !== null);
  const m = await measure(page);
  expect(m.options).toBe(count);
  expect(m.outside, `${size}, ${String(count)} options`).toEqual([]);
  expect(m.covered, `${size}, ${String(count)} options`).toEqual([]);
  expect(m.overlapping, `${size}, ${String(count)} options`).toEqual([]);
  // Wall size on every screen: each option and its reason at 36 px or more, in full where they fit and in their
  // short forms (`short:`, `why-short:`) where they do not, as on a 720-line projector.
  expect(m.withReason, `${size}, ${String(count)} options`).toBe(count);
  expect(m.smallest, `${size}, ${String(count)} options`).toBeGreaterThanOrEqual(36);
  // Full texts where they fit: the fixture's two and three options fit 1080 lines in full; its four, one with the
  // longest chips of any shipped option, and every decision on 720 lines are drawn in short forms.
  expect(m.inShort, `${size}, ${String(count)} options`).toBe(size === '1920x1080' && count < 4 ? 0 : count);
  console.log(
    `${size}, ${String(count)} options: ${String(m.inShort)} in short forms, smallest ${String(m.smallest)} px`,
  );
  expect(await page.locator('.fac-more').isHidden()).toBe(true);
  await shot(page, `facilitator-reveal-${String(count)}-options-${size}`);
}

/** Z through every option: each alone, its text, hands, chips and reason on screen at 36 px or more. */
async function zoomThrough(page: Page, size: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('z');
    await page.waitForSelector(`.fac-options.fac-zoomed .fac-option[data-option="${String(i)}"]`);
    const m = await measure(page);
    expect(m.options).toBe(1);
    expect(m.outside, `${size}, option ${String(i)} of ${String(count)} zoomed`).toEqual([]);
    expect(m.covered).toEqual([]);
    expect(m.smallest, `${size}, option ${String(i)} of ${String(count)} zoomed`).toBeGreaterThanOrEqual(36);
  }
  await shot(page, `facilitator-reveal-zoom-${String(count)}-options-${size}`);
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
        // The clicker's Next is Page Down; → does the same (the three-option decision is run with it).
        const next = count === 3 ? 'ArrowRight' : 'PageDown';
        // Story, then the options (Next steps through the story page first).
        await page.keyboard.press(next);
        await revealAt(page, size, count);
        await zoomThrough(page, size, count);
        if (count === 4) {
          // Escape brings all four back.
          await page.keyboard.press('Escape');
          await page.waitForSelector('.fac-options.fac-grid');
          expect(await page.locator('.fac-audience .fac-option').count()).toBe(4);
          expect(await axeViolations(page)).toEqual([]);
        }
        // Next goes with the room (A has most hands), from the zoomed option or the grid: it moves on, never scrolls.
        const before = await page.locator('.fac-where').innerText();
        await page.keyboard.press(next);
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
    await toFirstOptions(page, 2);
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
