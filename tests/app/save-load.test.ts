// The Save/Load dialog's use-case over in-memory storage: the autosave and three named slots, each saying its
// scenario, stage, date and where it stands; saving returns the list already updated; loading resumes that very
// decision; a guest who names a profile keeps every save.
import { describe, expect, it } from 'vitest';
import { ProfileNaming } from '../../src/app/profile-naming.ts';
import { SaveSlots } from '../../src/app/save-slots.ts';
import { placeOf, readPlace, shorten } from '../../src/app/save-place.ts';
import { GUEST_PROFILE } from '../../src/app/storage-keys.ts';
import { keysOf, play, scenarioOf, settle, twoRoads, world } from './app-world.ts';

const scenario = scenarioOf(twoRoads);

async function playing(w: ReturnType<typeof world>) {
  const started = await w.starter.startOrResume(scenario, 'new');
  if (started.kind !== 'playing') throw new Error(started.kind);
  return started.controller;
}

const slotsOf = (w: ReturnType<typeof world>) =>
  new SaveSlots({ saves: w.saves, profileId: () => w.profileId, scenarios: () => [scenario] });

describe('the Save/Load dialog', () => {
  it('lists the autosave with its scenario, stage, decisions and the opening words of the page', async () => {
    const w = world();
    const controller = await playing(w);
    play(controller, 'Ask how they are');
    await settle();
    const list = await slotsOf(w).list();
    expect(list.autosave).toMatchObject({
      kind: 'autosave',
      scenarioId: 'two-roads',
      scenario: { title: 'Two roads' },
      place: { stage: 'children-first', decisions: 1, where: 'They sit down and tell you about their week.' },
    });
    expect(list.slots).toEqual([undefined, undefined, undefined]);
  });

  it('returns the list already showing a slot just saved, not "empty"', async () => {
    const w = world();
    const controller = await playing(w);
    play(controller, 'Ask how they are', 'Continue');
    w.clock.advance(60_000);
    const saved = await slotsOf(w).save(controller, 1, '  Before the call  ');
    expect(saved.ok).toBe(true);
    expect(saved.list.slots[0]).toMatchObject({
      kind: { slot: 1 },
      label: 'Before the call',
      savedAt: w.clock.now(),
      place: { stage: 'strengths-relationships', decisions: 1, where: 'The phone rings.' },
    });
    expect(saved.list.slots.slice(1)).toEqual([undefined, undefined]);
    const unnamed = await slotsOf(w).save(controller, 3, '   ');
    expect(unnamed.list.slots[2]?.label).toBe('Slot 3');
  });

  it('refuses a slot that does not exist, with the list unchanged', async () => {
    const w = world();
    const controller = await playing(w);
    const saved = await slotsOf(w).save(controller, 4, 'Nowhere');
    expect(saved).toMatchObject({ ok: false, message: 'There is no slot 4.' });
    expect(saved.list.slots).toEqual([undefined, undefined, undefined]);
  });

  it('says when saving fails, and the list still shows what is stored', async () => {
    const w = world();
    const controller = await playing(w);
    w.store.failure = 'full';
    w.store.failWritesOnly = true;
    const saved = await slotsOf(w).save(controller, 2, 'Full');
    expect(saved.ok).toBe(false);
    expect(saved.list.slots[1]).toBeUndefined();
  });

  it('loads a slot at the very decision it was saved at, whatever happened after', async () => {
    const w = world();
    const controller = await playing(w);
    play(controller, 'Ask how they are', 'Continue');
    const slots = slotsOf(w);
    const saved = await slots.save(controller, 2, 'At the phone');
    const optionsThen = controller.view().options.map((o) => o.text);
    play(controller, 'Take the call');
    await settle();
    const target = slots.loadOf(saved.list.slots[1]!);
    expect(target).toEqual({ scenario, mode: { slot: 2 } });
    const resumed = await w.starter.startOrResume(target!.scenario, target!.mode);
    if (resumed.kind !== 'playing') throw new Error(resumed.kind);
    expect(resumed.controller.view().options.map((o) => o.text)).toEqual(optionsThen);
    expect(resumed.controller.view().decisions).toHaveLength(1);
    expect(slots.loadOf({ ...saved.list.slots[1]!, scenario: undefined })).toBeUndefined();
  });

  it('reads a kept place defensively and keeps the where-you-are line to one line', () => {
    expect(readPlace({ stage: 'x', decisions: 2, where: 'Here.' })).toEqual({
      stage: 'x',
      decisions: 2,
      where: 'Here.',
    });
    expect(readPlace({ decisions: 'two', where: 'Here.' })).toBeUndefined();
    expect(readPlace('nonsense')).toBeUndefined();
    const long = shorten('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(90);
    expect(long.endsWith('word…')).toBe(true);
    const view = { transcript: [], step: 0, stage: undefined, decisions: [], endingTitle: 'They stayed for tea' };
    expect(placeOf(view).where).toBe('They stayed for tea');
  });
});

describe('a guest naming a profile', () => {
  it('moves the guest’s autosave and slots to the new profile', async () => {
    const w = world(GUEST_PROFILE);
    const controller = await playing(w);
    play(controller, 'Ask how they are');
    await slotsOf(w).save(controller, 1, 'Mine');
    await settle();
    let list = {
      profiles: [] as { id: string; name: string; createdAt: number }[],
      currentId: undefined as string | undefined,
    };
    const device = {
      get profiles() {
        return list;
      },
      profileId: () => list.currentId ?? GUEST_PROFILE,
      addProfile: async (name: string) => {
        list = { profiles: [{ id: 'p-sam', name, createdAt: 1 }], currentId: 'p-sam' };
        return { ok: true as const };
      },
      selectProfile: async () => ({ ok: true as const }),
      removeProfile: async () => ({ ok: true as const }),
    };
    const naming = new ProfileNaming(device, w.saves);
    expect(naming.isGuest()).toBe(true);
    expect(await naming.addProfile('Sam')).toEqual({ ok: true });
    expect(naming.isGuest()).toBe(false);
    expect(keysOf(w.store)).toEqual(['profile:p-sam:autosave:two-roads', 'profile:p-sam:slot:1']);
    const moved = await new SaveSlots({ saves: w.saves, profileId: () => 'p-sam', scenarios: () => [scenario] }).list();
    expect(moved.slots[0]?.label).toBe('Mine');
    expect(moved.autosave?.place?.decisions).toBe(1);
  });

  it('moves nothing when a named profile adds another', async () => {
    const w = world('p1');
    await playing(w);
    await settle();
    const device = {
      profiles: { profiles: [{ id: 'p1', name: 'Ann', createdAt: 1 }], currentId: 'p1' },
      profileId: () => 'p1',
      addProfile: async () => ({ ok: true as const }),
      selectProfile: async () => ({ ok: true as const }),
      removeProfile: async () => ({ ok: true as const }),
    };
    await new ProfileNaming(device, w.saves).addProfile('Bo');
    expect(keysOf(w.store)).toEqual(['profile:p1:autosave:two-roads']);
  });
});
