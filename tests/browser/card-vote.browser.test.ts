// Card votes in Chromium without a real camera: the camera is a canvas stream on which twelve participants
// hold printed answer cards (tests/browser/card-camera.ts). Exact totals, a turned card moving its vote, a card
// seen twice counted once, closing freezing the totals, hands added on top, a blurred or hidden card unseen,
// the camera asked for only when the trainer starts the vote, and nothing fetched from anywhere else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, keepScreenshot, launch, settled } from './harness.ts';
import { cameraCounts, decodePicture, holdCards, type HeldCard } from './card-camera.ts';
import { cardVoteSession } from './facilitator-fixtures.ts';
import { cardNumberOf, sideUp } from '../../src/core/facilitator/card-code.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Twelve participants across the frame: sizes 100–150 px, leaning up to 20°, sides A, B and C. */
const ROOM: readonly HeldCard[] = [
  { card: 1, side: 0, x: 110, y: 140, size: 140, lean: 8 },
  { card: 2, side: 1, x: 320, y: 120, size: 120, lean: -12 },
  { card: 3, side: 0, x: 530, y: 150, size: 150, lean: 0 },
  { card: 4, side: 2, x: 750, y: 130, size: 110, lean: 15 },
  { card: 5, side: 0, x: 960, y: 140, size: 130, lean: -6 },
  { card: 6, side: 1, x: 1170, y: 130, size: 120, lean: 20 },
  { card: 7, side: 2, x: 120, y: 400, size: 125, lean: -18 },
  { card: 8, side: 0, x: 340, y: 420, size: 105, lean: 4 },
  { card: 9, side: 1, x: 560, y: 400, size: 140, lean: 10 },
  { card: 10, side: 2, x: 780, y: 410, size: 115, lean: -10 },
  { card: 11, side: 0, x: 1000, y: 420, size: 135, lean: 14 },
  { card: 12, side: 1, x: 1190, y: 400, size: 100, lean: -4 },
];
const sides = (cards: readonly HeldCard[]) => [0, 1, 2].map((s) => cards.filter((c) => c.side === s).length);

const totals = (page: Page) =>
  page
    .locator('.fac-option .count')
    .evaluateAll((els) => els.map((el) => Number(/\d+/.exec(el.textContent ?? '')?.[0] ?? 0)));
const frames = (page: Page) => page.locator('.pp-cv').evaluate((el) => Number((el as HTMLElement).dataset.frames ?? 0));
const seenText = (page: Page) => page.getByTestId('card-count').innerText();

async function waitTotals(page: Page, expected: readonly number[]): Promise<void> {
  const shown = async () => `${JSON.stringify(await totals(page))}, ${await seenText(page)}`;
  await page
    .waitForFunction(
      (want) =>
        JSON.stringify(
          [...document.querySelectorAll('.fac-option .count')].map((el) =>
            Number(/\d+/.exec(el.textContent ?? '')?.[0] ?? 0),
          ),
        ) === JSON.stringify(want),
      expected,
    )
    .catch(async (error: unknown) => {
      throw new Error(`Waited for totals ${JSON.stringify(expected)}; the page shows ${await shown()}`, {
        cause: error,
      });
    });
}

/** Let the reader go through at least `count` more frames (a condition, not a sleep). */
async function moreFrames(page: Page, count: number): Promise<void> {
  const from = await frames(page);
  await page.waitForFunction(
    (target) => Number(document.querySelector<HTMLElement>('.pp-cv')?.dataset.frames ?? 0) >= target,
    from + count,
  );
}

/** A group session on the warm-up, at its first decision (three options), as the audience window. */
const atFirstDecision = (viewport = { width: 1280, height: 720 }) => cardVoteSession(browser, viewport);

describe('card votes read by the camera', () => {
  it('counts one vote per card, moves a turned card, ignores a second sighting and freezes on closing', async () => {
    const { page, context, errors, foreignRequests } = await atFirstDecision();
    await holdCards(page, ROOM);
    // No camera before the trainer asks for a card vote.
    expect((await cameraCounts(page)).requests).toBe(0);
    await page.keyboard.press('c');
    await page.waitForSelector('.pp-cv[data-card-vote="reading"]');
    await page.fill('#pp-cv-expected-audience', '12');
    expect((await cameraCounts(page)).requests).toBe(1);
    await page.waitForSelector('.fac-audience[data-phase="vote"]');

    const expected = sides(ROOM);
    await waitTotals(page, expected);
    expect(await seenText(page)).toContain('12 of 12 cards seen');
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await settled(page);
      await keepScreenshot(page, `test-output/screens/card-vote-audience-${String(width)}x${String(height)}.png`);
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    // The presenter window, opened now, shows the camera's count in its vote controls too (never who chose what).
    await page.locator('#pp-cv-expected-audience').blur();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.setViewportSize({ width: 1280, height: 720 });
    const stripCount = presenter.locator('.fac-p-vote [data-testid="p-card-count"]');
    await expect.poll(() => stripCount.textContent()).toBe('Cards: 12 of 12 seen');
    expect(await presenter.locator('.pp-cv-presenter').getAttribute('data-card-vote')).toBe('idle');
    // Its own camera stays off while the audience window reads the cards: a second one would count them twice.
    expect(await presenter.locator('.pp-cv-presenter [data-fid="cv-toggle"]').isDisabled()).toBe(true);
    await presenter.keyboard.press('c');
    expect(await presenter.locator('.pp-cv-presenter').getAttribute('data-card-vote')).toBe('idle');
    expect((await cameraCounts(presenter)).requests).toBe(0);
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await presenter.setViewportSize({ width, height });
      await settled(presenter);
      // Every + and −, the count and the timer stay in view during the card vote.
      const hidden = await presenter.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            '[data-plus], [data-minus], [data-testid="p-card-count"], .fac-p-vote .fac-p-clock, #fac-p-next',
          ),
        ]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width === 0 || r.top < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth;
          })
          .map((el) => el.outerHTML.slice(0, 60)),
      );
      expect(hidden, `${String(width)}×${String(height)}`).toEqual([]);
      await keepScreenshot(
        presenter,
        `test-output/screens/card-vote-presenter-reading-${String(width)}x${String(height)}.png`,
      );
    }
    await page.bringToFront();

    // Card 3 turns from A to C: its vote moves.
    await holdCards(
      page,
      ROOM.map((c) => (c.card === 3 ? { ...c, side: 2, lean: -8 } : c)),
    );
    await waitTotals(page, [expected[0]! - 1, expected[1]!, expected[2]! + 1]);

    // Card 5 seen twice (a second copy elsewhere in the frame): still one vote, still twelve cards.
    const twice = [
      ...ROOM.map((c) => (c.card === 3 ? { ...c, side: 2, lean: -8 } : c)),
      { card: 5, side: 0, x: 640, y: 620, size: 120, lean: 3 },
    ];
    await holdCards(page, twice);
    await moreFrames(page, 6);
    expect(await totals(page)).toEqual([expected[0]! - 1, expected[1]!, expected[2]! + 1]);
    expect(await seenText(page)).toContain('12 of 12 cards seen');

    // Hands by keys still count, on top of the cards.
    await page.keyboard.press('Digit2');
    await waitTotals(page, [expected[0]! - 1, expected[1]! + 1, expected[2]! + 1]);

    // Closing the vote lets go of the camera and freezes the totals, whatever the cards do next.
    await page.keyboard.press('c');
    await page.waitForSelector('.pp-cv[data-card-vote="closed"]');
    const frozen = await totals(page);
    expect((await cameraCounts(page)).stopped).toBeGreaterThan(0);
    await holdCards(
      page,
      ROOM.map((c) => ({ ...c, side: 0 })),
    );
    const draws = (await cameraCounts(page)).draws;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect((await cameraCounts(page)).draws).toBe(draws);
    expect(await totals(page)).toEqual(frozen);
    expect(await seenText(page)).toContain('12 cards counted');
    await expect.poll(() => stripCount.textContent()).toBe('Cards: vote closed, 12 cards counted');
    expect(await axeViolations(page)).toEqual([]);

    // The decoder came from this site; nothing went anywhere else.
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves a blurred card and a half-hidden card unseen, not counted as a wrong vote', async () => {
    const { page, context, errors, foreignRequests } = await atFirstDecision();
    const clear = ROOM.slice(0, 4);
    await holdCards(page, [
      ...clear,
      { card: 13, side: 1, x: 400, y: 480, size: 130, lean: 5, blur: 7 },
      { card: 14, side: 2, x: 900, y: 480, size: 130, lean: -5, cover: 0.5 },
    ]);
    await page.keyboard.press('c');
    await waitTotals(page, sides(clear));
    await moreFrames(page, 10);
    expect(await totals(page)).toEqual(sides(clear));
    expect(await seenText(page)).toMatch(/Reading cards: 4 cards seen/);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the session pack on A4, its answer cards decoding back to their numbers and letters', async () => {
    const { page, context, errors, foreignRequests } = await atFirstDecision();
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.waitForSelector('.fac-presenter .pp-cv');
    const shots = 'test-output/screens';
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
      [390, 844],
    ] as const) {
      await presenter.setViewportSize({ width, height });
      await settled(presenter);
      await keepScreenshot(presenter, `${shots}/card-vote-presenter-${String(width)}x${String(height)}.png`);
    }
    await presenter.setViewportSize({ width: 1280, height: 720 });
    await presenter.click('[data-fid="cv-pack"]');
    await presenter.waitForSelector('.pp-pack[data-pack="ready"]');
    await presenter.fill('#pp-pack-count', '12');
    await presenter.dispatchEvent('#pp-pack-count', 'change');
    await presenter.waitForSelector('.pp-pack[data-cards="12"]');
    expect(await axeViolations(presenter)).toEqual([]);
    await settled(presenter);
    await keepScreenshot(presenter, `${shots}/session-pack-1280x720.png`);

    // Answer cards only: two to an A4 page. The whole pack: the cards, then the decision cards, run-sheets and checklists.
    const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    await presenter.check('#pp-pack-cards-only');
    expect(pages(await presenter.pdf({ format: 'A4', printBackground: true }))).toBe(6);
    await presenter.uncheck('#pp-pack-cards-only');
    const decisions = await presenter.locator('.pp-decisions:not(.pp-debrief) .pp-decision').count();
    expect(decisions).toBeGreaterThanOrEqual(3);
    expect(await presenter.locator('.pp-debrief .pp-decision').count()).toBe(decisions);
    expect(await presenter.locator('.pp-decisions:not(.pp-debrief) .pp-why').count()).toBe(0);
    expect(await presenter.locator('.pp-debrief .pp-why').count()).toBeGreaterThan(decisions);
    expect(await presenter.locator('.pp-run-sheet').count()).toBe(4);
    expect(pages(await presenter.pdf({ format: 'A4', printBackground: true }))).toBeGreaterThanOrEqual(6 + 4);

    // Each printed card, turned to each side, decodes to its number and to the letter printed at its top edge.
    await presenter.emulateMedia({ media: 'print' });
    for (const number of [1, 7, 12]) {
      const card = presenter.locator(`.pp-card[data-card="${String(number)}"]`);
      for (const turn of [0, 90, 180, 270]) {
        await card.evaluate((el, deg) => {
          (el as HTMLElement).style.transform = `rotate(${String(deg)}deg)`;
        }, turn);
        const atTop = await card.evaluate((el) => {
          const edges = [...el.querySelectorAll<HTMLElement>('.pp-edge')];
          edges.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
          return edges[0]?.dataset.letter;
        });
        const reads = await decodePicture(await card.screenshot());
        expect(
          reads.map((r) => cardNumberOf(r.text)),
          `card ${String(number)} turned ${String(turn)}°`,
        ).toEqual([number]);
        const side = sideUp(reads[0]!.corners, reads[0]!.mirrored);
        expect(side === undefined ? undefined : 'ABCD'[side], `card ${String(number)} turned ${String(turn)}°`).toBe(
          atTop,
        );
      }
    }
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
