// Own scenarios are identified by an id of their own, never by their title: "Bus station" and "Bus-station!",
// or two titles in Arabic and Hebrew, are kept side by side and each one's saves resume its own story. Those
// kept by earlier versions (ids made from the title) keep working.
import { describe, expect, it } from 'vitest';
import { DeviceData } from '../../src/app/device-data.ts';
import { OWN_SCENARIOS_KEY } from '../../src/app/own-scenarios.ts';
import type { ScenarioEntry } from '../../src/app/scenario-catalogue.ts';
import { compileInk } from '../../src/core/story/ink-compiler.ts';
import { scenarioOf, settle, world } from './app-world.ts';

const storyOpening = (opening: string): string => {
  const compiled = compileInk('own.ink', () => `${opening}\n* [Wait # aside]\n- Done. # ending: done\n-> END\n`);
  if (!compiled.ok) throw new Error('did not compile');
  return compiled.json;
};

const own = (title: string, json: string) => ({
  title,
  summary: '',
  contentNote: undefined,
  lengthMinutes: undefined,
  json,
  files: ['own.ink'],
});

async function firstLineOnResume(w: ReturnType<typeof world>, entry: ScenarioEntry): Promise<string | undefined> {
  const started = await w.starter.startOrResume(entry, 'new');
  if (started.kind !== 'playing') throw new Error(started.kind);
  await settle();
  const resumed = await w.starter.startOrResume(entry, 'continue');
  if (resumed.kind !== 'playing') throw new Error(resumed.kind);
  return resumed.controller.view().transcript[0]?.text;
}

const ownEntries = (data: DeviceData) => data.scenarios.filter((s) => s.own);

describe('own scenario ids', () => {
  it.each([
    ['Bus station', 'Bus-station!'],
    ['محطة الحافلات', 'תחנת האוטובוס'],
  ])('keeps "%s" and "%s" both, each resuming its own story', async (first, second) => {
    const w = world();
    const data = new DeviceData(w.store, w.clock, [scenarioOf('{}')], w.onSaved);
    const a = await data.keepOwnScenario(own(first, storyOpening('The first story begins.')));
    const b = await data.keepOwnScenario(own(second, storyOpening('The second story begins.')));
    expect(a.entry.id).not.toBe(b.entry.id);
    expect(ownEntries(data).map((s) => s.title)).toEqual([first, second]);
    const again = new DeviceData(w.store, w.clock, [], w.onSaved);
    await again.load();
    expect(ownEntries(again).map((s) => s.title)).toEqual([first, second]);
    expect(await firstLineOnResume(w, a.entry)).toBe('The first story begins.');
    expect(await firstLineOnResume(w, b.entry)).toBe('The second story begins.');
  });

  it('replaces one in place when asked, keeping its id (and so its saves)', async () => {
    const w = world();
    const data = new DeviceData(w.store, w.clock, [], w.onSaved);
    const a = await data.keepOwnScenario(own('Bus station', storyOpening('Version one.')));
    const b = await data.keepOwnScenario(own('Bus station', storyOpening('Version two.')), a.entry.id);
    expect(b.entry.id).toBe(a.entry.id);
    expect(ownEntries(data)).toHaveLength(1);
    expect(await b.entry.load()).toContain('Version two.');
  });

  it('keeps working with a scenario an earlier version kept under a title-made id', async () => {
    const w = world();
    const old = { id: 'own-bus-station', ...own('Bus station', storyOpening('The old story.')), addedAt: 1 };
    await w.store.set(OWN_SCENARIOS_KEY, [old]);
    const data = new DeviceData(w.store, w.clock, [], w.onSaved);
    await data.load();
    expect(ownEntries(data).map((s) => s.id)).toEqual(['own-bus-station']);
    const added = await data.keepOwnScenario(own('Bus-station!', storyOpening('The new story.')));
    expect(ownEntries(data).map((s) => s.id)).toEqual(['own-bus-station', added.entry.id]);
    expect(await firstLineOnResume(w, ownEntries(data)[0]!)).toBe('The old story.');
    expect(await firstLineOnResume(w, added.entry)).toBe('The new story.');
  });
});
