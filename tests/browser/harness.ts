// Shared browser-test helpers: launch Debian's Chromium headless, open the game, watch for errors and
// requests to other hosts, take screenshots for people to look at (test-output/screenshots, git-ignored).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--mute-audio', '--autoplay-policy=no-user-gesture-required'];
export const SCREENSHOTS = 'test-output/screenshots';

export function gameUrl(): string {
  return inject('gameUrl');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

export interface GamePage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Page errors and console errors seen so far. */
  readonly errors: string[];
  /** Requests to any origin other than the game's. */
  readonly foreignRequests: string[];
}

export async function openGame(browser: Browser, viewport = { width: 1280, height: 720 }, options: { context?: BrowserContext; reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<GamePage> {
  const context = options.context ?? (await browser.newContext({ viewport, reducedMotion: options.reducedMotion ?? 'reduce' }));
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(gameUrl()).origin;
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.goto(gameUrl());
  return { page, context, errors, foreignRequests };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** Create a first profile if the game asks who is playing. */
export async function ensureProfile(page: Page, name = 'Sam'): Promise<void> {
  await page.waitForSelector('.title-screen h1, h1:has-text("Who is playing?")');
  if ((await page.locator('h1').first().textContent()) === 'Who is playing?') {
    await page.fill('#profile-name', name);
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('.title-screen h1');
}

/** Press Tab until the focused element's text contains `text` (keyboard only), then return. */
export async function tabTo(page: Page, text: string | RegExp, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''}` : '';
    });
    if (typeof text === 'string' ? focused.includes(text) : text.test(focused)) return;
  }
  throw new Error(`Could not reach "${String(text)}" with the Tab key.`);
}

/** The visible story text and options, as the accessibility tree presents them. */
export async function storyAria(page: Page): Promise<string> {
  return page.locator('.play-panel').ariaSnapshot();
}

/** Reveal all text and choose option `n` (1-based) with the number key. */
export async function chooseWithKey(page: Page, n: number): Promise<void> {
  await page.keyboard.press('Space');
  await page.waitForSelector('.choices button, #see-summary');
  await page.keyboard.press(String(n));
}

/** Play with number keys: take the option whose text starts with each prefix, taking asides in between. */
export async function playByKeys(page: Page, prefixes: readonly string[]): Promise<void> {
  for (const prefix of prefixes) {
    for (let guard = 0; guard < 30; guard++) {
      await page.keyboard.press('Space');
      await page.waitForSelector('.choices button, #see-summary');
      const options = await page.locator('.choices button').allTextContents();
      const index = options.findIndex((t) => t.replace(/^\d+/, '').trim().startsWith(prefix));
      if (index !== -1) {
        await page.keyboard.press(String(index + 1));
        break;
      }
      const asideOnly = await page.locator('.choices li.decision-choice').count();
      if (asideOnly > 0 || options.length === 0) throw new Error(`No option starting "${prefix}"; on offer: ${options.join(' | ')}`);
      await page.keyboard.press('1');
    }
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 A/AA and best-practice findings on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; help: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: { region: { enabled: true } } });
    return result.violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
