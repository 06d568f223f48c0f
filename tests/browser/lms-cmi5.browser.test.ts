// The cmi5 package in a learning platform: a local LMS and learning record store (test-lrs.ts) launches the
// package's page with the cmi5 launch parameters; the learner plays first-shift to its ending. The store gets
// launched (from the LMS), initialized, completed and terminated with the registration, the session id and the
// cmi5 category; decisions and the principle profile only from a package built with --decisions; and a store
// that fails or never answers leaves play going, with one calm message.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeBookmark } from '../../src/core/lms/suspend-data.ts';
import { serveFolder, type StaticServer } from '../../tools/static-server.ts';
import { ensureProfile, HANG_MS, launch, playByKeys, showAllByKey } from './harness.ts';
import { AU_ID, CMI5_CATEGORY, SESSION_EXTENSION, startTestLrs, type Statement, type TestLrs } from './test-lrs.ts';

const VERB = (name: string): string => `http://adlnet.gov/expapi/verbs/${name}`;
const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const PROFILE = 'urn:practice-paths:xapi:principle-profile';
const NOT_RECORDING = 'could not be reached';

let browser: Browser;
let lrs: TestLrs;
let work: string;
const packages: Record<'completion' | 'decisions', StaticServer> = {} as never;

/** Packs the run's single-file page (built once for all browser tests) as a cmi5 package, with or without decisions. */
function buildPackage(name: string, single: string, extra: readonly string[]): string {
  const out = join(work, name);
  const args = ['--scenarios', 'first-shift', '--lrs-origin', lrs.origin, '--page', single, '--out', out, ...extra];
  execFileSync(process.execPath, ['--import', 'tsx', 'tools/build-lms.ts', ...args], { stdio: 'pipe' });
  const folder = join(out, 'unzipped');
  mkdirSync(folder);
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(out, 'practice-paths-cmi5.zip')))))
    writeFileSync(join(folder, path), bytes);
  return folder;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'practice-paths-cmi5-'));
  lrs = await startTestLrs();
  const single = inject('singleFile');
  packages.completion = await serveFolder(buildPackage('completion', single, []));
  packages.decisions = await serveFolder(buildPackage('decisions', single, ['--decisions']));
  browser = await launch();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await packages.completion?.close();
  await packages.decisions?.close();
  await lrs?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Wait (for a condition, never a fixed time) until the store holds a statement with this verb. */
async function until(registration: string, verb: string): Promise<void> {
  await expect
    .poll(() => lrs.statements.some((s) => s.context?.registration === registration && s.verb.id === VERB(verb)), {
      timeout: HANG_MS,
      interval: 50,
    })
    .toBe(true);
}

/** Launches the package as the LMS would and plays first-shift to its ending; counts the toasts shown. */
async function playLaunched(
  kind: keyof typeof packages,
): Promise<{ page: Page; registration: string; sessionId: string }> {
  const { url, registration, sessionId } = lrs.launch(new URL('practice-paths.html', packages[kind].url).href);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(HANG_MS);
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { toastsSeen: seen });
    new MutationObserver((changes) => {
      for (const node of changes.flatMap((c) => [...c.addedNodes]))
        if (node instanceof HTMLElement && node.classList.contains('toast')) seen.push(node.textContent ?? '');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await ensureProfile(page);
  await page.click('text=Choose a scenario');
  await page.click('[data-start="first-shift"]');
  await page.click('#acknowledge');
  await playByKeys(page, ['Ask Dean', 'Offer him a game', 'Record what you saw']);
  await showAllByKey(page);
  await page.waitForSelector('#see-summary');
  return { page, registration, sessionId };
}

const toastsSeen = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { toastsSeen: string[] }).toastsSeen);

/** The statements of one registration, and the checks every statement the AU sent must pass. */
function sentFor(registration: string, sessionId: string): Statement[] {
  const sent = lrs.statements.filter((s) => s.context?.registration === registration);
  for (const statement of sent) {
    expect(statement.context?.extensions?.[SESSION_EXTENSION]).toBe(sessionId);
    expect(statement.object.id.startsWith(AU_ID)).toBe(true);
  }
  return sent;
}

function expectDefinedStatementsValid(sent: readonly Statement[]): void {
  for (const s of sent.filter((s) => s.verb.id !== VERB('answered') && s.verb.id !== VERB('launched'))) {
    expect(s.object.id).toBe(AU_ID);
    expect(s.context?.contextActivities?.category?.map((c) => c.id)).toContain(CMI5_CATEGORY);
  }
  const completed = sent.find((s) => s.verb.id === VERB('completed'))!;
  expect(completed.result?.completion).toBe(true);
  expect(completed.result?.score).toBeUndefined();
  expect(completed.result?.success).toBeUndefined();
  expect(completed.context?.contextActivities?.category?.map((c) => c.id)).toContain(MOVE_ON_CATEGORY);
}

describe('a cmi5 package', () => {
  it('reports launched, initialized, completed and terminated, and no decision, when built for completion only', async () => {
    const { page, registration, sessionId } = await playLaunched('completion');
    await until(registration, 'completed');
    await page.goto('about:blank'); // the learner closes the AU: terminated goes as the page goes
    await until(registration, 'terminated');
    const sent = sentFor(registration, sessionId);
    expect(sent.map((s) => s.verb.id)).toEqual(['launched', 'initialized', 'completed', 'terminated'].map(VERB));
    expectDefinedStatementsValid(sent);
    expect(sent.find((s) => s.verb.id === VERB('completed'))!.result?.extensions?.[PROFILE]).toBeUndefined();
    await page.context().close();
  });

  it('reports each decision with the option chosen and its principles, and the profile, when built with --decisions', async () => {
    const { page, registration, sessionId } = await playLaunched('decisions');
    await until(registration, 'completed');
    await page.goto('about:blank');
    await until(registration, 'terminated');
    const sent = sentFor(registration, sessionId);
    const verbs = sent.map((s) => s.verb.id);
    expect(verbs).toEqual(
      ['launched', 'initialized', 'answered', 'answered', 'answered', 'completed', 'terminated'].map(VERB),
    );
    expectDefinedStatementsValid(sent);
    const answered = sent.filter((s) => s.verb.id === VERB('answered'));
    for (const decision of answered) {
      expect(decision.object.id).toMatch(new RegExp(`^${AU_ID}/scenario/first-shift/decision/.+`));
      expect(decision.object.definition?.interactionType).toBe('choice');
      expect(decision.result?.response).toMatch(/\S/);
      expect(decision.result).not.toHaveProperty('success');
      const extensions = decision.context!.extensions!;
      expect(Array.isArray(extensions['urn:practice-paths:xapi:principles-supported'])).toBe(true);
      expect(decision.context?.contextActivities?.category ?? []).not.toContainEqual(
        expect.objectContaining({ id: CMI5_CATEGORY }),
      );
    }
    expect(new Set(answered.map((d) => d.object.id)).size).toBe(3);
    const profile = sent.find((s) => s.verb.id === VERB('completed'))!.result?.extensions?.[PROFILE];
    expect(profile).toEqual(expect.arrayContaining([expect.objectContaining({ principle: expect.any(String) })]));
    // The learner's place is kept for the registration in the State API, for resuming on another computer.
    expect(decodeBookmark(lrs.states.get(`${registration}|urn:practice-paths:state:bookmark`))?.scenarioId).toBe(
      'first-shift',
    );
    await page.context().close();
  });

  for (const mood of ['failing', 'silent'] as const) {
    it(`plays on to the ending with one calm message when the record store is ${mood}`, async () => {
      lrs.mood = mood;
      try {
        const { page, registration, sessionId } = await playLaunched('decisions');
        await expect
          .poll(() => toastsSeen(page), { timeout: HANG_MS })
          .toContainEqual(expect.stringContaining(NOT_RECORDING));
        expect((await toastsSeen(page)).filter((t) => t.includes(NOT_RECORDING))).toHaveLength(1);
        expect(sentFor(registration, sessionId).map((s) => s.verb.id)).toEqual([VERB('launched')]);
        await page.context().close();
      } finally {
        lrs.mood = 'answering';
      }
    });
  }
});
