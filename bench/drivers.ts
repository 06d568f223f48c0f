// How the benchmark plays each side: the game through its real UI (title, content notice, play) and
// the bare ink player, which shows the first choice straight away. One "load run" per fresh browser context.
import type { Browser, Page } from 'playwright-core';
import {
  benchState,
  bytesBefore,
  heapAfterGc,
  measureIdle,
  openBenchPage,
  settle,
  type BenchState,
  type ByteTable,
  type IdleFigures,
} from './browser.ts';

export const GAME_SELECTORS = {
  firstScreen: '#start-case-study',
  title: '.title-screen h1',
  notice: '#acknowledge',
  storyText: '.play-panel .transcript p',
  choices: '.choices button',
};

export const BARE_SELECTORS = {
  storyText: '#story p',
  choices: '.choices button',
};

export interface LoadRun {
  /** Navigation start → first screen a person can act on painted (the game: the title; bare: the first choice). */
  readonly firstScreenMs: number;
  /** Navigation start → first choice of Cassie and Jo painted, scripted by the benchmark (includes automation round trips). */
  readonly firstChoiceScriptedMs: number;
  /** First screen + the game's own response time at each step (event → next screen painted): a person who acts instantly. */
  readonly firstChoiceMachineMs: number;
  /** Acknowledge clicked → first story text painted (story chunk loaded, runtime started, first step rendered). */
  readonly engineToTextMs: number;
  /** engineToText + (Space pressed → choices painted): the game's own time, without the automation's reaction time. */
  readonly engineToChoiceMs: number;
  readonly steps: readonly { readonly step: string; readonly ms: number }[];
  readonly bytes: ByteTable;
  readonly files: readonly { url: string; kind: string; raw: number; gzip: number }[];
  readonly idle: IdleFigures;
  readonly heapAtChoice: number;
  readonly errors: readonly string[];
}

/**
 * Wait for a selector without taking an element handle: a handle keeps its element (and the detached screen
 * around it) alive through the DevTools protocol, which would show up as a leak in the heap figures.
 */
export async function waitFor(page: Page, selector: string, options: { timeout?: number } = {}): Promise<void> {
  await page
    .locator(selector)
    .first()
    .waitFor({ state: 'attached', ...options });
}

const lastEvent = (state: BenchState, type: string, match: (target: string, key: string) => boolean): number => {
  const event = [...state.events].reverse().find((e) => e.type === type && match(e.target, e.key));
  return event?.t ?? Number.NaN;
};

function painted(state: BenchState, name: string): number {
  return state.seen[name]?.painted ?? Number.NaN;
}

export async function gameLoadRun(
  browser: Browser,
  url: string,
  outDir: string,
  storyFiles: ReadonlySet<string>,
  idleSeconds: number,
): Promise<LoadRun> {
  const bench = await openBenchPage(browser, GAME_SELECTORS);
  const { page } = bench;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitFor(page, GAME_SELECTORS.firstScreen);
    await page.click(GAME_SELECTORS.firstScreen);
    await page.click(GAME_SELECTORS.notice);
    await waitFor(page, GAME_SELECTORS.storyText);
    await page.keyboard.press('Space');
    await waitFor(page, GAME_SELECTORS.choices);
    await page.waitForFunction(
      () => typeof (window as unknown as { __bench: BenchState }).__bench.seen.choices?.painted === 'number',
    );
    const state = await benchState(page);
    const choiceAt = painted(state, 'choices');
    const { table, files } = await bytesBefore(page, choiceAt, outDir, storyFiles);
    const steps = [
      { step: 'navigation → title painted', ms: painted(state, 'firstScreen') },
      {
        step: '"Cassie and Jo" → content notice painted',
        ms: painted(state, 'notice') - lastEvent(state, 'click', (t) => t === 'start-case-study'),
      },
      {
        step: 'acknowledge → first story text painted',
        ms: painted(state, 'storyText') - lastEvent(state, 'click', (t) => t === 'acknowledge'),
      },
      {
        step: 'Space → choices painted',
        ms: painted(state, 'choices') - lastEvent(state, 'keydown', (_t, k) => k === ' '),
      },
    ];
    const ack = lastEvent(state, 'click', (t) => t === 'acknowledge');
    // The backdrop (Phaser) arrives after the first screen; let its fades and texture loads finish first.
    await waitFor(page, '#backdrop canvas', { timeout: 20_000 }).catch(() => undefined);
    await settle(page);
    const idle = await measureIdle(bench, idleSeconds);
    const heapAtChoice = await heapAfterGc(bench.cdp);
    return {
      firstScreenMs: painted(state, 'firstScreen'),
      firstChoiceScriptedMs: choiceAt,
      firstChoiceMachineMs: steps.reduce((sum, s) => sum + s.ms, 0),
      engineToTextMs: painted(state, 'storyText') - ack,
      engineToChoiceMs: steps[2]!.ms + steps[3]!.ms,
      steps,
      bytes: table,
      files,
      idle,
      heapAtChoice,
      errors: [...bench.errors],
    };
  } finally {
    await bench.context.close();
  }
}

export async function bareLoadRun(
  browser: Browser,
  url: string,
  outDir: string,
  storyFiles: ReadonlySet<string>,
  idleSeconds: number,
): Promise<LoadRun> {
  const bench = await openBenchPage(browser, BARE_SELECTORS);
  const { page } = bench;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitFor(page, BARE_SELECTORS.choices);
    await page.waitForFunction(
      () => typeof (window as unknown as { __bench: BenchState }).__bench.seen.choices?.painted === 'number',
    );
    const state = await benchState(page);
    const choiceAt = painted(state, 'choices');
    const { table, files } = await bytesBefore(page, choiceAt, outDir, storyFiles);
    await settle(page);
    const idle = await measureIdle(bench, idleSeconds);
    const heapAtChoice = await heapAfterGc(bench.cdp);
    const starts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime })),
    );
    const timeOfStart =
      starts.find((e) => storyFiles.has(e.name.slice(e.name.lastIndexOf('/') + 1)))?.startTime ?? Number.NaN;
    return {
      firstScreenMs: choiceAt,
      firstChoiceScriptedMs: choiceAt,
      firstChoiceMachineMs: choiceAt,
      // The bare player has no notice to acknowledge: from the moment it asks for the story chunk.
      engineToTextMs: painted(state, 'storyText') - timeOfStart,
      engineToChoiceMs: choiceAt - timeOfStart,
      steps: [{ step: 'navigation → first choice painted', ms: choiceAt }],
      bytes: table,
      files,
      idle,
      heapAtChoice,
      errors: [...bench.errors],
    };
  } finally {
    await bench.context.close();
  }
}

export interface SoakRun {
  readonly playthroughs: number;
  /** Heap after GC at the title screen (game) / a new first choice (bare) after n playthroughs. */
  readonly heapAfter: readonly { readonly n: number; readonly bytes: number }[];
  readonly seconds: number;
  readonly errors: readonly string[];
}

/**
 * The game: `count` playthroughs of the short first-shift scenario, back to the title each time. Options are
 * taken with number keys and Space; buttons are pressed with DOM clicks (their real handlers) rather than
 * playwright's clicks, which wait for a still frame. Reduced motion is on, as in the browser tests: with
 * software WebGL every faded frame costs ~40 ms of read-back (see the report), and fifty playthroughs with
 * fades take minutes; the backdrop still changes place and speaker art at every step.
 */
export async function gameSoak(
  browser: Browser,
  url: string,
  count: number,
  checkpoints: ReadonlySet<number>,
): Promise<SoakRun> {
  const bench = await openBenchPage(browser, {});
  const { page } = bench;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const started = performance.now();
  const heapAfter: { n: number; bytes: number }[] = [];
  try {
    await page.goto(url);
    await waitFor(page, GAME_SELECTORS.title);
    await waitFor(page, '#backdrop canvas', { timeout: 20_000 }).catch(() => undefined);
    for (let n = 1; n <= count; n++) {
      await playFirstShift(page, n);
      if (checkpoints.has(n)) {
        await settle(page, 500, 4000);
        heapAfter.push({ n, bytes: await heapAfterGc(bench.cdp) });
      }
    }
    return { playthroughs: count, heapAfter, seconds: (performance.now() - started) / 1000, errors: [...bench.errors] };
  } finally {
    await bench.context.close();
  }
}

async function press(page: Page, selector: string): Promise<void> {
  await waitFor(page, selector);
  await page.evaluate((s) => {
    const element = document.querySelector<HTMLElement>(s);
    if (!element) throw new Error(`Nothing matches ${s}`);
    element.click();
  }, selector);
}

export async function playFirstShift(page: Page, n: number): Promise<void> {
  await press(page, '#choose-scenario');
  await press(page, '[data-start="first-shift"]');
  await press(page, '#acknowledge');
  await waitFor(page, '.play-panel');
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press('Space');
    await waitFor(page, '.choices button, #see-summary');
    const count = await page.locator('.choices button').count();
    if (count === 0) break;
    // Vary the path from one playthrough to the next.
    await page.keyboard.press(String(((n + step) % count) + 1));
  }
  await press(page, '#see-summary');
  await waitFor(page, '.debrief');
  await page.evaluate(() => {
    const back = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Back to title');
    if (!back) throw new Error('No "Back to title" button on the debrief.');
    back.click();
  });
  await waitFor(page, GAME_SELECTORS.title);
}

/** The bare player: `count` playthroughs of Cassie and Jo, clicking its buttons, "Play again" each time. */
export async function bareSoak(
  browser: Browser,
  url: string,
  count: number,
  checkpoints: ReadonlySet<number>,
): Promise<SoakRun> {
  const bench = await openBenchPage(browser, {});
  const { page } = bench;
  const started = performance.now();
  const heapAfter: { n: number; bytes: number }[] = [];
  try {
    await page.goto(url);
    await waitFor(page, BARE_SELECTORS.choices);
    for (let n = 1; n <= count; n++) {
      await page.evaluate(async (seed) => {
        let step = 0;
        for (
          let buttons = document.querySelectorAll<HTMLButtonElement>('.choices button');
          buttons.length > 0;
          buttons = document.querySelectorAll('.choices button')
        ) {
          buttons[(seed + step++) % buttons.length]!.click();
        }
        document.getElementById('again')?.click();
        while (!document.querySelector('.choices button')) await new Promise((done) => setTimeout(done, 1));
      }, n);
      if (checkpoints.has(n)) heapAfter.push({ n, bytes: await heapAfterGc(bench.cdp) });
    }
    return { playthroughs: count, heapAfter, seconds: (performance.now() - started) / 1000, errors: [...bench.errors] };
  } finally {
    await bench.context.close();
  }
}
