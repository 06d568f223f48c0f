// The play screen as a trainee meets it: Cassie and Jo from a fresh browser through all eight stages, once with
// a mouse at 1920×1080 and 1280×720 (each decision checked at both) and once on a phone (390×844, touch).
// At every decision every option is wholly inside the window without the test scrolling anything, no panel
// scrolls on its own, the stage banner counts up with a chapter card at each change of stage, the history holds
// the earlier pages, and axe finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, ensureProfile, keepScreenshot, launch, openGame, settled } from './harness.ts';

const SCREENS = 'test-output/screens';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * Two playthroughs: with a mouse, played at 1920×1080 and checked at 1280×720 too at every decision by resizing
 * the window (nothing else touched); and on a touch phone.
 */
const RUNS: readonly { readonly sizes: readonly Size[]; readonly touch: boolean }[] = [
  {
    sizes: [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ],
    touch: false,
  },
  { sizes: [{ width: 390, height: 844 }], touch: true },
];

const sizeName = ({ width, height }: Size): string => `${width}x${height}`;

/** Runs `check` at each size in turn, the window resized and nothing else touched, and ends at the first size. */
async function atEachSize(page: Page, sizes: readonly Size[], check: (size: string) => Promise<void>): Promise<void> {
  for (const size of sizes) {
    if (sizes.length > 1) await page.setViewportSize(size);
    await check(sizeName(size));
  }
  if (sizes.length > 1) await page.setViewportSize(sizes[0]!);
}

async function look(page: Page, name: string): Promise<void> {
  await settled(page);
  expect(await axeViolations(page), name).toEqual([]);
  await keepScreenshot(page, `${SCREENS}/${name}.png`);
}

/** From whatever the game opens with to the first page of Cassie and Jo, text speed set to "all at once". */
async function startCassieAndJo(page: Page): Promise<void> {
  let instant = false;
  const first = '.play-panel, #acknowledge, #profile-name, .title-screen, [data-start="cassie-and-jo"]';
  for (let guard = 0; guard < 12; guard++) {
    await page.waitForSelector(first);
    if (await page.locator('.play-panel').count()) return;
    if (await page.locator('#acknowledge').count()) {
      await page.click('#acknowledge');
      await page.waitForSelector('.play-panel');
    } else if (await page.locator('#profile-name').count()) {
      await page.fill('#profile-name', 'Sam');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#profile-name', { state: 'detached' });
    } else if (!instant && (await page.locator('.title-screen').count())) {
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.click('#text-speed-instant');
      await page.click('#settings-done');
      instant = true;
      await page.waitForSelector('.title-screen');
    } else if (await page.locator('#start-case-study, [data-start="cassie-and-jo"]').count()) {
      await page.locator('#start-case-study, [data-start="cassie-and-jo"]').first().click();
    } else {
      await page.getByRole('button', { name: /Choose a scenario|All scenarios/ }).click();
    }
  }
  throw new Error('Did not reach the first page of Cassie and Jo.');
}

/** Average characters per rendered line of the longest paragraph on screen. */
async function charactersPerLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.transcript p.narration, .transcript p.speech')];
    const longest = paragraphs.sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0];
    if (!longest) return 0;
    const lines = longest.getBoundingClientRect().height / parseFloat(getComputedStyle(longest).lineHeight);
    return (longest.textContent ?? '').length / Math.max(1, Math.round(lines));
  });
}

interface Played {
  decisions: number;
  banners: string[];
  cards: string[];
}

interface Step {
  readonly kind: 'continue' | 'options' | 'summary';
  readonly signature: string;
  readonly banner: string;
  readonly card: string | undefined;
  readonly problems: readonly string[];
  /** Where to press: the Continue button, or the option the fixed rule picks. */
  readonly target: { readonly x: number; readonly y: number } | undefined;
}

/**
 * Wait in the page (no polling from here) until it shows something new to act on, and read it in one go:
 * what is on offer, the banner, any chapter card, and for options whether each is wholly in view.
 */
async function nextStep(page: Page, before: string, decisions: number): Promise<Step> {
  return page.evaluate(
    ({ before, decisions }) =>
      new Promise<Step>((resolve) => {
        const read = (): Step | undefined => {
          const summary = document.querySelector('#see-summary');
          const more = document.querySelector<HTMLElement>('.continue-beat');
          const options = [...document.querySelectorAll<HTMLButtonElement>('.choices button')];
          // New options and Continue ignore the pointer for a moment as they appear: read them once they take it.
          if (document.querySelector('.choice-tray.held')) return undefined;
          const kind = summary ? 'summary' : more ? 'continue' : options.length > 0 ? 'options' : undefined;
          if (!kind) return undefined;
          const signature = `${kind}:${document.querySelector('.transcript')?.textContent ?? ''}`;
          if (signature === before) return undefined;
          const problems: string[] = [];
          for (const button of options) {
            const r = button.getBoundingClientRect();
            const label = (button.textContent ?? '').slice(0, 40);
            if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth)
              problems.push(`"${label}" at ${Math.round(r.top)}–${Math.round(r.bottom)} of ${window.innerHeight}`);
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (!hit || !button.contains(hit)) problems.push(`"${label}" is covered`);
          }
          for (let el = options[0]?.parentElement; el && el !== document.body; el = el.parentElement) {
            const overflow = getComputedStyle(el).overflowY;
            if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight)
              problems.push(`${el.className} scrolls inside`);
          }
          const press =
            kind === 'continue' ? more : kind === 'options' ? options[decisions % options.length] : undefined;
          const box = press?.getBoundingClientRect();
          return {
            kind,
            signature,
            banner: document.querySelector('.stage-banner')?.textContent ?? '',
            card: document.querySelector('.chapter-card')?.textContent ?? undefined,
            problems,
            target: box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : undefined,
          };
        };
        const tick = (): void => {
          const step = read();
          if (step) resolve(step);
          // Every 40 ms, not every frame: frames asked for are frames drawn (see click-through.ts).
          else setTimeout(tick, 40);
        };
        tick();
      }),
    { before, decisions },
  );
}

async function press(page: Page, at: { x: number; y: number }, touch: boolean): Promise<void> {
  if (touch) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

async function playToTheEnd(page: Page, sizes: readonly Size[], touch: boolean): Promise<Played> {
  const played: Played = { decisions: 0, banners: [], cards: [] };
  let before = '';
  for (let guard = 0; guard < 400; guard++) {
    const step = await nextStep(page, before, played.decisions);
    let target = step.target;
    before = step.signature;
    if (step.kind === 'summary') return played;
    if (step.card !== undefined) {
      played.cards.push(`${step.banner} | ${step.card}`);
      if (played.cards.length === 1) await atEachSize(page, sizes, (size) => look(page, `chapter-card-${size}`));
    }
    if (step.kind === 'options') {
      const decision = played.decisions;
      await atEachSize(page, sizes, async (size) => {
        // The same page read again at this size (an empty "before" makes it count as new).
        const here = size === sizeName(sizes[0]!) ? step : await nextStep(page, '', decision);
        expect(here.problems, `decision ${decision + 1} at ${size}`).toEqual([]);
        if (decision === 0) await firstDecision(page, size);
        if (decision === 3) await history(page, size);
      });
      if (sizes.length > 1) target = (await nextStep(page, '', decision)).target;
      played.banners.push(step.banner);
      played.decisions++;
    }
    await press(page, target!, touch);
  }
  throw new Error('The story did not end within 400 steps.');
}

async function firstDecision(page: Page, size: string): Promise<void> {
  await look(page, `play-${size}`);
  if (!size.startsWith('390')) {
    const perLine = await charactersPerLine(page);
    expect(perLine, `characters per line at ${size}`).toBeGreaterThanOrEqual(55);
    expect(perLine, `characters per line at ${size}`).toBeLessThanOrEqual(80);
  }
}

async function history(page: Page, size: string): Promise<void> {
  if (size.startsWith('390')) await page.locator('.history-button').click();
  else await page.keyboard.press('h');
  await page.waitForSelector('.backlog-dialog');
  const before = await page.evaluate(() => window.scrollY);
  const pages = page.locator('.backlog-dialog .backlog-page');
  expect(await pages.count()).toBeGreaterThanOrEqual(3);
  expect(await page.locator('.backlog-dialog .echo').count()).toBe(3);
  expect(await pages.first().textContent()).toContain('A grey Monday in January');
  await look(page, `history-${size}`);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.backlog-dialog', { state: 'detached' });
  // Back where the reader was: the page scrolls back to its place once focus has returned to the button.
  await page.waitForFunction((y) => window.scrollY === y, before);
}

describe('the play screen, Cassie and Jo through all eight stages', () => {
  for (const { sizes, touch } of RUNS) {
    const { width, height } = sizes[0]!;
    it(`keeps every option in view at every decision at ${sizes.map(sizeName).join(' and ')}`, async () => {
      const context = await browser.newContext({
        viewport: { width, height },
        reducedMotion: 'reduce',
        hasTouch: touch,
        isMobile: touch,
      });
      const { page, errors } = await openGame(browser, { width, height }, { context });
      await startCassieAndJo(page);
      if (touch) {
        expect(await page.locator('kbd:visible, .key-hint:visible').count(), 'key hints on a touch screen').toBe(0);
        const bar = await page.locator('.top-bar').boundingBox();
        const button = await page.locator('.top-bar button:visible').first().boundingBox();
        expect(bar!.height, 'the header is one row').toBeLessThan(button!.height * 1.6);
      }
      const played = await playToTheEnd(page, sizes, touch);
      expect(played.decisions).toBeGreaterThanOrEqual(20);
      const numbers = played.banners.map((b) => Number(/^Stage (\d) of 8/.exec(b)?.[1]));
      expect(numbers.every((n, i) => n >= (numbers[i - 1] ?? 1))).toBe(true);
      expect(numbers[0]).toBe(1);
      expect(numbers.at(-1)).toBe(8);
      // A card at each of the seven changes of stage: the banner still names the stage just ended.
      expect(played.cards).toHaveLength(7);
      for (const [i, card] of played.cards.entries()) {
        expect(card).toMatch(new RegExp(`^Stage ${i + 1} of 8.*End of stage ${i + 1} of 8.*Stage ${i + 2} of 8`));
      }
      // No error on the way (the debrief after it is tested on its own).
      expect(errors).toEqual([]);
      await page.click('#see-summary');
      await page.waitForSelector('.debrief-screen, .debrief');
      await context.close();
    }, 900_000);
  }
});

describe('a click meant for what was there before', () => {
  // On a phone the options land where "Show all the text" was; on a laptop, the tray beside the hint under them.
  for (const { width, height, under } of [
    { width: 390, height: 844, under: 'an option' },
    { width: 1280, height: 720, under: 'the tray' },
  ])
    it(`a double click on "Show all the text" shows the words, chooses nothing, selects nothing (${width}×${height})`, async () => {
      // One fixed moment, so the playthrough's seed, and with it the order and place of the options, is the same
      // every run (timers run as usual).
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
      await context.clock.setFixedTime(new Date('2026-11-30T09:00:00Z'));
      const { page, errors } = await openGame(browser, undefined, { context });
      await ensureProfile(page);
      await page.click('text=Choose a scenario');
      await page.click('[data-start="cassie-and-jo"]');
      await page.click('#acknowledge');
      const reveal = (await (await page.waitForSelector('.reveal-all')).boundingBox())!;
      const at = { x: reveal.x + reveal.width / 2, y: reveal.y + reveal.height / 2 };
      const firstLine = await page.locator('.transcript p').first().textContent();
      await page.mouse.dblclick(at.x, at.y);
      // Wait for the options to take the pointer again, or for the page to have moved on (an option chosen).
      await page.waitForFunction(
        (first) =>
          document.querySelector('.choice-tray:not(.held) .choices button') ||
          document.querySelector('.transcript p')?.textContent !== first,
        firstLine,
      );
      expect(await page.locator('.transcript p').first().textContent(), 'the page moved on').toBe(firstLine);
      expect(await page.locator('.choices button').count()).toBe(4);
      // What the second click landed on: without the hold an option would have been chosen; next to the hint, a
      // word of it would have been highlighted.
      const landed = await page.evaluate(({ x, y }) => {
        const hit = document.elementFromPoint(x, y);
        return hit?.closest('.choices button')
          ? 'an option'
          : hit?.closest('.choice-tray')
            ? 'the tray'
            : hit?.className;
      }, at);
      expect(landed).toBe(under);
      expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
      expect(errors).toEqual([]);
      await context.close();
    });
});
