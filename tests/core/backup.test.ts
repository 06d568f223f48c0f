import { describe, expect, it } from 'vitest';
import firstShift from '../fixtures/ink/warm-up.ink';
import { checkBackup, deleteAll, exportAll, importAll } from '../../src/app/backup.ts';
import { makeSaveRecord } from '../../src/core/save/save-record.ts';
import { storyVersion } from '../../src/core/save/story-version.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';
import { startSession } from '../helpers/story-fixtures.ts';

async function filledStore(): Promise<MemorySaveStore> {
  const store = new MemorySaveStore();
  const session = startSession(firstShift);
  session.choose(0);
  await store.set('device:profiles', { profiles: [{ id: 'p1', name: 'Sam', createdAt: 1 }], currentId: 'p1' });
  await store.set(
    'profile:p1:autosave:first-shift',
    makeSaveRecord('first-shift', storyVersion(firstShift), session.snapshot(), 5, { 'children-first': 'A note' }),
  );
  await store.set('profile:p1:history', []);
  return store;
}

describe('backup of all data', () => {
  it('exports every entry and imports it into an empty device unchanged', async () => {
    const store = await filledStore();
    const file = await exportAll(store, Date.UTC(2026, 10, 23));
    const text = JSON.stringify(file);
    const checked = checkBackup(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const other = new MemorySaveStore();
    await importAll(other, checked.entries);
    expect(Object.fromEntries(other.data)).toEqual(Object.fromEntries(store.data));
  });

  const bad: [string, string, object][] = [
    ['not JSON', '{nope', { kind: 'not-json' }],
    ['another kind of file', '{"format":"something-else"}', { kind: 'not-backup' }],
    [
      'a future version',
      '{"format":"practice-paths/backup","version":9,"entries":{}}',
      { kind: 'wrong-version', version: '9' },
    ],
    [
      'an unknown key',
      '{"format":"practice-paths/backup","version":1,"entries":{"evil":1}}',
      { kind: 'unknown-entry', key: 'evil' },
    ],
    [
      'a broken save inside',
      '{"format":"practice-paths/backup","version":1,"entries":{"profile:p1:autosave:first-shift":{"format":"practice-paths/save","version":3}}}',
      { kind: 'unreadable-entry', key: 'profile:p1:autosave:first-shift', record: 'autosave' },
    ],
  ];
  for (const [name, text, problem] of bad) {
    it(`refuses ${name}, saying why`, async () => {
      const checked = checkBackup(text);
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.problem).toMatchObject(problem);
    });
  }

  it('deletes everything when asked', async () => {
    const store = await filledStore();
    await deleteAll(store);
    expect(await store.keys()).toEqual([]);
  });
});
