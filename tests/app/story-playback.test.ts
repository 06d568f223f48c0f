// One StoryPlayback per playthrough or session: the story loaded once, its fingerprint, a seed from the
// clock, and replays of other paths cached by path.
import { describe, expect, it } from 'vitest';
import { StoryPlayback } from '../../src/app/story-playback.ts';
import { storyVersion } from '../../src/core/save/story-version.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { loadPlayback, scenarioOf, twoRoads } from './app-world.ts';

describe('story playback', () => {
  it('loads a story once and knows its fingerprint', async () => {
    let loads = 0;
    const loaded = await StoryPlayback.load(
      { ...scenarioOf(twoRoads), load: async () => (loads++, twoRoads) },
      DEFAULT_CATALOGUE.ids,
      new ManualClock(),
    );
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.playback.version).toBe(storyVersion(twoRoads));
    loaded.playback.start(1);
    loaded.playback.replay({ seed: 1, path: [0], times: [0], startedAt: 0 });
    expect(loads).toBe(1);
  });

  it('says which story failed to load and why', async () => {
    const loaded = await StoryPlayback.load(
      {
        ...scenarioOf(twoRoads),
        title: 'Gone',
        load: async () => {
          throw new Error('404');
        },
      },
      DEFAULT_CATALOGUE.ids,
      new ManualClock(),
    );
    expect(loaded).toEqual({ ok: false, error: 'The scenario "Gone" could not be loaded: 404' });
  });

  it('draws a seed from the clock, the same for the same moment', async () => {
    const clock = new ManualClock(1_700_000_012_345);
    const playback = await loadPlayback(twoRoads, clock);
    expect(playback.newSeed()).toBe(12_346);
    clock.advance(1);
    expect(playback.newSeed()).toBe(12_347);
  });

  it('replays a path once and remembers it; a path that no longer fits says where', async () => {
    const playback = await loadPlayback();
    const at = { seed: 5, path: [0, 0], times: [1, 2], startedAt: 0 };
    const first = playback.replay(at);
    expect(first.ok && first.view.decisions).toHaveLength(1);
    expect(playback.replay({ ...at, times: [8, 9] })).toBe(first);
    expect(playback.replay({ ...at, seed: 6 })).not.toBe(first);
    expect(playback.replay({ ...at, path: [0, 7] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Choice 2 of the saved path no longer fits/),
    });
    const branch = playback.branch('b0', at);
    expect(branch).toMatchObject({ id: 'b0', path: [0, 0], ending: undefined, endingTitle: undefined });
    expect(playback.branch('b1', { ...at, path: [4] })).toMatchObject({ decisions: [], ending: undefined });
  });
});
