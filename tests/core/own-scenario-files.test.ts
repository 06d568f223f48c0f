// What a trainer's files are, said before compiling: not ink (a picture renamed .ink), empty, larger than the
// stated limit; a .txt gets its own name as a heading; a loop after a choice names the option that leads to it.
// And the check counts work, not time: the guessability walks take the step budget too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_OWN_SCENARIO_BYTES, screenFileSizes } from '../../src/app/own-scenario-files.ts';
import { importOwnScenario, isBlocked } from '../../src/app/own-scenario-import.ts';
import { exploreStory, exploreStorySteps } from '../../src/core/checker/story-explorer.ts';
import { walkPolicy } from '../../src/core/scoring/guessability.ts';
import { PRINCIPLE_IDS, compileFile } from '../helpers/story-fixtures.ts';

/** The first bytes of a real PNG (signature and header chunk), as a browser's File.text() would decode them. */
const PNG_AS_TEXT = new TextDecoder()
  .decode(
    new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01,
      0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66,
    ]),
  )
  .repeat(50);

const ids = new Set(PRINCIPLE_IDS);

describe('own scenario files, before compiling', () => {
  it('says a picture renamed .ink is not an ink file, instead of listing tag errors', async () => {
    const result = await importOwnScenario([{ name: 'photo.ink', text: PNG_AS_TEXT }], PRINCIPLE_IDS);
    expect(result.fileProblems).toEqual([{ kind: 'not-ink', name: 'photo.ink' }]);
    expect(result.errors).toEqual([]);
    expect(result.report).toBeUndefined();
    expect(isBlocked(result)).toBe(true);
  });

  it('says an empty file is empty, and does not call it playable', async () => {
    const result = await importOwnScenario([{ name: 'story.ink', text: '  \n\n' }], PRINCIPLE_IDS);
    expect(result.fileProblems).toEqual([{ kind: 'empty', name: 'story.ink' }]);
    expect(isBlocked(result)).toBe(true);
  });

  it('refuses files past the stated limit from their size alone, before reading them', () => {
    expect(screenFileSizes([{ name: 'huge.txt', size: 20 * 1024 * 1024 }])).toEqual([
      { kind: 'too-large', name: 'huge.txt', bytes: 20 * 1024 * 1024, limit: MAX_OWN_SCENARIO_BYTES },
    ]);
    expect(screenFileSizes([{ name: 'photo.png', size: 1000 }])).toEqual([{ kind: 'not-ink', name: 'photo.png' }]);
    expect(screenFileSizes([{ name: 'main.ink', size: 1000 }])).toEqual([]);
  });

  it('reads a .txt as ink source and heads it with its own name', async () => {
    const text = 'Hello.\n* [Wait # aside]\n- Bye. # ending: bye\n-> END\n';
    const result = await importOwnScenario([{ name: 'my-story.txt', text }], PRINCIPLE_IDS);
    expect(result.title).toBe('my-story');
    expect(isBlocked(result)).toBe(false);
  });

  it('names the option that leads to a loop without end', async () => {
    const text = readFileSync('tests/fixtures/ink/step-budget.ink', 'utf8');
    const result = await importOwnScenario([{ name: 'loops.ink', text }], PRINCIPLE_IDS);
    const loop = result.pathErrors.find((p) => p.kind === 'loop');
    expect(loop?.path.at(-1)).toMatch(/for ever/);
  });
});

describe('checking by counted work', () => {
  it('walks a policy within the step budget it is given', () => {
    const json = compileFile('tests/fixtures/ink/step-budget.ink');
    expect(walkPolicy(json, ids, 'first').ending).toBe('stopped');
    // Counting to 300 takes more than 100 ink steps: with that budget the walk stops before any ending.
    expect(walkPolicy(json, ids, 'first', 1, 100).ending).toBeUndefined();
  });

  it('explores one path at a time with progress, to the same result as in one go', () => {
    const json = compileFile('stories/examples/bus-station/main.ink');
    const steps = exploreStorySteps(json, ids);
    const seen: number[] = [];
    let next = steps.next();
    while (!next.done) {
      seen.push(next.value.paths);
      next = steps.next();
    }
    const once = exploreStory(json, ids);
    expect(seen.length).toBeGreaterThan(0);
    expect(next.value.paths).toBe(once.paths);
    expect([...next.value.options.keys()]).toEqual([...once.options.keys()]);
    expect([...next.value.endings]).toEqual([...once.endings]);
  });
});
