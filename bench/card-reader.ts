// Card-vote bench: the game's card reader on this machine's Chromium, fed by a canvas "camera" showing 24
// printed answer cards (tests/browser/card-camera.ts). Measures frames read per second and the time from a
// card turning to the updated total on screen; appends its section to the report.
import { appendFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { holdCards, installCardCamera, type HeldCard } from '../tests/browser/card-camera.ts';
import { median, ms, spread } from './stats.ts';

const CARDS = 24;
const TURNS = 10;
const FPS_WINDOW_MS = 10_000;

export interface CardReaderFigures {
  readonly framesPerSecond: number;
  readonly turnToTotalMs: readonly number[];
}

/** 24 cards in four rows of six, mixed sizes, sides A–C and small leans. */
const ROOM: readonly HeldCard[] = Array.from({ length: CARDS }, (_, i) => ({
  card: i + 1,
  side: i % 3,
  x: 110 + (i % 6) * 212,
  y: 95 + Math.floor(i / 6) * 175,
  size: 110 + (i % 4) * 12,
  lean: ((i * 7) % 31) - 15,
}));

const totalsText = (page: Page): Promise<string> =>
  page.locator('.fac-option .count').evaluateAll((els) => els.map((el) => el.textContent).join('|'));

async function atCardVote(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  await installCardCamera(context, CARDS);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.title-screen h1, h1:has-text("Who is playing?")');
  if ((await page.locator('h1').first().textContent()) === 'Who is playing?') {
    await page.fill('#profile-name', 'Bench');
    await page.keyboard.press('Enter');
  }
  await page.click('#run-group-session');
  await page.check('label:has-text("A first shift") input');
  await page.click('#fac-start');
  await page.waitForSelector('.fac-audience[data-showing="welcome"]');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.waitForSelector('.fac-audience[data-phase="options"]');
  await holdCards(page, ROOM);
  await page.keyboard.press('c');
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="card-count"]')?.textContent.includes(`${String(n)} cards seen`),
    CARDS,
    { timeout: 300_000 },
  );
  return page;
}

export async function measureCardReader(browser: Browser, url: string): Promise<CardReaderFigures> {
  const page = await atCardVote(browser, url);
  const frames = () => page.locator('.pp-cv').evaluate((el) => Number((el as HTMLElement).dataset.frames ?? 0));
  const before = await frames();
  const started = performance.now();
  await page.waitForTimeout(FPS_WINDOW_MS);
  const framesPerSecond = ((await frames()) - before) / ((performance.now() - started) / 1000);
  const turnToTotalMs: number[] = [];
  for (let turn = 0; turn < TURNS; turn++) {
    const side = turn % 2 === 0 ? 1 : 0;
    const held = ROOM.map((c) => (c.card === 1 ? { ...c, side } : c));
    const was = await totalsText(page);
    // Timed in the page: from the card turning in the camera's picture to a changed total on screen.
    const elapsed = await page.evaluate(
      ({ cards, previous }) =>
        new Promise<number>((resolve) => {
          (window as unknown as { __camera: { cards: unknown } }).__camera.cards = cards;
          const t0 = performance.now();
          // Checked every few milliseconds, from the moment the card turns until a total on screen changes.
          const timer = setInterval(() => {
            const now = [...document.querySelectorAll('.fac-option .count')].map((el) => el.textContent).join('|');
            if (now === previous) return;
            clearInterval(timer);
            resolve(performance.now() - t0);
          }, 4);
        }),
      { cards: held, previous: was },
    );
    turnToTotalMs.push(elapsed);
  }
  await page.context().close();
  return { framesPerSecond, turnToTotalMs };
}

export function formatCardReader(figures: CardReaderFigures): string {
  const { min, max } = spread(figures.turnToTotalMs);
  return [
    '',
    '## Card votes (camera reader)',
    '',
    `A canvas stream stands in for the camera: ${String(CARDS)} printed answer cards at 1280×720, mixed sizes and leans.`,
    '',
    '| figure | value |',
    '| --- | --- |',
    `| frames read per second | ${figures.framesPerSecond.toFixed(1)} |`,
    `| card turned → total updated (median of ${String(TURNS)}) | ${ms(median(figures.turnToTotalMs))} (${ms(min)}–${ms(max)}) |`,
    '',
  ].join('\n');
}

/** Measure, print, and append to the report file (one call from bench/run.ts). */
export async function cardReaderBench(browser: Browser, url: string, report: string): Promise<void> {
  const section = formatCardReader(await measureCardReader(browser, url));
  console.log(section);
  appendFileSync(report, section);
}
