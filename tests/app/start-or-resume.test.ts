// Starting a scenario from its content notice: new, continue, a slot; a damaged save or one whose path no
// longer fits is set aside and a fresh start offered; a story that cannot load says which.
import { describe, expect, it } from 'vitest';
import { makeSaveRecord } from '../../src/core/save/save-record.ts';
import { keysOf, loadPlayback, play, scenarioOf, settle, twoRoads, world } from './app-world.ts';

const scenario = scenarioOf(twoRoads);

describe('start or resume', () => {
  it('starts a new playthrough, seeded from the clock, and saves it', async () => {
    const w = world();
    const started = await w.starter.startOrResume(scenario, 'new');
    if (started.kind !== 'playing') throw new Error(started.kind);
    expect(started.storyChanged).toBe(false);
    expect(started.controller.snapshot().seed).toBe(Math.floor(w.clock.now() % 100000) + 1);
    await settle();
    expect(keysOf(w.store)).toEqual(['profile:p1:autosave:two-roads']);
  });

  it('carries on the autosave where it was, notes included', async () => {
    const w = world();
    const first = await w.starter.startOrResume(scenario, 'new');
    if (first.kind !== 'playing') throw new Error(first.kind);
    play(first.controller, 'Ask how they are', 'Continue');
    first.controller.setNote('children-first', 'Noted.');
    await settle();
    const again = await w.starter.startOrResume(scenario, 'continue');
    if (again.kind !== 'playing') throw new Error(again.kind);
    expect(again.controller.snapshot()).toEqual(first.controller.snapshot());
    expect(again.controller.view().options.map((o) => o.text)).toEqual(
      first.controller.view().options.map((o) => o.text),
    );
    expect(again.controller.note('children-first')).toBe('Noted.');
  });

  it('starts afresh when there is nothing to continue', async () => {
    const w = world();
    expect(await w.starter.startOrResume(scenario, 'continue')).toMatchObject({ kind: 'playing', storyChanged: false });
  });

  it('says the story was updated when a save was made against another version that still fits', async () => {
    const w = world();
    const playback = await loadPlayback();
    const started = playback.start(11);
    if (!started.ok) throw new Error(started.error);
    await w.saves.writeSlot(
      'p1',
      2,
      makeSaveRecord('two-roads', 'an-older-version', started.session.snapshot(), 1, {}),
    );
    expect(await w.starter.startOrResume(scenario, { slot: 2 })).toMatchObject({ kind: 'playing', storyChanged: true });
  });

  it('sets aside an autosave it cannot read and offers a fresh start, saying why', async () => {
    const w = world();
    await w.store.set('profile:p1:autosave:two-roads', {
      format: 'practice-paths/save',
      version: 3,
      scenarioId: 'two-roads',
      snapshot: 'garbled',
    });
    const outcome = await w.starter.startOrResume(scenario, 'continue');
    expect(outcome).toMatchObject({ kind: 'offer-fresh', message: expect.stringMatching(/kept aside, not deleted/) });
    expect(keysOf(w.store)).toEqual([expect.stringMatching(/^set-aside:\d+:profile:p1:autosave:two-roads$/)]);
  });

  it('sets aside a save whose path no longer fits the story and offers a fresh start', async () => {
    const w = world();
    const playback = await loadPlayback();
    const started = playback.start(3);
    if (!started.ok) throw new Error(started.error);
    const snapshot = { ...started.session.snapshot(), path: [0, 9, 9], times: [1, 2, 3] };
    await w.saves.writeAutosave('p1', makeSaveRecord('two-roads', playback.version, snapshot, 1, {}));
    const outcome = await w.starter.startOrResume(scenario, 'continue');
    expect(outcome).toMatchObject({
      kind: 'offer-fresh',
      message: expect.stringMatching(/^Your saved place could not be restored: .*kept aside, not deleted\.$/),
    });
    expect(keysOf(w.store)).toEqual([expect.stringMatching(/^set-aside:\d+:profile:p1:autosave:two-roads$/)]);
  });

  it('offers a fresh start when storage refuses to read the save', async () => {
    const w = world();
    w.store.failure = 'blocked';
    expect(await w.starter.startOrResume(scenario, { slot: 1 })).toMatchObject({
      kind: 'offer-fresh',
      message: expect.stringMatching(/blocking storage/),
    });
  });

  it('names the scenario whose story could not be loaded', async () => {
    const w = world();
    const broken = { ...scenario, title: 'Lost story', load: () => Promise.reject(new Error('network gone')) };
    expect(await w.starter.startOrResume(broken, 'new')).toEqual({
      kind: 'failed',
      error: 'The scenario "Lost story" could not be loaded: network gone',
    });
    expect(
      await w.starter.openFinished(
        broken,
        makeSaveRecord('two-roads', 'v', { seed: 1, path: [], times: [], startedAt: 0 }, 0, {}),
      ),
    ).toMatchObject({ ok: false });
  });

  it('opens a finished playthrough from the history for its debrief, without saving anything', async () => {
    const w = world();
    const first = await w.starter.startOrResume(scenario, 'new');
    if (first.kind !== 'playing') throw new Error(first.kind);
    play(first.controller, 'Ask how they are', 'Continue', 'Let the call go');
    await settle();
    const [done] = await w.saves.finished('p1');
    const before = keysOf(w.store);
    const opened = await w.starter.openFinished(scenario, done!.record);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.controller.view()).toMatchObject({ ended: true, ending: 'stayed' });
    await settle();
    expect(keysOf(w.store)).toEqual(before);
  });
});
