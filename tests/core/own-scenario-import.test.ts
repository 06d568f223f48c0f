// Opening a trainer's own scenario, as the browser does it: files given by name, entry found, compiled
// with its INCLUDEs, checked; errors block, warnings don't.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntryFile, importOwnScenario, type GivenFile } from '../../src/app/own-scenario-import.ts';
import { PRINCIPLE_IDS } from '../helpers/story-fixtures.ts';
import { PlaySession } from '../../src/core/session/play-session.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';

const given = (folder: string): GivenFile[] =>
  readdirSync(folder).map((name) => ({ name, text: readFileSync(`${folder}/${name}`, 'utf8') }));

describe('opening your own scenario', () => {
  it('finds the entry file: the one no other file INCLUDEs', () => {
    expect(findEntryFile(given('tests/fixtures/own/untagged'))).toBe('harbour.ink');
    expect(findEntryFile(given('stories/examples/bus-station'))).toBe('main.ink');
    expect(findEntryFile([{ name: 'story.json', text: '{}' }])).toBe('story.json');
    expect(findEntryFile([])).toBeUndefined();
  });

  it('compiles an example across INCLUDEd files and reports it ready, with its metadata', async () => {
    const result = await importOwnScenario(given('stories/examples/bus-station'), PRINCIPLE_IDS);
    expect(result.errors).toEqual([]);
    // The example is the authoring guide's model: its decisions cannot be guessed.
    expect(result.warnings.filter((w) => /guess/.test(w))).toEqual([]);
    expect(result.meta).toMatchObject({ id: 'bus-station', title: 'Example: the bus station café', lengthMinutes: 4 });
    expect(result.report?.exploration?.endings.size).toBe(3);
  });

  it('advises, without blocking, when the best option can be found by its place or length', async () => {
    const result = await importOwnScenario(
      [{ name: 'guessable.ink', text: readFileSync('tests/fixtures/ink/guessable.ink', 'utf8') }],
      PRINCIPLE_IDS,
    );
    expect(result.errors).toEqual([]);
    const advice = result.warnings.filter((w) => w.startsWith('Could a trainee guess the best option?'));
    expect(advice).toHaveLength(5);
    expect(advice.join(' ')).toMatch(/written first at 100% of decision points/);
  });

  it('blocks a file with a compile error, naming the file and line', async () => {
    const result = await importOwnScenario(
      [{ name: 'broken.ink', text: readFileSync('tests/fixtures/own/broken.ink', 'utf8') }],
      PRINCIPLE_IDS,
    );
    expect(result.json).toBeUndefined();
    expect(result.errors[0]).toMatch(/^broken\.ink line 5: /);
  });

  it('blocks a missing INCLUDE by name', async () => {
    const files = given('tests/fixtures/own/untagged').filter((f) => f.name !== 'harbour-boat.ink');
    const result = await importOwnScenario(files, PRINCIPLE_IDS);
    expect(result.errors.join(' ')).toMatch(/harbour-boat\.ink/);
  });

  it('lets an untagged third-party story play, with warnings only, and it plays through', async () => {
    const result = await importOwnScenario(given('tests/fixtures/own/untagged'), PRINCIPLE_IDS);
    expect(result.errors).toEqual([]);
    expect(result.warnings.join(' ')).toMatch(/no principle tags/);
    const started = PlaySession.start({ json: result.json!, principleIds: DEFAULT_CATALOGUE.ids }, new ManualClock());
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const session = started.session;
    for (const prefix of [
      'Buy something',
      'A lamp',
      'Walk into town',
      'Go back to the quay',
      'Wait for the tide',
      'Look for a boat',
      'Light the lamp',
    ]) {
      const index = session.view().options.findIndex((o) => o.text.startsWith(prefix));
      expect(
        index,
        `${prefix} in ${session
          .view()
          .options.map((o) => o.text)
          .join(' | ')}`,
      ).toBeGreaterThanOrEqual(0);
      session.choose(index);
    }
    expect(session.view().ended).toBe(true);
    expect(session.view().transcript.at(-1)?.text).toBe('The end.');
  });

  it('accepts compiled ink JSON', async () => {
    const compiled = await importOwnScenario(given('stories/examples/bus-station'), PRINCIPLE_IDS);
    const result = await importOwnScenario([{ name: 'bus-station.json', text: compiled.json! }], PRINCIPLE_IDS);
    expect(result.errors).toEqual([]);
    expect(result.meta?.title).toBe('Example: the bus station café');
    const broken = await importOwnScenario([{ name: 'x.json', text: '{"inkVersion": 1' }], PRINCIPLE_IDS);
    expect(broken.errors[0]).toMatch(/could not be loaded/);
  });
});
