import { describe, expect, it } from 'vitest';
import firstShift from '../fixtures/ink/warm-up.ink';
import { makeSaveRecord, parseSaveText, readSaveRecord, SAVE_VERSION } from '../../src/core/save/save-record.ts';
import { storyVersion } from '../../src/core/save/story-version.ts';
import { PlaySession } from '../../src/core/session/play-session.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { chooseByText, startSession } from '../helpers/story-fixtures.ts';

const version = storyVersion(firstShift);

function savedRecord() {
  const session = startSession(firstShift);
  chooseByText(session, 'Ask Marcus');
  session.choose(0);
  return {
    session,
    record: makeSaveRecord(
      'first-shift',
      version,
      session.snapshot(),
      1_700_000_100_000,
      { 'children-first': 'My note' },
      'Slot 1',
    ),
  };
}

describe('save records', () => {
  it('round-trip through JSON text back to the same position and notes', () => {
    const { session, record } = savedRecord();
    const parsed = parseSaveText(JSON.stringify(record));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const read = readSaveRecord(parsed.data, 'first-shift', version);
    expect(read).toMatchObject({ ok: true, storyChanged: false, migratedFrom: undefined });
    if (!read.ok) return;
    expect(read.record).toEqual(record);
    const restored = PlaySession.restore(
      { json: firstShift, principleIds: DEFAULT_CATALOGUE.ids },
      read.record.snapshot,
      new ManualClock(),
    );
    expect(restored.ok && restored.session.view()).toEqual(session.view());
  });

  it('migrates a version 1 save', () => {
    const v1 = {
      format: 'practice-paths/save',
      version: 1,
      scenario: 'first-shift',
      storyHash: version,
      choices: [0, 0],
      savedAt: 1_690_000_000_000,
    };
    const read = readSaveRecord(v1, 'first-shift', version);
    expect(read).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!read.ok) return;
    expect(read.record.version).toBe(SAVE_VERSION);
    expect(read.record.snapshot).toEqual({
      seed: 1,
      path: [0, 0],
      times: [1_690_000_000_000, 1_690_000_000_000],
      startedAt: 1_690_000_000_000,
    });
    expect(read.record.notes).toEqual({});
  });

  it('migrates a version 2 save, which had no other branches', () => {
    const { record } = savedRecord();
    const { otherBranches: _none, ...v2 } = { ...record, version: 2 };
    const read = readSaveRecord(v2, 'first-shift', version);
    expect(read).toMatchObject({ ok: true, migratedFrom: 2 });
    if (!read.ok) return;
    expect(read.record).toEqual(record);
  });

  it('keeps the other branches of a playthrough', () => {
    const { record } = savedRecord();
    const withBranch = { ...record, otherBranches: [{ seed: 1, path: [2, 0], times: [5, 6], startedAt: 1 }] };
    const read = readSaveRecord(JSON.parse(JSON.stringify(withBranch)), 'first-shift', version);
    expect(read.ok && read.record.otherBranches).toEqual(withBranch.otherBranches);
  });

  it('flags a save made against another version of the story', () => {
    const { record } = savedRecord();
    expect(readSaveRecord(record, 'first-shift', 'deadbeef')).toMatchObject({ ok: true, storyChanged: true });
  });

  const bad: [string, unknown, string, RegExp][] = [
    ['not JSON-shaped', 'hello', 'corrupt', /not an object/],
    ["another program's data", { format: 'other', version: 2 }, 'corrupt', /not a Practice Paths save/],
    ['no version', { format: 'practice-paths/save' }, 'corrupt', /version/],
    ['from the future', { format: 'practice-paths/save', version: 99 }, 'from-future', /newer Practice Paths/],
    [
      'a broken choice list',
      { ...base(), snapshot: { seed: 1, path: [0, 'x'], times: [1, 2], startedAt: 0 } },
      'corrupt',
      /list of choices/,
    ],
    [
      'mismatched times',
      { ...base(), snapshot: { seed: 1, path: [0, 1], times: [1], startedAt: 0 } },
      'corrupt',
      /times/,
    ],
    ['notes that are not text', { ...base(), notes: { a: 5 } }, 'corrupt', /notes/],
    [
      'another scenario',
      { ...base(), scenarioId: 'cassie-and-jo' },
      'wrong-scenario',
      /belongs to scenario "cassie-and-jo"/,
    ],
    [
      'a broken other branch',
      { ...base(), otherBranches: [{ seed: 1, path: [0], times: [], startedAt: 0 }] },
      'corrupt',
      /other branch/,
    ],
    [
      'a broken version 1 save',
      {
        format: 'practice-paths/save',
        version: 1,
        scenario: 'first-shift',
        storyHash: 'x',
        choices: 'nope',
        savedAt: 1,
      },
      'corrupt',
      /version 1/,
    ],
  ];
  for (const [name, data, kind, message] of bad) {
    it(`gives a typed, worded error for ${name}`, () => {
      const read = readSaveRecord(data, 'first-shift', version);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.error.kind).toBe(kind);
      expect(read.error.message).toMatch(message);
    });
  }

  it('reports text cut short as corrupt rather than throwing', () => {
    const text = JSON.stringify(savedRecord().record);
    expect(parseSaveText(text.slice(0, text.length / 2))).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
  });
});

function base() {
  return {
    format: 'practice-paths/save',
    version: 3,
    scenarioId: 'first-shift',
    storyVersion: version,
    snapshot: { seed: 1, path: [], times: [], startedAt: 0 },
    savedAt: 1,
    notes: {},
  };
}
