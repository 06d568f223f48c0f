// Device data with in-memory storage: settings, profiles, trainers' own scenarios and the backup of
// everything, each write ending in one StorageOutcome, each refusal reported once to the view.
import { describe, expect, it } from 'vitest';
import { DeviceData } from '../../src/app/device-data.ts';
import { StorageReports } from '../../src/app/storage-reports.ts';
import type { StorageOutcome } from '../../src/app/storage-outcome.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';
import { keysOf, scenarioOf, twoRoads } from './app-world.ts';

function device(store = new MemorySaveStore()) {
  const outcomes: StorageOutcome[] = [];
  const data = new DeviceData(store, new ManualClock(), [scenarioOf(twoRoads)], (o) => void outcomes.push(o));
  return { store, data, outcomes };
}

describe('device data', () => {
  it('starts from defaults on an empty device, and with everything kept on a used one', async () => {
    const { data, store } = device();
    await data.load();
    expect(data.settings().textSpeed).toBe('normal');
    expect(data.profiles).toEqual({ profiles: [], currentId: undefined });
    expect(data.profileId()).toBe('guest');
    await data.updateSettings({ textSpeed: 'fast' });
    await data.addProfile('Sam');
    const again = device(store).data;
    const progress: number[] = [];
    await again.load((f) => progress.push(f));
    expect(progress).toEqual([0.5, 1]);
    expect(again.settings().textSpeed).toBe('fast');
    expect(again.profileName()).toBe('Sam');
  });

  it('adds, selects and removes profiles; a name that cannot be used comes back as a message', async () => {
    const { data } = device();
    expect(await data.addProfile('  ')).toEqual({ ok: false, error: expect.stringMatching(/type a name/) });
    expect(await data.addProfile('Sam')).toEqual({ ok: true });
    expect(await data.addProfile('sam')).toEqual({ ok: false, error: 'There is already a profile called "sam".' });
    await data.addProfile('Ali');
    expect(data.profileName()).toBe('Ali');
    const sam = data.profiles.profiles[0]!;
    expect(await data.selectProfile(sam.id)).toEqual({ ok: true });
    expect(data.profileId()).toBe(sam.id);
    await data.removeProfile(sam.id);
    expect(data.profiles.profiles.map((p) => p.name)).toEqual(['Ali']);
  });

  it('applies a setting at once even when storage refuses, and says settings will not be kept', async () => {
    const { data, store, outcomes } = device();
    store.failure = 'full';
    const outcome = await data.updateSettings({ highContrast: true });
    expect(outcome).toMatchObject({ ok: false, failure: 'full' });
    expect(data.settings().highContrast).toBe(true);
    expect(outcomes.at(-1)).toMatchObject({
      ok: false,
      message: 'Settings could not be saved on this device; they apply until you close the page.',
    });
  });

  it("keeps a trainer's scenario, lists it after the bundled ones, and removes it again", async () => {
    const { data, store } = device();
    const kept = await data.keepOwnScenario({
      title: 'Bus station',
      summary: 'Mine.',
      contentNote: undefined,
      lengthMinutes: 5,
      json: twoRoads,
      files: ['main.ink'],
    });
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.entry).toMatchObject({ id: 'own-bus-station', own: true });
    expect(await kept.entry.load()).toBe(twoRoads);
    expect(data.scenarios.map((s) => s.id)).toEqual(['two-roads', 'own-bus-station']);
    const again = device(store).data;
    await again.load();
    expect(again.scenarios.map((s) => s.id)).toEqual(['two-roads', 'own-bus-station']);
    expect(await data.removeOwnScenario('own-bus-station')).toEqual({ ok: true });
    expect(data.scenarios.map((s) => s.id)).toEqual(['two-roads']);
  });

  it('says why a scenario could not be kept', async () => {
    const { data, store } = device();
    store.failure = 'blocked';
    const kept = await data.keepOwnScenario({
      title: 'Bus station',
      summary: '',
      contentNote: undefined,
      lengthMinutes: undefined,
      json: twoRoads,
      files: [],
    });
    expect(kept).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The scenario could not be kept on this device: This browser is blocking storage/,
      ),
    });
  });

  it('exports everything as one dated file, imports it on another device, and deletes it all', async () => {
    const { data } = device();
    await data.addProfile('Sam');
    const file = await data.exportAll();
    expect(file).toMatchObject({
      name: expect.stringMatching(/^practice-paths-backup-\d{4}-\d\d-\d\d\.json$/),
      type: 'application/json',
    });
    const other = device();
    expect(await other.data.importAll(file.text)).toEqual({ ok: true, message: 'Imported 1 items.' });
    expect(other.data.profileName()).toBe('Sam');
    expect(await other.data.importAll('{nope')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON/),
    });
    expect(await other.data.deleteAll()).toEqual({ ok: true });
    expect(keysOf(other.store)).toEqual([]);
    expect(other.data.profiles.profiles).toEqual([]);
  });

  it('reports a refused import or delete as an outcome, never an exception', async () => {
    const { data } = device();
    await data.addProfile('Sam');
    const file = await data.exportAll();
    const other = device();
    other.store.failure = 'full';
    expect(await other.data.importAll(file.text)).toEqual({
      ok: false,
      message: expect.stringMatching(/full.*Some data may not have been imported\.$/),
    });
    expect(await other.data.deleteAll()).toMatchObject({ ok: false, failure: 'full' });
  });
});

describe('storage reports', () => {
  it('passes on the first refusal only, even one reported before anyone listened', () => {
    const reports = new StorageReports();
    reports.report({ ok: true });
    reports.report({ ok: false, failure: 'blocked', message: 'first' });
    reports.report({ ok: false, failure: 'full', message: 'second' });
    const heard: string[] = [];
    reports.onFirstFailure((m) => heard.push(m));
    reports.report({ ok: false, failure: 'full', message: 'third' });
    expect(heard).toEqual(['first']);
  });
});
