// Shared browser-test helpers: launch Debian's Chromium headless, open the game, watch for errors and
// requests to other hosts, take screenshots for people to look at (test-output/screenshots, git-ignored).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-features.ts';

export { CHROMIUM_ARGS };

export const SCREENSHOTS = 'test-output/screenshots';
/** How long a wait for a condition may take before it counts as a hang: far beyond any busy machine, not a budget. */
export const HANG_MS = 120_000;

export function gameUrl(): string {
  return inject('gameUrl');
}

/** Debian's Chromium, headless, without the work no page can see (see chromium-features.ts). */
export async function launch(): Promise<Browser> {
  const features = inject('chromiumFeatures');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, features.disable],
    ignoreDefaultArgs: [...features.ignore],
    headless: true,
  });
}

export interface GamePage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Page errors and console errors seen so far. */
  readonly errors: string[];
  /** Requests to any origin other than the game's. */
  readonly foreignRequests: string[];
}

export async function openGame(
  browser: Browser,
  viewport = { width: 1280, height: 720 },
  options: { context?: BrowserContext; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<GamePage> {
  // The offline cache's service worker is left out: it downloads the whole build in the background of every page,
  // which tells nothing about the screen under test. Its own tests (distribution, security) open their contexts.
  const context =
    options.context ??
    (await browser.newContext({ viewport, reducedMotion: options.reducedMotion ?? 'reduce', serviceWorkers: 'block' }));
  const page = await context.newPage();
  page.setDefaultTimeout(HANG_MS);
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(gameUrl()).origin;
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  trackRequests(page);
  await page.goto(gameUrl());
  return { page, context, errors, foreignRequests };
}

/**
 * Screenshots are for people to look at and nothing asserts on them, so only `npm run screenshots` (which sets
 * PP_SCREENSHOTS=1) spends the time on them: a 4K one costs most of a second of CPU.
 */
export const KEEP_SCREENSHOTS = process.env.PP_SCREENSHOTS === '1';

/** Writes a screenshot of the page to `path` when screenshots are kept (see KEEP_SCREENSHOTS). */
export async function keepScreenshot(page: Page, path: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!KEEP_SCREENSHOTS) return;
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, ...options });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await keepScreenshot(page, `${SCREENSHOTS}/${name}.png`);
}

/** Every page of `context` finds its storage blocked, as a browser set to block site data leaves it. */
export async function blockStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    for (const name of ['indexedDB', 'localStorage'])
      Object.defineProperty(window, name, {
        get: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
  });
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

/** Marks the tray's buttons as the page being left, then presses `key` (an option's number, say). */
export async function pressToLeavePage(page: Page, key: string): Promise<void> {
  await page.evaluate(() => {
    for (const control of document.querySelectorAll<HTMLElement>('.choice-tray button')) control.dataset.left = '';
  });
  await page.keyboard.press(key);
}

/**
 * Press Space to show all the words once the next page can take it. A key pressed while the screen before is still
 * being replaced (the first page after the notice, or the page after the first choice while the rest of the story
 * loads) goes nowhere, and the words then come at reading pace: several seconds a page, waited for in silence.
 */
export async function showAllByKey(page: Page): Promise<void> {
  await page.waitForSelector('.choice-tray button:not([data-left])');
  await page.keyboard.press('Space');
}

/** Reveal all text and choose option `n` (1-based) with the number key. */
export async function chooseWithKey(page: Page, n: number): Promise<void> {
  await showAllByKey(page);
  await page.waitForSelector('.choices button, #see-summary');
  await pressToLeavePage(page, String(n));
}

/**
 * The controls that something else covers, by their text: each must be the element under the pointer at its
 * centre, as a click there would find. By default those at the foot of the play screen ("Show all the text",
 * Continue, the options), once new ones there take the pointer (they ignore it for a moment as they appear).
 */
export async function coveredControls(frame: Page | Frame, selector = '.choice-tray button'): Promise<string[]> {
  await frame.waitForFunction(() => !document.querySelector('.choice-tray.held'));
  return frame.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((control) => {
          const box = control.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) return false;
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return !(hit && control.contains(hit));
        })
        .map((control) => (control.textContent ?? '').trim()),
    selector,
  );
}

/** Play with number keys: take the option whose text starts with each prefix, taking asides in between. */
export async function playByKeys(page: Page, prefixes: readonly string[]): Promise<void> {
  for (const prefix of prefixes) {
    for (let guard = 0; guard < 30; guard++) {
      await showAllByKey(page);
      await page.waitForSelector('.choices button, #see-summary');
      const options = await page.locator('.choices button').allTextContents();
      const index = options.findIndex((t) => t.replace(/^\d+/, '').trim().startsWith(prefix));
      if (index !== -1) {
        await pressToLeavePage(page, String(index + 1));
        break;
      }
      const asideOnly = await page.locator('.choices li.decision-choice').count();
      if (asideOnly > 0 || options.length === 0)
        throw new Error(`No option starting "${prefix}"; on offer: ${options.join(' | ')}`);
      await pressToLeavePage(page, '1');
    }
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 A/AA and best-practice findings on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; help: string; nodes: { target: string[] }[] };
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { region: { enabled: true } },
    });
    return result.violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Wait, instead of sleeping, until the page has stopped moving: web fonts loaded, no finite CSS animation or
 * transition running, and two frames painted since. What axe and a screenshot then see is the settled page.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

const inflight = new WeakMap<Page, Set<Request>>();

/** Keep count of the page's requests in flight, for quiet(); openGame does this for every page it opens. */
export function trackRequests(page: Page): void {
  if (inflight.has(page)) return;
  const open = new Set<Request>();
  inflight.set(page, open);
  page.on('request', (request) => open.add(request));
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
}

/**
 * Wait until the page has nothing more to load or do: no request in flight, the page settled, the browser idle,
 * and still no request after that. For checks about what a page fetches or breaks once it has had its chance.
 * (Playwright's "networkidle" fires once per page load, so it cannot say this after the page has loaded.)
 */
export async function quiet(page: Page): Promise<void> {
  trackRequests(page);
  const open = inflight.get(page)!;
  const oneLess = (): Promise<void> =>
    new Promise((done) => {
      const settle = (): void => {
        page.off('requestfinished', settle);
        page.off('requestfailed', settle);
        done();
      };
      page.on('requestfinished', settle);
      page.on('requestfailed', settle);
    });
  for (;;) {
    while (open.size > 0) await oneLess();
    await settled(page);
    await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done())));
    if (open.size === 0) return;
  }
}

/**
 * Click "Show all the text" if the page is still revealing it (the button goes once everything is shown), then
 * wait for the options or the way to the summary. A click, not a timed wait: the button moves as text appears,
 * so the click does not wait for it to stand still.
 */
export async function showAllText(page: Page): Promise<void> {
  const first = await page.waitForSelector('.reveal-all, .choices button, #see-summary');
  if (await first.evaluate((el) => el.classList.contains('reveal-all')))
    await first.click({ force: true }).catch(() => undefined);
  await page.waitForSelector('.choices button, #see-summary');
}

/** Wait until a scrolling element has stopped moving for three frames (after a key that scrolls it). */
export async function scrollSettled(page: Page, selector: string): Promise<void> {
  await page.evaluate(
    (target) =>
      new Promise<void>((done) => {
        let last = Number.NaN;
        let still = 0;
        const tick = (): void => {
          const top = document.querySelector(target)?.scrollTop ?? 0;
          still = top === last ? still + 1 : 0;
          last = top;
          if (still >= 3) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    selector,
  );
}

/**
 * Wait until the game has stored an autosave of `scenarioId` holding at least `choices` choices, by reading its
 * storage as any script on the page could: IndexedDB (never creating the database or its store), or the
 * localStorage the game falls back to.
 */
export async function waitForAutosave(page: Page, scenarioId: string, choices: number): Promise<void> {
  await page.waitForFunction(
    async ({ scenarioId, choices }) => {
      const holds = (key: unknown, value: unknown): boolean => {
        const path = (value as { snapshot?: { path?: unknown } } | null | undefined)?.snapshot?.path;
        return String(key).endsWith(`autosave:${scenarioId}`) && Array.isArray(path) && path.length >= choices;
      };
      try {
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i);
          if (key?.endsWith(`autosave:${scenarioId}`) && holds(key, JSON.parse(localStorage.getItem(key) ?? 'null')))
            return true;
        }
      } catch {
        // No localStorage here, or a value that is not JSON: IndexedDB then.
      }
      if (!(await indexedDB.databases()).some((d) => d.name === 'practice-paths')) return false;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('practice-paths');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
      });
      try {
        if (!db.objectStoreNames.contains('practice_paths')) return false;
        const store = db.transaction('practice_paths', 'readonly').objectStore('practice_paths');
        const read = <T>(request: IDBRequest<T>): Promise<T> =>
          new Promise((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
          });
        const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())]);
        return keys.some((key, i) => holds(key, values[i]));
      } finally {
        db.close();
      }
    },
    { scenarioId, choices },
    { polling: 50 },
  );
}

/** Read or write the game's IndexedDB store directly, as a damaged or tampered record would be. */
export async function idb(page: Page, action: 'get' | 'put' | 'keys', key?: string, value?: unknown): Promise<unknown> {
  return page.evaluate(
    ({ action, key, value }) =>
      new Promise((resolve, reject) => {
        // A browser the game has not stored anything in yet has no database: a put makes it as localforage
        // would (its object store in an upgrade), a read finds nothing.
        const use = (db: IDBDatabase): void => {
          if (!db.objectStoreNames.contains('practice_paths')) {
            const version = db.version + 1;
            db.close();
            if (action !== 'put') {
              resolve(action === 'keys' ? [] : undefined);
              return;
            }
            const upgrade = indexedDB.open('practice-paths', version);
            upgrade.onupgradeneeded = () => upgrade.result.createObjectStore('practice_paths');
            upgrade.onerror = () => reject(upgrade.error ?? new Error('IndexedDB did not upgrade'));
            upgrade.onsuccess = () => use(upgrade.result);
            return;
          }
          const tx = db.transaction('practice_paths', action === 'put' ? 'readwrite' : 'readonly');
          const store = tx.objectStore('practice_paths');
          const request =
            action === 'put' ? store.put(value, key) : action === 'get' ? store.get(key!) : store.getAllKeys();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        };
        const open = indexedDB.open('practice-paths');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
        open.onsuccess = () => use(open.result);
      }),
    { action, key, value },
  );
}
