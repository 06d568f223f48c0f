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
    expect(kept.kept).toBe(true);
    const id = kept.entry.id;
    expect(kept.entry).toMatchObject({ id: expect.stringMatching(/^own-/), own: true });
    expect(await kept.entry.load()).toBe(twoRoads);
    expect(data.scenarios.map((s) => s.id)).toEqual(['two-roads', id]);
    const again = device(store).data;
    await again.load();
    expect(again.scenarios.map((s) => s.id)).toEqual(['two-roads', id]);
    expect(await data.removeOwnScenario(id)).toEqual({ ok: true });
    expect(data.scenarios.map((s) => s.id)).toEqual(['two-roads']);
  });

  it('lists a scenario storage refused for this visit, and says why it was not kept', async () => {
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
    expect(kept).toMatchObject({ kept: false, failure: 'blocked' });
    expect(await kept.entry.load()).toBe(twoRoads);
    expect(data.scenarios.map((s) => s.title)).toEqual(['Two roads', 'Bus station']);
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
    const checked = await other.data.checkImport(file.text);
    if (!checked.ok) throw new Error(checked.problem.kind);
    expect(checked.preview).toMatchObject({ total: 1, added: 1, replaced: [] });
    expect(await other.data.applyImport(checked.preview)).toEqual({ ok: true });
    expect(other.data.profileName()).toBe('Sam');
    expect(await other.data.checkImport('{nope')).toEqual({ ok: false, problem: { kind: 'not-json' } });
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
    const checked = await other.data.checkImport(file.text);
    if (!checked.ok) throw new Error(checked.problem.kind);
    expect(await other.data.applyImport(checked.preview)).toMatchObject({ ok: false, failure: 'full' });
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
