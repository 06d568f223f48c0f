// The debrief as a trainee and a trainer meet it. Cassie and Jo, played once by a fixed rule (always the first
// option shown), seen at 390×844 and then 1280×720: the summary (ending title, three turning points, the two
// principles with the player's own decisions, the ways into the detail) in the first viewport at both sizes, no
// ending or principle id anywhere in the visible text, "try this path instead" from a turning point landing on
// that decision, no text under 14 px on a phone and no sideways page scroll, a Word file holding the ending,
// every decision and every note, a one-page A4 summary print; and the group debrief's slides at projector size,
// the ending's line whole.
// axe on every view; screenshots in test-output/screens (`npm run screenshots`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { nextClick } from './click-through.ts';
import {
  axeViolations,
  ensureProfile,
  type GamePage,
  keepScreenshot,
  launch,
  openGame,
  scrollSettled,
  settled,
} from './harness.ts';

const SCREENS = 'test-output/screens';
const ENDING_IDS = ['steadier-ground', 'park-unchanged', 'cassie-held', 'jo-held', 'both-adrift'];
const PRINCIPLE_IDS = (
  JSON.parse(readFileSync('stories/principles.json', 'utf8')) as { principles: { id: string }[] }
).principles.map((p) => p.id);
const VIEWS = ['summary', 'decisions', 'profile', 'reflect', 'keep'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await keepScreenshot(page, `${SCREENS}/${name}.png`, { fullPage });
}

/**
 * Play on by one rule (each page's beats read through with Continue) until the path ends: the option chosen
 * before (`before`) wherever it is on offer, else the first shown; the rule by which the debrief's replays
 * say where a road not taken would have ended. Then open the debrief and wait for its turning points.
 */
async function playToDebrief(page: Page, before: readonly string[] = []): Promise<void> {
  for (let guard = 0; guard < 600; guard++) {
    const next = await nextClick(page, 0, before);
    if (next.kind === 'summary') break;
    await page.mouse.click(next.x, next.y);
  }
  await page.click('#see-summary');
  await page.waitForSelector('h1:has-text("Debrief")');
  await page.waitForFunction(() => document.querySelectorAll('.turning-point').length === 3);
}

async function startCassieAndJo(page: Page): Promise<void> {
  await ensureProfile(page);
  await page.click('text=Choose a scenario');
  await page.click('[data-start="cassie-and-jo"]');
  await page.click('#acknowledge');
  await playToDebrief(page);
}

async function showView(page: Page, view: (typeof VIEWS)[number]): Promise<void> {
  await page.click(`.debrief-nav [data-view="${view}"]`);
  await page.waitForSelector(`.view-${view}:not([hidden])`);
}

/** Every view's text with every group and road opened: what a person could read. */
async function allVisibleText(page: Page): Promise<string> {
  let text = '';
  for (const view of VIEWS) {
    await showView(page, view);
    await page.evaluate(() =>
      document.querySelectorAll('.debrief details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    text += await page.locator('.debrief').innerText();
  }
  await page.evaluate(() =>
    document.querySelectorAll('.debrief details').forEach((d) => ((d as HTMLDetailsElement).open = false)),
  );
  return text;
}

/** The summary's parts that must be on the first screen, and whether each lies wholly inside the viewport. */
async function summaryOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parts = [
      ...document.querySelectorAll(
        '.ending-title, .turning-point, .turning-point button, .standout, .debrief-nav button, #summary-support',
      ),
    ];
    return parts
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth || r.height === 0
        );
      })
      .map((el) => `${el.className || el.id}: ${el.textContent?.slice(0, 40) ?? ''}`);
  });
}

/** The smallest font size of any text shown inside `selector` (text hidden or for screen readers only aside). */
async function smallestText(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (within) =>
      Math.min(
        ...[...document.querySelectorAll(`${within} *`)]
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
          .filter((el) => !el.closest('.visually-hidden') && el.getClientRects().length > 0)
          .map((el) => parseFloat(getComputedStyle(el).fontSize)),
      ),
    selector,
  );
}

async function axeEveryView(page: Page, size: string): Promise<void> {
  for (const view of VIEWS) {
    await showView(page, view);
    await settled(page);
    expect(await axeViolations(page), `${view} at ${size}`).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${view} scrolls sideways`,
    ).toBe(true);
    await shot(page, `debrief-${view}-${size}`);
    if (view !== 'summary') await shot(page, `debrief-${view}-${size}-full`, true);
  }
  await showView(page, 'summary');
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

// One playthrough serves both sizes: the phone's checks change nothing, so they run first; the large screen's
// then write notes and try another path.
describe('the debrief', () => {
  let played: GamePage;
  beforeAll(async () => {
    played = await openGame(browser, { width: 1280, height: 720 });
    await startCassieAndJo(played.page);
  }, 900_000);

  it('at 390×844: the same summary on one screen, no text under 14 px, no sideways scroll, axe clean', async () => {
    const { page, errors } = played;
    // The debrief opened at the top, and a narrower window keeps it there.
    await page.setViewportSize({ width: 390, height: 844 });
    await settled(page);
    // The same summary as at 1280×720, inside the first screen: turning points as short lines, each principle's
    // example clamped with the rest on request, and no text under 14 px.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await summaryOutside(page)).toEqual([]);
    expect(await page.locator('.standout a').count()).toBe(2);
    expect((await page.locator('.ending-title').innerText()).trim().length).toBeGreaterThan(3);
    for (const line of await page.locator('.turning-point .turn-short').allInnerTexts())
      expect(line).toMatch(/^Another road(?: ends at “.+”\.|: the same ending, other principles\.)$/);
    expect(await smallestText(page, '.view-summary')).toBeGreaterThanOrEqual(14);
    await shot(page, 'debrief-summary-first-screen-390x844');
    const strained = page.locator('.standout-strained');
    const more = strained.locator('.more-toggle');
    if ((await more.count()) > 0) {
      expect(await strained.locator('.on-demand').isVisible()).toBe(false);
      await more.click();
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      expect(await strained.locator('.on-demand').isVisible()).toBe(true);
      await more.click();
      expect(await strained.locator('.on-demand').isVisible()).toBe(false);
    }
    await shot(page, 'debrief-summary-390x844-full', true);
    const visible = await allVisibleText(page);
    for (const id of [...ENDING_IDS, ...PRINCIPLE_IDS]) expect(visible, id).not.toContain(id);
    await showView(page, 'profile');
    expect(await smallestText(page, '.profile-bars')).toBeGreaterThanOrEqual(14);
    await page.click('#profile-toggle');
    await page.waitForSelector('.profile-table');
    await axeEveryView(page, '390x844');
    // Back to the bars and the summary, where the larger screen's checks start.
    await showView(page, 'profile');
    await page.click('#profile-toggle');
    await page.waitForSelector('.profile-table', { state: 'hidden' });
    await showView(page, 'summary');
    expect(errors).toEqual([]);
  }, 900_000);

  it('at 1280×720 (and 1920×1080): the summary on one screen, no ids, the turning point path, Word and one-page print', async () => {
    const { page, errors } = played;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await settled(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await summaryOutside(page)).toEqual([]);
    expect(await page.locator('.standout a').count()).toBe(2);
    const title = (await page.locator('.ending-title').innerText()).trim();
    expect(title.length).toBeGreaterThan(3);
    expect(await page.locator('.standout-strained').innerText()).toMatch(
      /At decision \d+ you chose “.+”; that strained /,
    );
    await shot(page, 'debrief-summary-first-screen-1280x720');

    const visible = await allVisibleText(page);
    for (const id of [...ENDING_IDS, ...PRINCIPLE_IDS]) expect(visible, id).not.toContain(id);
    expect(visible).toContain(title);
    await axeEveryView(page, '1280x720');
    // The same views on a large screen: the summary still on one screen, every view axe-clean, nothing sideways.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await settled(page);
    expect(await summaryOutside(page)).toEqual([]);
    await axeEveryView(page, '1920x1080');
    await page.setViewportSize({ width: 1280, height: 720 });
    await settled(page);

    // Notes, then the Word document holds the ending title, every decision and every note.
    await showView(page, 'reflect');
    const notes = ['Start from the relationship with each girl.', 'Ask my manager about NRM referrals.'];
    const areas = page.locator('.view-reflect textarea');
    expect(await areas.count()).toBeGreaterThanOrEqual(2);
    await areas.nth(0).fill(notes[0]!);
    await areas.nth(1).fill(notes[1]!);
    await showView(page, 'decisions');
    const chosen = (await page.locator('.decision-card .chosen').allTextContents()).map((t) =>
      t.replace(/^You chose: /, ''),
    );
    expect(chosen.length).toBeGreaterThan(20);
    await showView(page, 'keep');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-docx')]);
    expect(download.suggestedFilename()).toMatch(/^cassie-and-jo-\d{4}-\d\d-\d\d-debrief\.docx$/);
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(text).toContain(title);
    for (const c of chosen) expect(text).toContain(c);
    for (const note of notes) expect(text).toContain(note);
    for (const id of [...ENDING_IDS, ...PRINCIPLE_IDS]) expect(text, id).not.toContain(id);

    // Print: the summary alone is one A4 page; with the appendix, more.
    await page.evaluate(() => (window.print = () => undefined));
    await page.click('#print-summary');
    const summaryPdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(SCREENS, { recursive: true });
    writeFileSync(`${SCREENS}/debrief-summary-print.pdf`, summaryPdf);
    expect(pdfPages(summaryPdf)).toBe(1);
    await page.click('#print-all');
    const fullPdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${SCREENS}/debrief-summary-and-appendix-print.pdf`, fullPdf);
    expect(pdfPages(fullPdf)).toBeGreaterThan(1);

    // "Try this path instead" at the first turning point goes back to that decision and takes the other road;
    // playing on by the replays' rule (as before where the same option is on offer) reaches the ending it named.
    await showView(page, 'summary');
    const turn = page.locator('.turning-point').first();
    const ordinal = Number(await turn.getAttribute('data-ordinal'));
    const instead = /“(.+)” (?:would have ended at “(.+)”\.|would have ended in the same place)/.exec(
      (await turn.locator('.turn-instead').innerText()).replace(/^Instead: /, ''),
    );
    expect(instead).not.toBeNull();
    await turn.locator('button').click();
    await page.waitForSelector('.play-panel');
    await playToDebrief(page, chosen);
    if (instead![2]) expect((await page.locator('.ending-title').innerText()).trim()).toBe(instead![2]);
    await showView(page, 'decisions');
    const card = page.locator(`#decision-${ordinal + 1}`);
    await card.evaluate((el) => ((el.closest('details') as HTMLDetailsElement).open = true));
    expect((await card.locator('.chosen').innerText()).replace(/^You chose: /, '')).toBe(instead![1]);
    expect(await page.locator('.debrief-meta').innerText()).toContain('2 paths tried');
    await showView(page, 'reflect');
    expect(await page.locator('.other-path').count()).toBe(1);
    await shot(page, 'debrief-reflect-two-paths-1280x720', true);
    expect(errors).toEqual([]);
  }, 900_000);
});

async function endGroupSession(page: Page): Promise<void> {
  let last = '';
  for (let guard = 0; guard < 80; guard++) {
    const state = await page.locator('.fac-audience').evaluate((el) => ({
      showing: el.getAttribute('data-showing'),
      phase: el.getAttribute('data-phase'),
      asides: document.querySelectorAll('.fac-asides button').length,
      where: `${document.querySelector('.fac-where')?.textContent ?? ''} ${document.querySelector('.fac-hint')?.textContent ?? ''}`,
    }));
    last = JSON.stringify(state);
    if (state.showing === 'debrief') return;
    if (state.showing === 'play' && state.phase === 'vote')
      for (const key of ['1', '1', '2']) await page.keyboard.press(key);
    else if (state.asides > 1) await page.keyboard.press('1');
    await page.keyboard.press('PageDown');
  }
  await shot(page, 'group-debrief-not-reached');
  throw new Error(`The group session did not reach its debrief; last seen: ${last}`);
}

describe('the group debrief', () => {
  it('shows five slides, each within 1920×1080 at 36 px or more, a key press apart', async () => {
    const { page, errors } = await openGame(browser, { width: 1920, height: 1080 });
    await ensureProfile(page);
    await page.click('#run-group-session');
    await page.check('label:has-text("A first shift") input');
    // Stop at every decision, so every decision is voted on and the room's splits have something to show.
    await page.check('input[name="fac-length"][value="all"]');
    await page.click('#fac-start');
    await page.waitForSelector('.fac-audience[data-showing="welcome"]');
    await endGroupSession(page);
    expect(await page.locator('.fac-slide').count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      await scrollSettled(page, '.fac-body');
      await settled(page);
      const fit = await page.evaluate((index) => {
        const slide = document.querySelectorAll<HTMLElement>('.fac-slide')[index]!;
        const body = document.querySelector<HTMLElement>('.fac-body')!.getBoundingClientRect();
        const r = slide.getBoundingClientRect();
        const texts = [...slide.querySelectorAll<HTMLElement>('p, li, strong, span, td, th')].filter(
          (el) => el.innerText.trim() !== '' && !el.closest('.visually-hidden'),
        );
        (window as unknown as { __where: unknown }).__where = {
          r: [r.top, r.bottom, r.right],
          body: [body.top, body.bottom, window.innerWidth],
          before: [...document.querySelector<HTMLElement>('.fac-body')!.children].map((c) => c.className),
        };
        return {
          inside: r.top >= body.top - 1 && r.bottom <= body.bottom + 1 && r.right <= window.innerWidth,
          overflow: slide.scrollHeight - slide.clientHeight,
          smallest: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
          // The ending's closing line is shown whole, never cut short by a line clamp.
          clamped: [...slide.querySelectorAll('.fac-slide-meaning')].some(
            (el) => getComputedStyle(el).webkitLineClamp !== 'none' || el.scrollHeight > el.clientHeight + 1,
          ),
        };
      }, i);
      const where = JSON.stringify(await page.evaluate(() => (window as unknown as { __where: unknown }).__where));
      expect(fit, `slide ${i + 1} ${where}`).toEqual({
        inside: true,
        overflow: 0,
        smallest: expect.any(Number),
        clamped: false,
      });
      expect(fit.smallest, `slide ${i + 1} text size`).toBeGreaterThanOrEqual(36);
      expect(await axeViolations(page), `slide ${i + 1}`).toEqual([]);
      await shot(page, `group-debrief-slide-${i + 1}-1920x1080`);
      await page.keyboard.press('PageDown');
    }
    expect(await page.locator('p.fac-slide-ending').innerText()).not.toMatch(new RegExp(ENDING_IDS.join('|')));
    expect(await page.locator('.fac-slide-meaning').count()).toBe(1);
    expect(errors).toEqual([]);
  }, 900_000);
});
