// Shared steps of the facilitator-mode browser tests (reveal, card votes, security): start a group session on
// a scenario, step to its first decision's options, run a vote with hands, and open a session whose camera is
// the canvas stand-in of card-camera.ts.
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureProfile, openGame, type GamePage } from './harness.ts';
import { installCardCamera } from './card-camera.ts';

/** From the title screen: a group session on `scenario` (its label on the setup screen), at the welcome. */
export async function startGroupSession(
  page: Page,
  scenario: string,
  options: { readonly noPlan?: boolean } = {},
): Promise<void> {
  await page.click('#run-group-session');
  await page.waitForSelector('h1:has-text("Run a group session")');
  await page.check(`label:has-text("${scenario}") input`);
  if (options.noPlan) await page.check('label:has-text("No plan") input');
  await page.click('#fac-start');
  await page.waitForSelector('.fac-audience[data-showing="welcome"]');
}

/** From the welcome: the story page, then the first decision's options (`count` of them). */
export async function toFirstOptions(page: Page, count: number): Promise<void> {
  await page.keyboard.press('PageDown');
  await page.waitForSelector('.fac-audience[data-phase="story"][data-showing="play"]');
  await page.keyboard.press('PageDown');
  await page.waitForSelector(`.fac-audience[data-phase="options"] .fac-option >> nth=${String(count - 1)}`);
  expect(await page.locator('.fac-audience .fac-option').count()).toBe(count);
}

/** Open the vote, give every option a hand and the first one a second (the room's choice), and reveal. */
export async function handsThenReveal(page: Page, count: number): Promise<void> {
  await page.keyboard.press('v');
  await page.waitForSelector('.fac-audience[data-phase="vote"]');
  for (let i = 1; i <= count; i++) await page.keyboard.press(String(i));
  await page.keyboard.press('1');
  await page.keyboard.press('r');
  await page.waitForSelector(REVEALED_REASON);
}

/** A reason drawn on the audience screen once revealed: in full, or in short where the full ones will not fit. */
export const REVEALED_REASON = '.fac-audience :is(.fac-why, .fac-short-why):visible';

/**
 * A group session on the warm-up ("A first shift") at its first decision (three options), in a context whose
 * camera is the canvas stand-in showing cards 1…`cards` (none held up yet).
 */
export async function cardVoteSession(
  browser: Browser,
  viewport = { width: 1280, height: 720 },
  cards = 14,
  context?: BrowserContext,
): Promise<GamePage> {
  const own = context ?? (await browser.newContext({ viewport, reducedMotion: 'reduce' }));
  await installCardCamera(own, cards);
  const game = await openGame(browser, viewport, { context: own });
  await ensureProfile(game.page);
  await startGroupSession(game.page, 'A first shift');
  await toFirstOptions(game.page, 3);
  return game;
}
