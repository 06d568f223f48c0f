// What an organisation's learning platform is told through an LmsSession: start and finish always, decisions and
// the profile only when the package opted in, never a note; the bookmark after every move, so the learner carries
// on at the same decision with the same option order on another computer; and play never waits on the platform.
import { describe, expect, it } from 'vitest';
import { LmsSession } from '../../src/app/lms-session.ts';
import { SaveManager } from '../../src/app/save-manager.ts';
import { PlaythroughStarter } from '../../src/app/start-or-resume.ts';
import { autosaveKey } from '../../src/app/storage-keys.ts';
import { decodeBookmark } from '../../src/core/lms/suspend-data.ts';
import type { LmsLaunchSettings } from '../../src/core/ports.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { MemoryLmsConnection } from '../doubles/memory-lms-connection.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';
import { play, scenarioOf, settle, twoRoads } from './app-world.ts';

const completionOnly: LmsLaunchSettings = {
  standard: 'scorm12',
  reportDecisions: false,
  skipNoticeOnResume: false,
  scenarios: [],
};
const withDecisions: LmsLaunchSettings = { ...completionOnly, reportDecisions: true };
const scenario = scenarioOf(twoRoads);

/** One computer: its own storage, playing through an LmsSession on `connection`. */
async function device(connection: MemoryLmsConnection, settings = completionOnly, clock = new ManualClock()) {
  const session = new LmsSession(connection, settings);
  const store = new MemorySaveStore();
  const bookmark = await session.open();
  const saves = new SaveManager(session.observe(store), clock);
  const starter = new PlaythroughStarter({
    saves,
    clock,
    principleIds: DEFAULT_CATALOGUE.ids,
    profileId: () => 'guest',
    onSaved: () => undefined,
    learning: session.learning,
  });
  return { session, store, starter, bookmark, clock };
}

async function playing(starter: PlaythroughStarter, mode: 'new' | 'continue' = 'new') {
  const outcome = await starter.startOrResume(scenario, mode);
  if (outcome.kind !== 'playing') throw new Error(JSON.stringify(outcome));
  return outcome.controller;
}

describe('LmsSession', () => {
  it('reports only start and completion by default: no decision, no profile, no note', async () => {
    const lms = new MemoryLmsConnection();
    const { starter } = await device(lms);
    const controller = await playing(starter);
    controller.setNote('decision-0', 'I would have asked Ruth first.');
    play(controller, 'Ask how they are', 'Continue', 'Let the call go');
    await settle();
    expect(lms.events.map((e) => e.type)).toEqual(['playthrough-started', 'playthrough-finished']);
    expect(lms.events[1]).toMatchObject({ ending: 'stayed', profile: [] });
    expect(JSON.stringify(lms.calls)).not.toContain('note');
    expect(JSON.stringify(lms.bookmarks)).not.toContain('Ruth');
  });

  it('with decisions opted in, reports each decision with its option and the profile, never a note', async () => {
    const lms = new MemoryLmsConnection();
    const { starter } = await device(lms, withDecisions);
    const controller = await playing(starter);
    controller.setNote('decision-0', 'I would have asked Ruth first.');
    play(controller, 'Ask how they are', 'Continue', 'Take the call');
    await settle();
    expect(lms.events.map((e) => e.type)).toEqual([
      'playthrough-started',
      'decision-taken',
      'decision-taken',
      'playthrough-finished',
    ]);
    expect(lms.events[1]).toMatchObject({ optionIndex: 0, supports: ['children-first'] });
    expect(lms.events[2]).toMatchObject({ optionIndex: 1, undermines: ['strengths-relationships'] });
    const finished = lms.events[3];
    const profile = finished?.type === 'playthrough-finished' ? finished.profile : [];
    expect(profile.find((p) => p.principle === 'children-first')).toMatchObject({ supported: 1, undermined: 0 });
    expect(JSON.stringify(lms.events)).not.toContain('Ruth');
  });

  it('bookmarks every move and the ending, each one short enough for SCORM 1.2', async () => {
    const lms = new MemoryLmsConnection();
    const { starter } = await device(lms);
    const controller = await playing(starter);
    await settle();
    play(controller, 'Ask how they are');
    await settle();
    controller.setNote('stage', 'A note moves no one on.');
    await settle();
    play(controller, 'Continue', 'Let the call go');
    await settle();
    const marks = lms.bookmarks.map((b) => decodeBookmark(b));
    expect(marks.map((m) => m?.path.length)).toEqual([0, 1, 2, 3]);
    expect(marks.map((m) => m?.ended)).toEqual([false, false, false, true]);
    expect(marks[0]).toMatchObject({ scenarioId: 'two-roads', seed: controller.snapshot().seed });
    for (const b of lms.bookmarks) expect(b.length).toBeLessThan(200);
  });

  it('carries the platform bookmark to another computer: same decision, same option order', async () => {
    const lms = new MemoryLmsConnection();
    const first = await device(lms);
    const before = await playing(first.starter);
    play(before, 'Ask how they are', 'Continue');
    await settle();
    const shown = before.view();
    await first.session.close();

    const second = await device(lms, completionOnly, new ManualClock(first.clock.now() + 60_000));
    expect(await second.session.restore(second.store, 'guest', second.bookmark)).toBe(true);
    const after = await playing(second.starter, 'continue');
    expect(after.view().decisionId).toBe(shown.decisionId);
    expect(after.view().options.map((o) => o.text)).toEqual(shown.options.map((o) => o.text));
    expect(after.snapshot().seed).toBe(before.snapshot().seed);
    expect(lms.events.at(-1)).toMatchObject({ type: 'playthrough-started', resumed: true });
  });

  it("keeps this computer's place when it is newer than the platform's bookmark", async () => {
    const lms = new MemoryLmsConnection();
    const one = await device(lms);
    play(await playing(one.starter), 'Ask how they are');
    await settle();
    const stale = decodeBookmark(lms.bookmarks[0]);
    const further = await one.session.restore(one.store, 'guest', stale);
    expect(further).toBe(false);
    const kept = (await one.store.get(autosaveKey('guest', 'two-roads'))) as { snapshot: { path: number[] } };
    expect(kept.snapshot.path).toHaveLength(1);
  });

  it('says once that progress is not recorded when there is no platform, and play goes on', async () => {
    for (const lms of [
      Object.assign(new MemoryLmsConnection(), { absent: true }),
      Object.assign(new MemoryLmsConnection(), { failOpen: true }),
    ]) {
      const { starter, session } = await device(lms);
      let told = 0;
      session.notice.onNotRecording(() => told++);
      const controller = await playing(starter);
      play(controller, 'Ask how they are', 'Continue', 'Let the call go');
      await settle();
      expect(told).toBe(1);
      expect(controller.view().ended).toBe(true);
      expect(lms.events).toEqual([]);
      expect(lms.bookmarks).toEqual([]);
    }
  });

  it('does not wait on a slow platform: what happened meanwhile is sent, in order, once it answers', async () => {
    const lms = new MemoryLmsConnection();
    lms.slow();
    const session = new LmsSession(lms, withDecisions);
    const opening = session.open();
    session.learning.record({ type: 'playthrough-started', scenarioId: 'a', playthroughId: 'a@1', resumed: false });
    session.learning.record({ type: 'note-written', scenarioId: 'a', playthroughId: 'a@1', noteKey: 'n' });
    expect(lms.events).toEqual([]);
    lms.answer();
    await opening;
    expect(lms.calls).toEqual(['open', 'record:playthrough-started']);
  });

  it('keeps a refusing platform away from play, and offers only the scenarios the package names', async () => {
    const lms = Object.assign(new MemoryLmsConnection(), { throwOnRecord: true });
    const { starter, session } = await device(lms, { ...completionOnly, scenarios: ['two-roads'] });
    const controller = await playing(starter);
    expect(() => play(controller, 'Ask how they are', 'Continue', 'Let the call go')).not.toThrow();
    const all = [{ id: 'two-roads' }, { id: 'first-shift' }];
    expect(session.scenarios(all)).toEqual([{ id: 'two-roads' }]);
    expect(new LmsSession(lms, completionOnly).scenarios(all)).toEqual(all);
  });
});
