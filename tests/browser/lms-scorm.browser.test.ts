// The game as an LMS runs it: a host page holds scorm-again (a real LMS-side SCORM 1.2 / 2004 implementation) as
// the API and launches the SCORM package's start page (the single-file build with its lms-launch settings) in a
// frame (the zips `npm run build:lms` writes, unpacked, started from their manifests). The learner plays first-shift to its ending; the LMS sees incomplete → completed, a session time in the
// version's format, no score, and one choice interaction per decision only when the package opted in. Closing the
// frame mid-scenario and relaunching from the stored CMI data, on a fresh device, lands at the same decision with
// the same option order, past the content notice only in a package built with --allow-skip-notice. Without an LMS the game plays on and says once that progress isn't being recorded.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import firstShift from '../../stories/first-shift/main.ink';
import { scormSafe } from '../../src/adapters/scorm-connection.ts';
import { PlayController } from '../../src/app/play-controller.ts';
import { SaveManager } from '../../src/app/save-manager.ts';
import { StoryPlayback } from '../../src/app/story-playback.ts';
import type { LearningEvent } from '../../src/core/ports.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';
import { serveFolder, type StaticServer } from '../../tools/static-server.ts';
import { coveredControls, HANG_MS, keepScreenshot, launch, SCREENSHOTS } from './harness.ts';

const PATH = ['Ask Dean', 'Offer him a game', 'Record what you saw'];
type Standard = 'scorm12' | 'scorm2004';
type Sets = [string, string][];

let browser: Browser;
let server: StaticServer;
let folder: string;

/** Each package's start page, by `<standard>-<completion|decisions>`, as the LMS would launch it from its manifest. */
const starts: Record<string, string> = {};

/**
 * `npm run build:lms` from this run's single file (first-shift only), each zip unpacked: the default package
 * (completion only, the notice on every resume), or one that opts into both decisions and skipping the notice.
 */
function buildPackages(mode: 'completion' | 'decisions'): void {
  const out = join(folder, `${mode}-zips`);
  const args = ['--scenarios', 'first-shift', '--page', inject('singleFile'), '--out', out];
  if (mode === 'decisions') args.push('--decisions', '--allow-skip-notice');
  execFileSync(process.execPath, ['--import', 'tsx', 'tools/build-lms.ts', ...args], { stdio: 'pipe' });
  for (const standard of ['scorm12', 'scorm2004'] as const) {
    const files = unzipSync(new Uint8Array(readFileSync(join(out, `practice-paths-${standard}.zip`))));
    const manifest = strFromU8(files['imsmanifest.xml']!);
    const href = /adlcp:scorm[tT]ype="sco"\s+href="([^"]+)"/.exec(manifest)?.[1];
    expect(href, `${standard} manifest names its start page`).toBeDefined();
    const unpacked = `${standard}-${mode}`;
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, unpacked, name)), { recursive: true });
      writeFileSync(join(folder, unpacked, name), bytes);
    }
    starts[unpacked] = `${unpacked}/${href!}`;
  }
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'practice-paths-lms-scorm-'));
  buildPackages('completion');
  buildPackages('decisions');
  const dist = dirname(createRequire(import.meta.url).resolve('scorm-again/scorm12'));
  for (const file of ['scorm12.js', 'scorm2004.js']) copyFileSync(join(dist, file), join(folder, file));
  writeFileSync(join(folder, 'host.html'), '<!doctype html><html lang="en"><title>Mock LMS</title><body></body>');
}, HANG_MS * 2);

beforeAll(async () => {
  browser = await launch();
  server = await serveFolder(folder);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The LMS: a fresh browser (a fresh device), scorm-again as the API (from `cmi` when relaunching), the package in a frame. */
async function host(standard: Standard, page: string, cmi?: unknown): Promise<{ lms: Page; game: Frame }> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 760 }, reducedMotion: 'reduce' });
  const lms = await context.newPage();
  lms.setDefaultTimeout(HANG_MS);
  lms.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await lms.goto(`${server.url}host.html`);
  await lms.addScriptTag({ url: `${server.url}${standard}.js` });
  await lms.evaluate(
    ({ standard, page, cmi }) => {
      interface MockLms {
        loadFromJSON(json: unknown, element: string): void;
        on(name: string, callback: (element: string, value: unknown) => void): void;
        cmi: unknown;
      }
      const w = window as unknown as Record<string, unknown> & { sets: Sets; calls: string[] };
      const v12 = standard === 'scorm12';
      const Api = w[v12 ? 'Scorm12API' : 'Scorm2004API'] as new (settings: object) => MockLms;
      const api = new Api({ autocommit: false, logLevel: 5 });
      if (cmi) api.loadFromJSON(cmi, '');
      w.sets = [];
      w.calls = [];
      api.on(`${v12 ? 'LMSSetValue' : 'SetValue'}.cmi.*`, (el, v) => void w.sets.push([el, String(v)]));
      for (const call of v12 ? ['LMSInitialize', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'Commit', 'Terminate'])
        api.on(call, () => void w.calls.push(call));
      w[v12 ? 'API' : 'API_1484_11'] = api;
      w.cmiJson = (): unknown => JSON.parse(JSON.stringify(api.cmi)) as unknown;
      const frame = document.createElement('iframe');
      Object.assign(frame, { src: page, title: 'Practice Paths', width: '1280', height: '720' });
      document.body.append(frame);
    },
    { standard, page, cmi },
  );
  const handle = await lms.waitForSelector('iframe');
  const game = (await handle.contentFrame())!;
  await game.waitForSelector('.title-screen h1');
  return { lms, game };
}

const sets = (lms: Page): Promise<Sets> => lms.evaluate(() => (window as unknown as { sets: Sets }).sets);
const calls = (lms: Page): Promise<string[]> => lms.evaluate(() => (window as unknown as { calls: string[] }).calls);
const all = (s: Sets, element: string | RegExp) =>
  s.filter(([e]) => (typeof element === 'string' ? e === element : element.test(e))).map(([, v]) => v);

async function startFirstShift(game: Frame): Promise<void> {
  await game.click('text=Choose a scenario');
  await game.click('[data-start="first-shift"]');
  await game.waitForSelector('#acknowledge');
}

/**
 * A SCORM 1.2 launch of `start`: first-shift begun (the notice acknowledged), one decision taken, the bookmark
 * committed and the frame closed. Returns the options then on offer, the LMS's stored CMI data and its exit values.
 */
async function leaveMidScenario(start: string): Promise<{ shown: string[]; cmi: unknown; exits: string[] }> {
  const first = await host('scorm12', start);
  await startFirstShift(first.game);
  await first.game.click('#acknowledge');
  await play(first.game, ['Ask Dean']);
  const shown = await optionsNow(first.game);
  await first.lms.waitForFunction(() =>
    (window as unknown as { sets: Sets }).sets.some(([e, v]) => e === 'cmi.suspend_data' && !v.endsWith('|')),
  );
  await closeFrame(first.lms, 'LMSFinish');
  const exits = all(await sets(first.lms), 'cmi.core.exit');
  const cmi: unknown = await first.lms.evaluate(() => (window as unknown as { cmiJson: () => unknown }).cmiJson());
  return { shown, cmi, exits };
}

/** The options on offer once the words are all shown. */
async function optionsNow(game: Frame): Promise<string[]> {
  const first = await game.waitForSelector('.reveal-all, .choices button, #see-summary');
  if (await first.evaluate((el) => el.classList.contains('reveal-all'))) await first.click({ force: true });
  await game.waitForSelector('.choices button, #see-summary');
  return (await game.locator('.choices button').allTextContents()).map((t) => t.replace(/^\d+/, '').trim());
}

/** Take the option starting with each prefix, taking asides in between. */
async function play(game: Frame, prefixes: readonly string[]): Promise<void> {
  for (const prefix of prefixes) {
    for (let guard = 0; guard < 30; guard++) {
      const index = (await optionsNow(game)).findIndex((t) => t.startsWith(prefix));
      if (index !== -1) {
        await game.locator('.choices button').nth(index).click();
        break;
      }
      if ((await game.locator('.choices li.decision-choice').count()) > 0) throw new Error(`No "${prefix}"`);
      await game.locator('.choices button').first().click();
    }
  }
}

async function playToEnding(game: Frame, prefixes: readonly string[]): Promise<void> {
  await play(game, prefixes);
  await game.waitForSelector('#see-summary');
}

/** What the game reports for this path, worked out in Node by the same app layer on the same story. */
async function decisionsOf(prefixes: readonly string[]) {
  const scenario = {
    id: 'first-shift',
    title: '',
    summary: '',
    contentNote: '',
    lengthMinutes: 5,
    variantOf: undefined,
  };
  const clock = { now: () => 1 };
  const loaded = await StoryPlayback.load({ ...scenario, load: async () => firstShift }, DEFAULT_CATALOGUE.ids, clock);
  if (!loaded.ok) throw new Error(loaded.error);
  const events: LearningEvent[] = [];
  const saves = new SaveManager(new MemorySaveStore(), clock);
  const learning = { record: (e: LearningEvent) => void events.push(e) };
  const deps = { saves, clock, profileId: 'p', onSaved: () => undefined, learning };
  const started = PlayController.start(loaded.playback, deps);
  if (!started.ok) throw new Error(started.error);
  for (const prefix of prefixes) {
    for (;;) {
      const options = started.controller.view().options;
      const at = options.findIndex((o) => o.text.startsWith(prefix));
      started.controller.choose(at === -1 ? 0 : at);
      if (at !== -1) break;
    }
  }
  return events.flatMap((e) => (e.type === 'decision-taken' ? [scormSafe(e.optionId)] : []));
}

/** Close the frame as an LMS does when the learner leaves, and let the page's exit report reach the API. */
async function closeFrame(lms: Page, finish: string): Promise<void> {
  await lms.evaluate(() => document.querySelector('iframe')?.remove());
  await lms.waitForFunction((call) => (window as unknown as { calls: string[] }).calls.includes(call), finish);
}

describe('SCORM packages in a mock LMS (scorm-again)', () => {
  it('SCORM 1.2 with decisions: incomplete → completed, HHHH:MM:SS.SS, no score, one choice per decision', async () => {
    const { lms, game } = await host('scorm12', starts['scorm12-decisions']!);
    await startFirstShift(game);
    expect(await game.locator('.lms-reporting').innerText()).toContain('each decision you take');
    await keepScreenshot(lms, `${SCREENSHOTS}/lms-notice-decisions-1280.png`);
    await game.click('#acknowledge');
    await playToEnding(game, PATH);
    await closeFrame(lms, 'LMSFinish');
    const s = await sets(lms);
    expect(all(s, 'cmi.core.lesson_status')).toEqual(['incomplete', 'completed']);
    expect(all(s, /score/).length).toBe(all(s, /^cmi\.objectives\.\d+\.score\.raw$/).length);
    expect(all(s, /^cmi\.core\.score/)).toEqual([]);
    expect(all(s, 'cmi.core.session_time')).toEqual([expect.stringMatching(/^\d{4}:\d{2}:\d{2}\.\d{2}$/)]);
    expect(all(s, /^cmi\.interactions\.\d+\.type$/)).toEqual(['choice', 'choice', 'choice']);
    expect(all(s, /^cmi\.interactions\.\d+\.student_response$/)).toEqual(await decisionsOf(PATH));
    expect(all(s, /^cmi\.interactions\.\d+\.correct_responses/)).toEqual([]);
    expect(all(s, 'cmi.core.exit').at(-1)).toBe('');
    expect(await calls(lms)).toContain('LMSCommit');
  });

  it('SCORM 2004 with completion only: no interactions, no objectives, success unknown, ISO 8601 time', async () => {
    const { lms, game } = await host('scorm2004', starts['scorm2004-completion']!);
    await startFirstShift(game);
    expect(await game.locator('.lms-reporting').innerText()).toContain('(completion only)');
    await game.click('#acknowledge');
    await playToEnding(game, PATH);
    await closeFrame(lms, 'Terminate');
    const s = await sets(lms);
    expect(all(s, 'cmi.completion_status')).toEqual(['incomplete', 'completed']);
    expect(all(s, /^cmi\.(success_status|score)/)).toEqual([]);
    expect(all(s, /^cmi\.(interactions|objectives)\./)).toEqual([]);
    expect(all(s, 'cmi.session_time')).toEqual([expect.stringMatching(/^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/)]);
    expect(all(s, 'cmi.exit')).toEqual(['normal']);
  });

  it('resumes from the stored CMI data on a fresh device: same decision, same option order', async () => {
    const { shown, cmi, exits } = await leaveMidScenario(starts['scorm12-completion']!);
    expect(exits.at(-1)).toBe('suspend');

    const again = await host('scorm12', starts['scorm12-completion']!, cmi);
    await again.game.click('#continue-button');
    await again.game.click('#acknowledge');
    expect(await optionsNow(again.game)).toEqual(shown);
    expect(all(await sets(again.lms), 'cmi.core.lesson_status')).toEqual(['incomplete']);
  });

  it('passes the content notice on resume only in a package built with --allow-skip-notice, with a reminder', async () => {
    // A first launch always shows the whole notice, whatever the package allows (leaveMidScenario presses it).
    const { shown, cmi } = await leaveMidScenario(starts['scorm12-decisions']!);

    const again = await host('scorm12', starts['scorm12-decisions']!, cmi);
    await again.game.click('#continue-button');
    // No "I understand" to press: the reminder is said, and the story is back at the same decision.
    await again.game.waitForSelector('.toast:has-text("deals with harm to children")');
    expect(await optionsNow(again.game)).toEqual(shown);
    expect(await again.game.locator('#acknowledge').count()).toBe(0);
  });

  it('without an LMS the package plays on and says once that progress is not recorded', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.setDefaultTimeout(HANG_MS);
    await page.goto(`${server.url}${starts['scorm12-completion']!}`);
    await page.waitForSelector('.toast:has-text("isn\'t being recorded")');
    expect(await page.locator('.toast').allTextContents()).toEqual([expect.stringContaining("isn't being recorded")]);
    const main = page.mainFrame();
    await startFirstShift(main);
    await main.click('#acknowledge');
    // While the message stays, it covers none of the controls at the foot of the window.
    await main.waitForSelector('.choice-tray button');
    expect(await page.locator('.toast').count()).toBe(1);
    expect(await coveredControls(main)).toEqual([]);
    await playToEnding(main, PATH);
  });
});
