// Reading a page aloud in the browser, with the browser's speech synthesis replaced by a recorder (no real
// voice is needed): turned on in settings, it queues the page's sentences in order, one at a time; pause,
// resume, next sentence and stop do what they say; the sentence being read is lit; and only local voices are
// offered.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, openGame, screenshot } from './harness.ts';

/** A stand-in for speechSynthesis: one local and one network voice; utterances end when the test says. */
const FAKE_SPEECH = `(() => {
  const log = { spoken: [], calls: [] };
  let current;
  const voices = [
    { voiceURI: 'local-en', name: 'Local voice', lang: 'en-GB', localService: true, default: true },
    { voiceURI: 'cloud-en', name: 'Cloud voice', lang: 'en-GB', localService: false, default: false },
  ];
  class Utterance {
    constructor(text) { this.text = text; this.rate = 1; this.voice = null; this.lang = ''; }
  }
  const synth = {
    getVoices: () => voices,
    speak(u) { log.spoken.push({ text: u.text, voice: u.voice ? u.voice.voiceURI : null }); current = u; },
    pause() { log.calls.push('pause'); },
    resume() { log.calls.push('resume'); },
    cancel() {
      log.calls.push('cancel');
      const u = current; current = undefined;
      if (u && u.onerror) u.onerror({ error: 'interrupted' });
    },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
  window.__speech = { log, finish() { const u = current; current = undefined; if (u && u.onend) u.onend({}); } };
})();`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const spoken = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __speech: { log: { spoken: { text: string }[] } } }).__speech.log.spoken.map((s) => s.text),
  );
const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { log: { calls: string[] } } }).__speech.log.calls);
const finishSentence = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());

async function turnOnReadAloud(page: Page): Promise<void> {
  await page.waitForSelector('.title-screen');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.check('#read-aloud-on');
  const voices = await page.locator('#read-aloud-voice option').allTextContents();
  expect(voices.some((v) => v.startsWith('Local voice'))).toBe(true);
  expect(voices.some((v) => v.startsWith('Cloud voice'))).toBe(false);
  await page.selectOption('#read-aloud-voice', 'local-en');
  await page.click('#text-speed-instant');
  await page.click('#settings-done');
  await page.waitForSelector('.title-screen');
}

describe('reading aloud', () => {
  it('reads the page sentence by sentence in order, with pause, next sentence and stop', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await context.addInitScript({ content: FAKE_SPEECH });
    const { page, errors } = await openGame(browser, undefined, { context });
    await turnOnReadAloud(page);
    await page.click('#start-here');
    await page.click('#acknowledge');
    await page.waitForSelector('.read-aloud-bar');
    const words = (await page.locator('.transcript').innerText()).replace(/\s+/g, ' ');

    await page.keyboard.press('r');
    await page.waitForFunction(() => document.querySelector('.read-aloud-main')?.textContent === 'Pause reading');
    const first = await spoken(page);
    expect(first).toHaveLength(1);
    expect(words).toContain(first[0]!.replace(/\s+/g, ' '));
    expect(await page.evaluate(() => CSS.highlights.has('read-aloud'))).toBe(true);

    await finishSentence(page);
    const afterOne = await spoken(page);
    expect(afterOne).toHaveLength(2);
    // In the page's order: each sentence comes after the one before it.
    expect(words.indexOf(afterOne[1]!.replace(/\s+/g, ' '))).toBeGreaterThan(
      words.indexOf(afterOne[0]!.replace(/\s+/g, ' ')),
    );

    await page.click('.read-aloud-main');
    expect(await calls(page)).toContain('pause');
    await page.waitForFunction(() => document.querySelector('.read-aloud-main')?.textContent === 'Resume reading');
    await page.click('.read-aloud-main');
    expect(await calls(page)).toContain('resume');

    await page.keyboard.press('n');
    await page.waitForFunction(
      () => (window as unknown as { __speech: { log: { spoken: unknown[] } } }).__speech.log.spoken.length === 3,
    );
    const afterSkip = await spoken(page);
    expect(words.indexOf(afterSkip[2]!.replace(/\s+/g, ' '))).toBeGreaterThan(
      words.indexOf(afterSkip[1]!.replace(/\s+/g, ' ')),
    );

    await screenshot(page, 'read-aloud-1280x720');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('.read-aloud-stop');
    await page.waitForFunction(() => document.querySelector('.read-aloud-main')?.textContent === 'Read aloud');
    expect(await page.evaluate(() => CSS.highlights.has('read-aloud'))).toBe(false);
    expect((await spoken(page)).length).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is off by default: no controls and nothing spoken', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await context.addInitScript({ content: FAKE_SPEECH });
    const { page } = await openGame(browser, undefined, { context });
    await page.click('#start-here');
    await page.click('#acknowledge');
    await page.waitForSelector('.play-panel');
    expect(await page.locator('.read-aloud-bar').count()).toBe(0);
    await page.keyboard.press('r');
    expect(await spoken(page)).toEqual([]);
    await context.close();
  });
});
