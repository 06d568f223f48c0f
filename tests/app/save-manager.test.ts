// Saves, history and set-aside through the SaveStore port, in memory: nothing unreadable is ever deleted,
// and storage refusals come back as outcomes.
import { describe, expect, it } from 'vitest';
import type { FinishedPlaythrough } from '../../src/app/save-manager.ts';
import { makeSaveRecord } from '../../src/core/save/save-record.ts';
import { keysOf, loadPlayback, world } from './app-world.ts';

async function record(at = 5) {
  const playback = await loadPlayback();
  const started = playback.start(7);
  if (!started.ok) throw new Error(started.error);
  return {
    version: playback.version,
    record: makeSaveRecord('two-roads', playback.version, started.session.snapshot(), at, {}),
  };
}

const finished = (id: string, endedAt: number, rec: FinishedPlaythrough['record']): FinishedPlaythrough => ({
  id,
  scenarioId: 'two-roads',
  ending: 'stayed',
  endedAt,
  record: rec,
  profile: [{ principle: 'children-first', supported: 1, undermined: 0 }],
});

describe('saves', () => {
  it('reads back an autosave and a slot written for the same story version', async () => {
    const { saves } = world();
    const { version, record: rec } = await record();
    expect(await saves.writeAutosave('p1', rec)).toEqual({ ok: true });
    expect(await saves.readAutosave('p1', 'two-roads', version)).toMatchObject({ kind: 'loaded', storyChanged: false });
    expect(await saves.readAutosave('p1', 'two-roads', 'another-version')).toMatchObject({
      kind: 'loaded',
      storyChanged: true,
    });
    expect(await saves.readSlot('p1', 1, 'two-roads', version)).toEqual({ kind: 'none' });
    expect(await saves.hasAutosave('p1', 'two-roads')).toBe(true);
    expect(await saves.latestAutosave('p1')).toEqual({ scenarioId: 'two-roads', savedAt: 5 });
  });

  it('sets aside a save that cannot be read, keeping it with the reason, and says so in words', async () => {
    const { saves, store, clock } = world();
    await store.set('profile:p1:autosave:two-roads', {
      format: 'practice-paths/save',
      version: 3,
      scenarioId: 'two-roads',
      snapshot: 'garbled',
    });
    const read = await saves.readAutosave('p1', 'two-roads', 'v');
    expect(read).toMatchObject({ kind: 'set-aside', message: expect.stringMatching(/kept aside, not deleted/) });
    const key = `set-aside:${clock.now()}:profile:p1:autosave:two-roads`;
    expect(keysOf(store)).toEqual([key]);
    expect(store.data.get(key)).toMatchObject({
      key: 'profile:p1:autosave:two-roads',
      at: clock.now(),
      reason: expect.any(String),
      data: { snapshot: 'garbled' },
    });
  });

  it('sets aside a readable slot on request (a path that no longer fits the story)', async () => {
    const { saves, store, clock } = world();
    const { record: rec } = await record();
    await saves.writeSlot('p1', 3, rec);
    await saves.setAsideSlot('p1', 3, 'Choice 2 no longer fits.');
    expect(keysOf(store)).toEqual([`set-aside:${clock.now()}:profile:p1:slot:3`]);
  });

  it('leaves a save where it is when storage refuses to set it aside', async () => {
    const { saves, store } = world();
    await store.set('profile:p1:autosave:two-roads', { nonsense: true });
    store.failure = 'blocked';
    store.failWritesOnly = true;
    expect(await saves.readAutosave('p1', 'two-roads', 'v')).toMatchObject({ kind: 'set-aside' });
    store.failure = undefined;
    expect(keysOf(store)).toEqual(['profile:p1:autosave:two-roads']);
  });

  it('answers reads calmly when storage is refused: a failed load says why, lists come back empty', async () => {
    const { saves, store } = world();
    store.failure = 'blocked';
    expect(await saves.readAutosave('p1', 'two-roads', 'v')).toMatchObject({
      kind: 'storage-failed',
      failure: 'blocked',
      message: expect.stringMatching(/blocking storage/),
    });
    expect(await saves.latestAutosave('p1')).toBeUndefined();
    expect(await saves.hasAutosave('p1', 'two-roads')).toBe(false);
    expect(await saves.finished('p1')).toEqual([]);
    expect(await saves.listSlots('p1')).toEqual([undefined, undefined, undefined]);
    expect(await saves.clearAutosave('p1', 'two-roads')).toMatchObject({ ok: false, failure: 'blocked' });
  });
});

describe('the history of finished playthroughs', () => {
  it('keeps one entry per playthrough, the latest ending replacing an earlier one, and clears its autosave', async () => {
    const { saves, store } = world();
    const { record: rec } = await record();
    await saves.writeAutosave('p1', rec);
    await saves.recordFinished('p1', finished('a', 1, rec));
    await saves.recordFinished('p1', finished('b', 2, rec));
    await saves.recordFinished('p1', { ...finished('a', 3, rec), ending: 'left-early' });
    expect((await saves.finished('p1')).map((f) => [f.id, f.ending])).toEqual([
      ['b', 'stayed'],
      ['a', 'left-early'],
    ]);
    expect(keysOf(store)).toEqual(['profile:p1:history']);
  });

  it('keeps the last 200 and skips entries it cannot read', async () => {
    const { saves, store } = world();
    const { record: rec } = await record();
    await store.set('profile:p1:history', [
      { id: 'broken' },
      ...Array.from({ length: 200 }, (_, i) => finished(`f${i}`, i, rec)),
    ]);
    expect(await saves.finished('p1')).toHaveLength(200);
    await saves.recordFinished('p1', finished('new', 999, rec));
    const history = await saves.finished('p1');
    expect(history).toHaveLength(200);
    expect(history.at(0)!.id).toBe('f1');
    expect(history.at(-1)!.id).toBe('new');
  });

  it('keeps profiles apart', async () => {
    const { saves } = world();
    const { record: rec } = await record();
    await saves.recordFinished('p1', finished('a', 1, rec));
    expect(await saves.finished('p2')).toEqual([]);
  });
});
