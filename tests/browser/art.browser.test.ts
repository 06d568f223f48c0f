// Art from the first frame: a calm place behind the title, and the place and speaker of the very first story page
// of a session and of a resume, drawn first as CSS backgrounds and then by Phaser, which arrives late and is given
// what it missed. The backdrop says what it draws in data- attributes. Screenshots go to test-output/screens.
// And the places' background sound: none fetched while sound is muted, the place's once it is turned back on;
// and on a phone, the round portrait beside a name plate, shown only with its picture.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureProfile,
  keepScreenshot,
  launch,
  openGame,
  quiet,
  settled,
  showAllText,
  waitForAutosave,
} from './harness.ts';

const SCREENS = 'test-output/screens';
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the backdrop shows this place and portrait, drawn by `by` (either, when not given). */
async function waitForDrawn(page: Page, place: string, portrait: string, by?: 'css' | 'phaser'): Promise<void> {
  await page.waitForFunction(
    ({ place, portrait, by }) => {
      const data = (document.getElementById('backdrop') as HTMLElement).dataset;
      return data.place === place && data.portrait === portrait && (!by || data.drawn === by);
    },
    { place, portrait, by },
  );
}

/**
 * The backdrop's count of frames drawn, once it has not changed for 30 of the page's animation frames (an awake
 * Phaser loop draws on every one); -1 if it never rests within 3000.
 */
function restingFrames(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const read = () => Number(document.getElementById('backdrop')?.dataset.frames ?? 0);
        let last = read();
        let still = 0;
        let ticks = 0;
        const tick = (): void => {
          const now = read();
          still = now === last ? still + 1 : 0;
          last = now;
          ticks += 1;
          if (still >= 30) done(now);
          else if (ticks > 3000) done(-1);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * The colour Phaser's canvas shows near its top-left corner (where every place has art and no portrait stands), as
 * `r,g,b`. The tests' Chromium has no GPU, so the backdrop runs on Phaser's Canvas renderer, whose pixels a page
 * can read back.
 */
function canvasColourNearTopLeft(page: Page): Promise<string> {
  return page.$eval('#backdrop canvas', (canvas) => {
    const context = (canvas as HTMLCanvasElement).getContext('2d');
    if (!context) return 'no 2D canvas';
    const { width, height } = canvas as HTMLCanvasElement;
    return [...context.getImageData(Math.round(width * 0.05), Math.round(height * 0.12), 1, 1).data]
      .slice(0, 3)
      .join(',');
  });
}

/**
 * Records on the page (`window.canvasRevealed`) the colour `canvasColourNearTopLeft` would read at the very moment
 * the backdrop lets Phaser's canvas be seen (`data-canvas="drawn"`), before anything else runs.
 */
async function watchCanvasReveal(page: Page): Promise<void> {
  await page.evaluate(() => {
    const backdrop = document.getElementById('backdrop')!;
    const observer = new MutationObserver(() => {
      const canvas = backdrop.querySelector('canvas');
      if (backdrop.dataset.canvas !== 'drawn' || !canvas) return;
      const context = canvas.getContext('2d');
      const pixel = context?.getImageData(Math.round(canvas.width * 0.05), Math.round(canvas.height * 0.12), 1, 1);
      (window as unknown as { canvasRevealed: string }).canvasRevealed = pixel
        ? [...pixel.data].slice(0, 3).join(',')
        : 'no 2D canvas';
      observer.disconnect();
    });
    observer.observe(backdrop, { attributes: true, attributeFilter: ['data-canvas'] });
  });
}

/** Phaser's backgroundColor (#14202b), the only colour a canvas shows where nothing is drawn. */
const EMPTY_CANVAS = '20,32,43';

async function look(page: Page, name: string): Promise<void> {
  await settled(page);
  const { width, height } = page.viewportSize()!;
  await keepScreenshot(page, `${SCREENS}/${name}-${width}x${height}.png`);
}

/** From the title to the warm-up's first page, whichever way the title offers it. */
async function startWarmUp(page: Page): Promise<void> {
  const startHere = page.locator('#start-here');
  if ((await startHere.count()) > 0) await startHere.click();
  else {
    await page.click('text=Choose a scenario');
    await page.click('[data-start="first-shift"]');
  }
  await page.click('#acknowledge');
}

async function firstPageOfWarmUp(page: Page, still = true): Promise<void> {
  await watchCanvasReveal(page);
  await startWarmUp(page);
  await showAllText(page);
  // The first page opens at the youth centre and ends on Dean's line, his mind made up (`expression: closed-off`):
  // both are drawn on this very page, then again by Phaser, which attached after the page was up and was handed
  // what it had missed.
  await waitForDrawn(page, 'youth-centre', 'dean-closed-off');
  await waitForDrawn(page, 'youth-centre', 'dean-closed-off', 'phaser');
  await page.locator('#backdrop canvas').waitFor({ state: 'visible' });
  // Drawn, not just named: the place's picture shows on the canvas, under the light that warms it.
  await expect
    .poll(() => canvasColourNearTopLeft(page), { timeout: 60_000 })
    .not.toMatch(new RegExp(`^(${EMPTY_CANVAS}|no 2D canvas)$`));
  // And the canvas came into view only once the picture was on it: with nothing moving, what showed at that moment
  // is what shows now (not the empty canvas, nor the plain wash drawn while the art still rasterised).
  const revealed = await page.evaluate(() => (window as unknown as { canvasRevealed?: string }).canvasRevealed);
  if (still) expect(revealed).toBe(await canvasColourNearTopLeft(page));
  else expect(revealed).not.toMatch(new RegExp(`^(${EMPTY_CANVAS}|no 2D canvas)$`));
}

describe('art from the first frame', () => {
  for (const size of SIZES) {
    it(`draws a calm place behind the title and the place and speaker of the first page at ${size.width}×${size.height}`, async () => {
      // One size with motion on (the smallest canvas, kindest to software rendering), so the pan, the light and
      // the entrance run and must still come to rest.
      const reducedMotion = size.width === 390 ? 'no-preference' : 'reduce';
      const { page, errors } = await openGame(browser, size, { reducedMotion });
      await ensureProfile(page);
      // Behind the title: the calm place, painted before Phaser has even been fetched.
      await waitForDrawn(page, 'calm', '', 'css');
      expect(await page.$eval('#backdrop', (el) => getComputedStyle(el).backgroundImage)).toMatch(/url\(/);
      expect(await page.locator('#backdrop canvas').count()).toBe(0);
      await look(page, 'art-title');
      await firstPageOfWarmUp(page, reducedMotion === 'reduce');
      await look(page, 'art-first-page');
      // Once the motion has run its course the picture layer sleeps: no frame in 30 animation frames of the page,
      // and none after the page has had every chance to do more.
      const frames = await restingFrames(page);
      expect(frames).toBeGreaterThan(0);
      await quiet(page);
      expect(await restingFrames(page)).toBe(frames);
      expect(errors).toEqual([]);
    });
  }

  it('draws the place and speaker on the first page of a resume, after a reload', async () => {
    const { page, errors } = await openGame(browser, SIZES[1]);
    await ensureProfile(page);
    await firstPageOfWarmUp(page);
    await waitForAutosave(page, 'first-shift', 0);
    await page.reload();
    await ensureProfile(page);
    await page.click('#continue-button');
    await page.waitForSelector('#acknowledge, .reveal-all, .choices button');
    const acknowledge = page.locator('#acknowledge');
    if ((await acknowledge.count()) > 0 && (await acknowledge.isVisible())) await acknowledge.click();
    await showAllText(page);
    await waitForDrawn(page, 'youth-centre', 'dean-closed-off');
    await waitForDrawn(page, 'youth-centre', 'dean-closed-off', 'phaser');
    await look(page, 'art-resume');
    expect(errors).toEqual([]);
  });
});

describe('background sound', () => {
  it('fetches no sound while sound is muted, and the place’s sound once it is turned back on', async () => {
    const { page, errors } = await openGame(browser, SIZES[1]);
    const sounds: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.mp3')) sounds.push(request.url());
    });
    await ensureProfile(page);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.check('#muted');
    await page.click('#settings-done');
    await page.waitForSelector('.title-screen');
    // The sound player arrives once the first options are up, and starts the place's loop at once unless muted.
    const player = page.waitForResponse((response) => /\/howler-audio-[^/]*\.js$/.test(response.url()));
    await startWarmUp(page);
    await showAllText(page);
    await player;
    await quiet(page);
    expect(sounds, 'sound files fetched while muted').toEqual([]);
    // Sound back on from the menu, mid-page: the place's loop is fetched.
    await page.getByRole('button', { name: /^Menu/ }).click();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const youthCentre = page.waitForRequest((request) => /youth-centre[^/]*\.mp3$/.test(request.url()));
    await page.uncheck('#muted');
    await youthCentre;
    await page.click('#settings-done');
    await page.waitForSelector('.choices button');
    expect(errors).toEqual([]);
  });
});

describe('the round portrait beside a name plate on a phone', () => {
  it('shows with its picture, never as an empty circle while the picture is on its way', async () => {
    const { page, errors } = await openGame(browser, SIZES[2]);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/dean[^/]*\.svg$/, async (route) => {
      await held;
      await route.continue();
    });
    await ensureProfile(page);
    await startWarmUp(page);
    await showAllText(page);
    const slot = page.locator('.plate-portrait').first();
    await slot.waitFor({ state: 'attached' });
    expect(await slot.evaluate((el) => getComputedStyle(el).visibility), 'while the picture is held back').toBe(
      'hidden',
    );
    release();
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('.plate-portrait');
      const img = el?.querySelector('img');
      return el && img?.complete && img.naturalWidth > 0 && getComputedStyle(el).visibility === 'visible';
    });
    expect(errors).toEqual([]);
  });
});
