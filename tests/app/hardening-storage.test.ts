// Stored records that cannot be read, of every kind: a profile list, a history, a slot, the settings. Each is set
// aside (kept, never deleted) and reported; a corrupt profile list is rebuilt from the saves' profile ids so every
// save stays reachable. A backup is checked record by record, says what it would replace, and writes only then.
import { describe, expect, it } from 'vitest';
import { DeviceData } from '../../src/app/device-data.ts';
import { cleanProfileName } from '../../src/app/profiles.ts';
import { PlayerProgress } from '../../src/app/player-progress.ts';
import { SaveManager } from '../../src/app/save-manager.ts';
import type { SetAsideNotice } from '../../src/app/storage-reports.ts';
import { makeSaveRecord } from '../../src/core/save/save-record.ts';
import { problemWords } from '../../src/ui/screens/backup-import.ts';
import { enGB } from '../../src/ui/i18n/en-gb/index.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';
import { keysOf, loadPlayback, scenarioOf, twoRoads } from './app-world.ts';

async function autosave(at = 5) {
  const playback = await loadPlayback();
  const started = playback.start(7);
  if (!started.ok) throw new Error(started.error);
  return makeSaveRecord('two-roads', playback.version, started.session.snapshot(), at, {});
}

function device(store = new MemorySaveStore()) {
  const notices: SetAsideNotice[] = [];
  const clock = new ManualClock();
  const data = new DeviceData(
    store,
    clock,
    [scenarioOf(twoRoads)],
    () => undefined,
    (n) => void notices.push(n),
  );
  const saves = new SaveManager(store, clock, (n) => void notices.push(n));
  return { store, data, saves, notices };
}

const setAsideOf = (store: MemorySaveStore, key: string) =>
  [...store.data].find(([k]) => k.startsWith('set-aside:') && k.endsWith(`:${key}`))?.[1];

const backup = (entries: Record<string, unknown>) =>
  JSON.stringify({ format: 'practice-paths/backup', version: 1, exportedAt: '2026-11-29T00:00:00Z', entries });

describe('a profile list that cannot be read', () => {
  for (const [name, garbage, names] of [
    ['a string', 'garbage', ['Recovered 1', 'Recovered 2']],
    ['profiles that are not a list', { profiles: 'Sam', currentId: 'p1' }, ['Recovered 1', 'Recovered 2']],
    [
      'an entry without a name',
      { profiles: [{ id: 'pa', name: 'Sam', createdAt: 1 }, { id: 'pb' }] },
      ['Sam', 'Recovered 2'],
    ],
  ] as const) {
    it(`(${name}) is set aside, said, and rebuilt from the saves so every save is reachable`, async () => {
      const { store, data, notices } = device();
      await store.set('profile:pa:autosave:two-roads', await autosave(5));
      await store.set('profile:pb:slot:2', await autosave(6));
      await store.set('device:profiles', garbage);
      await data.load(undefined, { recoveredName: (n) => `Recovered ${n}` });
      expect(setAsideOf(store, 'device:profiles')).toMatchObject({ key: 'device:profiles', data: garbage });
      expect(notices).toEqual([{ record: 'profile-list', rebuiltProfiles: 2 }]);
      expect(data.profiles.profiles.map((p) => [p.id, p.name])).toEqual([
        ['pa', names[0]],
        ['pb', names[1]],
      ]);
      // The rebuilt list is what is stored now, so adding a profile no longer orphans anyone.
      expect(await store.get('device:profiles')).toEqual(data.profiles);
      const saves = new SaveManager(store, new ManualClock());
      for (const id of ['pa', 'pb']) {
        await data.selectProfile(id);
        const progress = new PlayerProgress(saves, () => data.profiles.currentId);
        const [mine] = await progress.byScenario([scenarioOf(twoRoads)]);
        expect((mine?.inProgress ?? false) || (mine?.slots.length ?? 0) > 0).toBe(true);
      }
    });
  }

  it('keeps the names of the profiles still readable in it', async () => {
    const { store, data } = device();
    await store.set('device:profiles', { profiles: [{ id: 'pa', name: 'Sam', createdAt: 1 }, 42] });
    await data.load();
    expect(data.profiles.profiles).toEqual([{ id: 'pa', name: 'Sam', createdAt: 1 }]);
  });

  it('is left where it was when storage refuses to set it aside', async () => {
    const { store, data } = device();
    await store.set('device:profiles', 'garbage');
    store.failure = 'full';
    store.failWritesOnly = true;
    await data.load();
    expect(await store.get('device:profiles')).toBe('garbage');
  });
});

describe('other records that cannot be read', () => {
  it('sets aside a history that is not a list, says so, and the next finish starts a new one', async () => {
    const { store, saves, notices } = device();
    await store.set('profile:p1:history', { not: 'a list' });
    expect(await saves.finished('p1')).toEqual([]);
    expect(notices).toEqual([{ record: 'history' }]);
    expect(setAsideOf(store, 'profile:p1:history')).toMatchObject({ data: { not: 'a list' } });
    expect(keysOf(store)).not.toContain('profile:p1:history');
  });

  it('sets aside a slot holding a number instead of hiding it until it is overwritten', async () => {
    const { store, saves, notices } = device();
    await store.set('profile:p1:slot:1', 7);
    expect((await saves.listSlots('p1'))[0]).toBeUndefined();
    expect(notices).toEqual([{ record: 'slot', slot: 1 }]);
    expect(setAsideOf(store, 'profile:p1:slot:1')).toMatchObject({ data: 7 });
    await saves.writeSlot('p1', 1, await autosave());
    expect(setAsideOf(store, 'profile:p1:slot:1')).toMatchObject({ data: 7 });
  });

  it('sets aside settings that are not settings, and plays on with the defaults', async () => {
    const { store, data, notices } = device();
    await store.set('device:settings', [1, 2, 3]);
    await data.load();
    expect(notices).toEqual([{ record: 'settings' }]);
    expect(data.settings().textSpeed).toBe('normal');
    expect(setAsideOf(store, 'device:settings')).toMatchObject({ data: [1, 2, 3] });
  });

  it('takes text-direction overrides and controls out of a typed name', () => {
    expect(cleanProfileName('Sam\u202Egnp.exe')).toBe('Samgnp.exe');
    expect(cleanProfileName('\u2067\u0633\u0627\u0645\u2069\u0007')).toBe('\u0633\u0627\u0645');
  });
});

describe('importing a backup', () => {
  const words = enGB.storageCare;

  it('refuses a garbage profile list, with a message naming it', async () => {
    const { data } = device();
    const checked = await data.checkImport(backup({ 'device:profiles': { profiles: 'nope' } }));
    expect(checked).toEqual({
      ok: false,
      problem: { kind: 'unreadable-entry', key: 'device:profiles', record: 'profile-list' },
    });
    if (checked.ok) return;
    expect(problemWords(words, checked.problem)).toBe(
      'The backup was refused: the profile list in it ("device:profiles") cannot be read.',
    );
  });

  it('refuses a 3,000-character profile name and a broken own scenario, and accepts a sound one', async () => {
    const { data } = device();
    const long = { profiles: [{ id: 'pa', name: 'x'.repeat(3000), createdAt: 1 }], currentId: 'pa' };
    expect(await data.checkImport(backup({ 'device:profiles': long }))).toMatchObject({
      ok: false,
      problem: { record: 'profile-list' },
    });
    const sound = { id: 'own-a', title: 'A', summary: '', json: twoRoads, files: ['a.ink'], addedAt: 1 };
    const broken = { ...sound, id: 'own-b', json: 'this is not ink' };
    expect(await data.checkImport(backup({ 'device:own-scenarios': [sound, broken] }))).toEqual({
      ok: false,
      problem: { kind: 'unreadable-entry', key: 'device:own-scenarios', record: 'own-scenarios' },
    });
    expect(await data.checkImport(backup({ 'device:own-scenarios': [sound] }))).toMatchObject({ ok: true });
    expect(await data.checkImport(backup({ 'profile:pa:history': 5 }))).toMatchObject({
      ok: false,
      problem: { record: 'history' },
    });
  });

  it('says what it would replace, writes nothing until applied, and keeps local profiles listed', async () => {
    const { store, data } = device();
    await data.addProfile('Local');
    const local = data.profiles.profiles[0]!;
    await store.set(`profile:${local.id}:autosave:two-roads`, await autosave(5));
    const before = Object.fromEntries(store.data);
    const checked = await data.checkImport(
      backup({
        'device:profiles': { profiles: [{ id: 'pz', name: 'Zed', createdAt: 2 }], currentId: 'pz' },
        [`profile:${local.id}:autosave:two-roads`]: await autosave(99),
        'profile:pz:slot:1': await autosave(7),
      }),
    );
    if (!checked.ok) throw new Error(checked.problem.kind);
    expect(checked.preview).toMatchObject({
      total: 3,
      added: 1,
      replaced: [
        { record: 'profile-list', count: 1 },
        { record: 'autosave', count: 1 },
      ],
    });
    expect(Object.fromEntries(store.data)).toEqual(before);
    expect(await data.applyImport(checked.preview)).toEqual({ ok: true });
    expect(data.profiles.profiles.map((p) => p.name)).toEqual(['Zed', 'Local']);
    expect(words.replacedRecords.autosave(1)).toBe('1 save of a playthrough');
  });
});
