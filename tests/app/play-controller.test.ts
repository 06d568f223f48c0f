// The autosave policy of a solo playthrough, with in-memory storage: saved at the start and after every
// change, into the history once when the story ends (and the autosave cleared), again after another path.
import { describe, expect, it } from 'vitest';
import { PlayController } from '../../src/app/play-controller.ts';
import { readSaveRecord } from '../../src/core/save/save-record.ts';
import { keysOf, loadPlayback, play, settle, world } from './app-world.ts';

async function begin(w = world()) {
  const playback = await loadPlayback(undefined, w.clock);
  const started = PlayController.start(playback, w.playDeps);
  if (!started.ok) throw new Error(started.error);
  await settle();
  return { ...w, playback, controller: started.controller };
}

const AUTOSAVE = 'profile:p1:autosave:two-roads';
const HISTORY = 'profile:p1:history';

describe('the autosave policy', () => {
  it('saves as soon as a playthrough starts, then after every choice', async () => {
    const { store, clock, controller, outcomes } = await begin();
    expect(keysOf(store)).toEqual([AUTOSAVE]);
    clock.advance(1000);
    play(controller, 'Ask how they are');
    await settle();
    const saved = readSaveRecord(store.data.get(AUTOSAVE), 'two-roads', controller.record().storyVersion);
    expect(saved.ok && saved.record.snapshot.path).toEqual(controller.snapshot().path);
    expect(saved.ok && saved.record.savedAt).toBe(clock.now());
    expect(outcomes.every((o) => o.ok)).toBe(true);
  });

  it('keeps notes in the autosave as they are typed, and drops empty ones', async () => {
    const { store, controller } = await begin();
    controller.setNote('children-first', 'They came to me.');
    await settle();
    expect((store.data.get(AUTOSAVE) as { notes: unknown }).notes).toEqual({ 'children-first': 'They came to me.' });
    controller.setNote('children-first', '   ');
    await settle();
    expect((store.data.get(AUTOSAVE) as { notes: unknown }).notes).toEqual({});
  });

  it('puts a finished playthrough into the history once, with its ending and profile, and clears the autosave', async () => {
    const { store, controller, saves } = await begin();
    play(controller, 'Ask how they are', 'Continue', 'Let the call go');
    await settle();
    expect(controller.view().ending).toBe('stayed');
    expect(keysOf(store)).toEqual([HISTORY]);
    const history = await saves.finished('p1');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      id: controller.playthroughId,
      scenarioId: 'two-roads',
      ending: 'stayed',
      endingTitle: 'They stayed for tea',
    });
    expect(history[0]!.profile.find((p) => p.principle === 'children-first')).toEqual({
      principle: 'children-first',
      supported: 1,
      undermined: 0,
    });
    controller.setNote('end', 'A good evening.');
    await settle();
    expect(await saves.finished('p1')).toHaveLength(1);
  });

  it('records a second ending of the same playthrough in place of the first after "try this path instead"', async () => {
    const { controller, saves } = await begin();
    play(controller, 'Ask how they are', 'Continue', 'Let the call go');
    await settle();
    const ask = controller.view().decisions[0]!;
    const other = ask.options.find((o) => o.text.startsWith('Ask them to wait'))!;
    expect(controller.tryOtherPath(0, other.index)).toBeUndefined();
    expect(controller.view().decisions.map((d) => d.options[d.chosen]!.text.slice(0, 12))).toEqual(['Ask them to ']);
    play(controller, 'Continue', 'Take the call');
    await settle();
    const history = await saves.finished('p1');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ ending: 'left-early', endingTitle: undefined });
    expect(history[0]!.record.otherBranches.map((b) => b.path.length)).toEqual([3]);
  });

  it('autosaves again after rewinding to an earlier decision, and finishes again afterwards', async () => {
    const { store, controller, saves } = await begin();
    play(controller, 'Ask how they are', 'Continue', 'Take the call');
    await settle();
    expect(controller.rewindToDecision(1)).toBeUndefined();
    await settle();
    expect(keysOf(store)).toContain(AUTOSAVE);
    play(controller, 'Let the call go');
    await settle();
    expect(keysOf(store)).not.toContain(AUTOSAVE);
    expect((await saves.finished('p1'))[0]!.ending).toBe('stayed');
  });

  it('reports a refused save once per attempt and goes on playing', async () => {
    const w = world();
    w.store.failure = 'full';
    const { controller, outcomes } = await begin(w);
    play(controller, 'Ask how they are');
    await settle();
    expect(outcomes.length).toBeGreaterThanOrEqual(2);
    expect(outcomes.every((o) => !o.ok && o.failure === 'full' && /storage .* is full/.test(o.message))).toBe(true);
    expect(controller.view().decisions).toHaveLength(1);
  });

  it('saves to a named slot, saying how it went', async () => {
    const { controller, saves, clock } = await begin();
    play(controller, 'Ask them to wait');
    expect(await controller.saveToSlot(2, 'Before the call')).toEqual({ ok: true });
    const slots = await saves.listSlots('p1');
    expect(slots[1]).toEqual({
      slot: 2,
      scenarioId: 'two-roads',
      savedAt: clock.now(),
      label: 'Before the call',
      choices: 1,
      place: { stage: 'children-first', decisions: 1, where: 'They turn to go.' },
    });
    expect(slots[0]).toBeUndefined();
  });
});

describe('branch exploration in solo play', () => {
  it('keeps the path left behind by "try this path instead" as a branch, once, with the current path last', async () => {
    const { controller } = await begin();
    play(controller, 'Ask how they are', 'Continue', 'Let the call go');
    const first = controller.snapshot().path;
    const decision = controller.view().decisions[1]!;
    const call = decision.options.find((o) => o.text.startsWith('Take the call'))!;
    controller.tryOtherPath(1, call.index);
    const branches = controller.branches();
    expect(branches.map((b) => b.id)).toEqual(['b0', 'current']);
    expect(branches[0]).toMatchObject({ path: first, ending: 'stayed', endingTitle: 'They stayed for tea' });
    expect(branches[1]).toMatchObject({ ending: 'left-early' });
    const back = decision.options.find((o) => o.text.startsWith('Let the call go'))!;
    controller.tryOtherPath(1, back.index);
    expect(controller.branches().map((b) => b.ending)).toEqual(['left-early', 'stayed']);
  });

  it('says so when there is no such decision to go back to', async () => {
    const { controller } = await begin();
    expect(controller.tryOtherPath(4, 0)).toMatch(/no decision 5/);
  });
});
