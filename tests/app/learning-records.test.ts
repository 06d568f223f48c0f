// What a learning platform would be told of a playthrough: that it started (or resumed), each decision with
// its option and principle tags, that a note was written but never its words, and the ending with the
// profile. By default nothing is reported, and a platform that fails never stops play.
import { describe, expect, it } from 'vitest';
import { guarded, NO_LEARNING_RECORDS } from '../../src/app/learning-records.ts';
import { PlayController } from '../../src/app/play-controller.ts';
import type { LearningRecordPort } from '../../src/core/ports.ts';
import { RecordingLearning } from '../doubles/recording-learning.ts';
import { loadPlayback, play, settle, world } from './app-world.ts';

async function begin<L extends LearningRecordPort = RecordingLearning>(
  learning: L = new RecordingLearning() as unknown as L,
) {
  const w = world();
  const playback = await loadPlayback(undefined, w.clock);
  const started = PlayController.start(playback, { ...w.playDeps, learning });
  if (!started.ok) throw new Error(started.error);
  return { ...w, playback, learning, controller: started.controller };
}

describe('learning records', () => {
  it('reports the start, each decision with its principle tags, and the ending with the profile', async () => {
    const { learning, controller } = await begin();
    play(controller, 'Ask how they are', 'Continue', 'Let the call go');
    const types = learning.events.map((e) => e.type);
    expect(types).toEqual(['playthrough-started', 'decision-taken', 'decision-taken', 'playthrough-finished']);
    const first = learning.events[1];
    expect(first).toMatchObject({
      type: 'decision-taken',
      scenarioId: 'two-roads',
      ordinal: 0,
      optionIndex: 0,
      supports: ['children-first'],
      undermines: [],
    });
    expect(first?.type === 'decision-taken' && first.optionId).toMatch(/door/);
    const finished = learning.events[3];
    expect(finished).toMatchObject({ type: 'playthrough-finished', ending: 'stayed' });
    const profile = finished?.type === 'playthrough-finished' ? finished.profile : [];
    expect(profile.find((p) => p.principle === 'children-first')).toEqual({
      principle: 'children-first',
      supported: 1,
      undermined: 0,
    });
  });

  it('says a note was written without ever carrying its words', async () => {
    const { learning, controller } = await begin();
    controller.setNote('decision-0', 'I would have asked Ruth first.');
    const note = learning.events.find((e) => e.type === 'note-written');
    expect(note).toMatchObject({ type: 'note-written', noteKey: 'decision-0' });
    expect(JSON.stringify(learning.events)).not.toContain('Ruth');
  });

  it('reports a resumed playthrough as resumed, and nothing when a finished one is opened for its debrief', async () => {
    const { learning, controller, playback, playDeps } = await begin();
    const resumed = PlayController.resume(playback, controller.record(), { ...playDeps, learning });
    expect(resumed.ok).toBe(true);
    expect(learning.events.at(-1)).toMatchObject({ type: 'playthrough-started', resumed: true });
    play(controller, 'Ask how they are', 'Continue', 'Take the call');
    await settle();
    const count = learning.events.length;
    PlayController.resume(playback, controller.record(), { ...playDeps, learning });
    expect(learning.events.length).toBe(count);
  });

  it('reports nothing by default, and keeps a failing platform away from play', async () => {
    expect(() =>
      NO_LEARNING_RECORDS.record({ type: 'note-written', scenarioId: 'a', playthroughId: 'b', noteKey: 'c' }),
    ).not.toThrow();
    const failing = guarded({
      record: () => {
        throw new Error('LMS gone');
      },
    });
    const { controller } = await begin(failing);
    expect(() => play(controller, 'Ask how they are', 'Continue', 'Let the call go')).not.toThrow();
    expect(controller.view().ended).toBe(true);
  });
});
