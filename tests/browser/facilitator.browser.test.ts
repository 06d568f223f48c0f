// Facilitator mode in Chromium: the audience window and the presenter window (opened with P) stay in step
// through BroadcastChannel: a vote in one shows in the other, reveal, pick, rewind to the first decision,
// take another option, and the branch map shows both branches. Debrief export, reload, axe, screenshots.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  coveredControls,
  ensureProfile,
  gameUrl,
  launch,
  openGame,
  screenshot,
  scrollSettled,
  settled,
} from './harness.ts';
import { REVEALED_REASON, startGroupSession } from './facilitator-fixtures.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function look(page: Page, name: string): Promise<void> {
  await settled(page);
  expect(await axeViolations(page), name).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    `${name} scrolls sideways`,
  ).toBe(true);
  await screenshot(page, name);
}

/** The presenter's controls outside its scrolling columns: the head's buttons, the decision's steps, the foot. */
const PRESENTER_FIXED_CONTROLS = '.fac-p-head button, .fac-p-steps button, .fac-p-foot button';
const phase = (page: Page) => page.locator('.fac-audience').getAttribute('data-phase');
const handsOf = (page: Page, option: number) => page.locator('.fac-option').nth(option).locator('.count').innerText();

async function startSession(page: Page, size: string, shots: boolean): Promise<void> {
  await ensureProfile(page);
  await page.click('#run-group-session');
  await page.waitForSelector('h1:has-text("Run a group session")');
  await page.check('label:has-text("A first shift") input');
  if (shots) await look(page, `facilitator-setup-${size}`);
  await page.click('#fac-start');
  await page.waitForSelector('.fac-audience[data-showing="welcome"]');
}

async function openPresenter(page: Page): Promise<Page> {
  const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
  await presenter.waitForSelector('.fac-presenter');
  await presenter.waitForSelector('.fac-p-status:has-text("Audience window connected")');
  return presenter;
}

/** What the warm-up shows first after each option: options are shuffled once per session, so tests read A–D from the page. */
const AFTER: readonly (readonly [string, string])[] = [
  ['Ask Dean', 'always ate the toast'],
  ['Agree that Dean', 'pulls his hood up'],
  ['Say that if adults', 'Dean pauses'],
  ['Check his bag', 'empties the bag'],
  ['Offer him a game', 'beats you twice'],
  ['Tell him what you have noticed', "doesn't walk off"],
  ['Ask him to hand the phone in', 'hands it over'],
];
async function afterOption(page: Page, position: number): Promise<string> {
  const text = (await page.locator('.fac-option-text').nth(position).innerText())
    .replace(/^Option [A-Z]:\s*/, '')
    .trim();
  const found = AFTER.find(([prefix]) => text.startsWith(prefix));
  if (!found) throw new Error(`No expected follow-on for option "${text}"`);
  return found[1];
}

describe('facilitator mode: a group session in two windows', () => {
  it('keeps audience and presenter in step through votes, reveal, a pick, a rewind and a second branch', async () => {
    const viewport = { width: 1920, height: 1080 };
    const { page, errors, foreignRequests, context } = await openGame(browser, viewport);
    await startSession(page, '1920x1080', true);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeCloseTo(
      36,
      0,
    );
    await look(page, 'facilitator-audience-welcome-1920x1080');

    const presenter = await openPresenter(page);
    await presenter.setViewportSize(viewport);
    const presenterErrors: string[] = [];
    presenter.on('pageerror', (e) => presenterErrors.push(e.message));
    expect(presenter.url()).toMatch(/\?presenter=/);
    await page.waitForFunction(() => document.querySelector('.fac-audience') !== null);

    // Story, then the options with their mapping hidden from the room (but shown to the trainer).
    await page.keyboard.press('PageDown');
    expect(await phase(page)).toBe('story');
    expect(await page.locator('.fac-content').innerText()).toContain('wet Thursday evening');
    await page.keyboard.press('PageDown');
    await page.waitForSelector('.fac-audience[data-phase="options"]');
    expect(await page.locator('.fac-option').count()).toBe(3);
    expect(await page.locator('.fac-letter').allInnerTexts()).toEqual(['A', 'B', 'C']);
    expect(await page.locator('.fac-audience .fac-why, .fac-audience .mapping').count()).toBe(0);
    const bodySize = await page
      .locator('.fac-option-text')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(36);
    await look(page, 'facilitator-audience-options-hidden-1920x1080');
    await presenter.waitForSelector('.fac-presenter .fac-why');
    expect(await presenter.locator('h2#fac-p-now').innerText()).toContain('decision 1, options');

    // The discussion pause, with the stage's questions and the countdown.
    await presenter.click('#fac-p-next');
    await page.waitForSelector('.fac-audience[data-phase="discuss"]');
    expect(await page.locator('.fac-questions li').count()).toBeGreaterThan(2);
    await page.waitForFunction(() => /^\d:\d\d$/.test(document.querySelector('.fac-big-clock')?.textContent ?? ''));
    await look(page, 'facilitator-audience-discuss-1920x1080');

    // The vote: hands recorded in the presenter show on the projector, and keys on the projector show in the presenter.
    await page.keyboard.press('v');
    await page.waitForSelector('.fac-audience[data-phase="vote"]');
    await presenter.waitForSelector('[data-step="vote"][aria-pressed="true"]');
    await presenter.click('[data-plus="2"]');
    await presenter.click('[data-plus="2"]');
    await presenter.click('[data-plus="1"]');
    await page.waitForFunction(() => document.querySelectorAll('.fac-option .count')[2]?.textContent === '2 hands');
    expect(await handsOf(page, 1)).toBe('1 hand');
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.keyboard.press('Shift+2');
    await presenter.waitForFunction(
      () => document.querySelectorAll('.fac-option .count')[0]?.textContent === '2 hands',
    );
    expect(await presenter.locator('.fac-option').nth(1).locator('.count').innerText()).toBe('0 hands');
    // A tie between A and C: Next does not choose, it says so.
    await page.keyboard.press('PageDown');
    await page.waitForSelector('.fac-hint:has-text("tied between A and C")');
    await look(page, 'facilitator-audience-votes-1920x1080');

    // Reveal (R): the mapping and reasons appear in both windows' wording.
    await page.keyboard.press('r');
    await page.waitForSelector(REVEALED_REASON);
    expect(await page.locator('.fac-audience .mapping').count()).toBe(3);
    await presenter.waitForSelector('#fac-p-reveal[aria-pressed="true"]');
    await look(page, 'facilitator-audience-revealed-1920x1080');
    await look(presenter, 'facilitator-presenter-1920x1080');

    // The trainer picks C; the projector follows.
    const afterC = await afterOption(page, 2);
    const afterA = await afterOption(page, 0);
    await presenter.click('[data-take="2"]');
    await page.waitForSelector('.fac-audience[data-phase="story"]');
    expect(await page.locator('.fac-content').innerText()).toContain(afterC);
    // A lone "Continue" is taken by Next; then decision 2, voted with keys, and Next follows the majority.
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() =>
      document.querySelector('.fac-content')?.textContent?.includes('few minutes before the centre closes'),
    );
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.fac-audience[data-phase="vote"]');
    const afterB = await afterOption(page, 1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('2');
    await page.keyboard.press('Space');
    await page.waitForSelector('.fac-audience[data-phase="story"]');
    expect(await page.locator('.fac-content').innerText()).toContain(afterB);

    // Blank (B) in the audience window: the presenter knows; B again brings it back.
    await page.keyboard.press('b');
    await presenter.waitForSelector('.fac-blank-flag');
    await screenshot(page, 'facilitator-audience-blank-1920x1080');
    expect(await page.locator('.fac-blank').isVisible()).toBe(true);
    await presenter.click('[data-fid="p-blank"]');
    await page.waitForSelector('.fac-blank', { state: 'hidden' });

    // Rewind to the first decision from the branch map and take another option there.
    await presenter.keyboard.press('m');
    await page.waitForSelector('.fac-audience[data-showing="map"]');
    expect(await page.locator('.fac-map-drawing .node').count()).toBe(2);
    await page.click('.fac-map-words summary');
    await page.click('[data-return="0-0"]');
    await page.waitForSelector('.fac-audience[data-phase="vote"][data-showing="play"]');
    expect(await handsOf(page, 0)).toBe('2 hands');
    expect(await handsOf(page, 2)).toBe('2 hands');
    await presenter.waitForSelector('h2#fac-p-now:has-text("decision 1, vote")');
    await presenter.click('[data-take="0"]');
    await page.waitForFunction((text) => document.querySelector('.fac-content')?.textContent?.includes(text), afterA);

    // The branch map shows both branches, in both windows.
    await page.keyboard.press('m');
    await page.waitForSelector('.fac-audience[data-showing="map"]');
    const nodes = page.locator('.fac-map-drawing .node');
    expect(await nodes.count()).toBe(3);
    expect(await page.locator('.fac-map-drawing .node .letter').allTextContents()).toEqual(['C', 'B', 'A']);
    expect(await page.locator('.fac-map-words > ol > li').count()).toBe(2);
    await presenter.waitForSelector('.fac-presenter .fac-map-drawing');
    expect(await presenter.locator('.fac-map-drawing .node').count()).toBe(3);
    await look(page, 'facilitator-audience-map-1920x1080');
    await look(presenter, 'facilitator-presenter-map-1920x1080');

    // Play the new branch to its end with the presenter, then the group debrief in both windows.
    await page.keyboard.press('m');
    await presenter.waitForSelector('.fac-p-asides');
    await presenter.click('#fac-p-next');
    await presenter.waitForSelector('h2#fac-p-now:has-text("decision 2")');
    await presenter.click('[data-take="0"]');
    await presenter.waitForSelector('h2#fac-p-now:has-text("decision 3")');
    await presenter.click('[data-take="2"]');
    await page.waitForFunction(() => document.querySelector('.fac-where')?.textContent === 'The end of this path');
    await page.keyboard.press('PageDown');
    await page.waitForSelector('.fac-audience[data-showing="debrief"]');
    expect(await page.locator('.fac-path-item').count()).toBe(3);
    await presenter.waitForSelector('.fac-presenter .fac-debrief');
    await look(page, 'facilitator-audience-debrief-1920x1080');
    await look(presenter, 'facilitator-presenter-debrief-1920x1080');
    // Long pages scroll a screen at a time, from either window: the presenter's Next scrolls the projector.
    await presenter.waitForSelector('.fac-p-next:has-text("more below")');
    await presenter.click('#fac-p-next');
    await page.waitForFunction(() => (document.querySelector('.fac-body')?.scrollTop ?? 0) > 300);
    await screenshot(page, 'facilitator-audience-debrief-page2-1920x1080');
    await page.keyboard.press('PageDown');
    await scrollSettled(page, '.fac-body');
    await screenshot(page, 'facilitator-audience-debrief-page3-1920x1080');
    await page.keyboard.press('PageDown');
    await scrollSettled(page, '.fac-body');
    await screenshot(page, 'facilitator-audience-debrief-page4-1920x1080');
    const [download] = await Promise.all([presenter.waitForEvent('download'), presenter.click('#fac-export-markdown')]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain('## The path the group followed');
    expect(markdown).toContain('Branches explored: 2');

    // A reload of the projector window resumes the session exactly where it was.
    const url = page.url();
    expect(url).toMatch(/\?audience=/);
    await page.reload();
    await page.waitForSelector('.fac-audience[data-showing="debrief"]');
    expect(await page.locator('.fac-path-item').count()).toBe(3);

    expect(errors).toEqual([]);
    expect(presenterErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('is legible and whole at 1280×720, works by mouse alone, resumes from the list, and scales on 4K', async () => {
    const { page, context, errors } = await openGame(browser, { width: 1280, height: 720 });
    await startSession(page, '1280x720', true);
    await look(page, 'facilitator-audience-welcome-1280x720');
    // With no presenter window, the projector window has big vote buttons of its own.
    await page.click('#fac-next');
    await page.click('#fac-next');
    await page.waitForSelector('.fac-audience[data-phase="options"]');
    await look(page, 'facilitator-audience-options-hidden-1280x720');
    await page.keyboard.press('q');
    await page.waitForSelector('.fac-audience[data-phase="discuss"]');
    await look(page, 'facilitator-audience-discuss-1280x720');
    await page.click('#fac-next');
    await page.waitForSelector('.fac-audience[data-phase="vote"]');
    await page.click('[data-plus="2"]');
    await page.click('[data-plus="2"]');
    await page.click('[data-plus="0"]');
    await page.click('[data-plus="0"]');
    await page.click('[data-minus="0"]');
    expect(await handsOf(page, 2)).toBe('2 hands');
    expect(await handsOf(page, 0)).toBe('1 hand');
    await look(page, 'facilitator-audience-vote-controls-1280x720');
    const presenter = await openPresenter(page);
    await presenter.setViewportSize({ width: 1280, height: 720 });
    await page.waitForSelector('[data-plus]', { state: 'detached' });
    await page.keyboard.press('r');
    await page.waitForSelector(REVEALED_REASON);
    await look(page, 'facilitator-audience-revealed-1280x720');
    await presenter.waitForSelector('.fac-presenter .fac-option.leading');
    await look(presenter, 'facilitator-presenter-1280x720');
    await page.keyboard.press('b');
    await page.waitForSelector('.fac-blank');
    await screenshot(page, 'facilitator-audience-blank-1280x720');
    await page.keyboard.press('b');
    await page.keyboard.press('m');
    await page.waitForSelector('.fac-audience[data-showing="map"]');
    await look(page, 'facilitator-audience-map-1280x720');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.fac-audience[data-showing="play"]');

    await page.setViewportSize({ width: 3840, height: 2160 });
    await page.waitForFunction(() => window.innerWidth === 3840);
    await settled(page);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeCloseTo(
      72,
      0,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });

    // Leave from the menu (Escape); the session is listed in "Run a group session" and resumes where it was.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role=dialog] h2:has-text("Session menu")');
    await page.click('#fac-leave');
    await page.waitForSelector('.title-screen');
    expect(page.url()).not.toContain('?audience=');
    await page.click('#run-group-session');
    await page.waitForSelector('[data-resume]');
    await look(page, 'facilitator-setup-resume-1280x720');
    await page.click('[data-resume]');
    await page.waitForSelector('.fac-audience[data-phase="vote"]');
    expect(await handsOf(page, 2)).toBe('2 hands');
    expect(await page.locator('.fac-audience .fac-why').count()).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the facilitator’s guide in the game and as a printable page', async () => {
    const { page, context } = await openGame(browser, { width: 1920, height: 1080 });
    await ensureProfile(page);
    await page.click('#run-group-session');
    await page.click('#fac-open-guide');
    await page.waitForSelector('h1:has-text("facilitator’s guide")');
    expect(await page.locator('.fac-guide-section h2').allInnerTexts()).toEqual(
      expect.arrayContaining([
        'Opening: ground rules and support, before any of the story',
        'Votes and reveal, without shaming anyone',
        'Closing the session',
      ]),
    );
    await look(page, 'facilitator-guide-1920x1080');
    await page.setViewportSize({ width: 1280, height: 720 });
    await look(page, 'facilitator-guide-1280x720');
    await page.goto(`${gameUrl()}?guide`);
    await page.waitForSelector('#fac-print-guide');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#fac-print-guide').isVisible()).toBe(false);
    await context.close();
  });
});

describe('a group session with storage unavailable', () => {
  it("lays a toast over the projector's title line, never over the session controls, and the presenter joins", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => undefined });
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    const { page } = await openGame(browser, undefined, { context });
    await page.waitForSelector('.toast');
    await startGroupSession(page, 'A first shift');
    expect(await page.locator('.toast').count()).toBe(1);
    expect(await coveredControls(page, '.fac-controls button')).toEqual([]);
    // Nothing is saved on this device, so the presenter window takes the session from the projector's window.
    const presenter = await openPresenter(page);
    expect(await presenter.locator('h2#fac-p-now').innerText()).toContain('welcome');
    await presenter.click('#fac-p-next');
    await page.waitForSelector('.fac-audience[data-showing="play"]');
    await presenter.waitForSelector('h2#fac-p-now:has-text("decision 1, story")');
    // Its own toast says so too, and lies over no control of the trainer's (the head's buttons, the steps, the foot).
    await presenter.waitForSelector('.toast');
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await presenter.setViewportSize(size);
      await screenshot(presenter, `facilitator-presenter-storage-blocked-${String(size.width)}`);
      expect(await coveredControls(presenter, PRESENTER_FIXED_CONTROLS), `${size.width}`).toEqual([]);
    }
    // In a narrow window it keeps a readable width (it shrank to a letter a line there).
    await presenter.setViewportSize({ width: 390, height: 844 });
    expect((await presenter.locator('.toast').boundingBox())?.width).toBeGreaterThanOrEqual(300);
    await context.close();
  });
});
