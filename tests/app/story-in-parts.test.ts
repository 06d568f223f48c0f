// A new playthrough opens on the story's first part (options without their reasons) and takes its first option
// on the whole story, loaded while the first page is read: the same place, the reasons there, nothing lost when
// the second download fails.
import { describe, expect, it } from 'vitest';
import { PlayController } from '../../src/app/play-controller.ts';
import { StoryPlayback } from '../../src/app/story-playback.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { storyVersion } from '../../src/core/save/story-version.ts';
import { splitStory, type StoryFirstPart } from '../../src/core/story/story-parts.ts';
import { positionOf, scenarioOf, settle, twoRoads, world } from './app-world.ts';

/** "Two roads" in two parts; the second download fails `failures` times before it arrives. */
function inParts(failures = 0) {
  const parts = splitStory(twoRoads);
  let wholeLoads = 0;
  const loadFirstPart = async (): Promise<StoryFirstPart> => ({
    json: parts.json,
    version: storyVersion(twoRoads),
    reasons: async () => {
      wholeLoads++;
      if (wholeLoads <= failures) throw new Error('network gone');
      return parts.reasons;
    },
  });
  return { scenario: { ...scenarioOf(twoRoads), loadFirstPart }, wholeLoads: () => wholeLoads };
}

async function startOnFirstPart(failures = 0) {
  const w = world();
  const story = inParts(failures);
  const loaded = await StoryPlayback.load(story.scenario, DEFAULT_CATALOGUE.ids, w.clock, { firstPartFirst: true });
  if (!loaded.ok) throw new Error(loaded.error);
  const started = PlayController.start(loaded.playback, w.playDeps);
  if (!started.ok) throw new Error(started.error);
  await settle();
  return { ...w, ...story, playback: loaded.playback, controller: started.controller };
}

describe('a story loaded in two parts', () => {
  it('shows the first page and options from the first part, and waits for the rest before a choice', async () => {
    const { controller, playback, wholeLoads } = await startOnFirstPart();
    expect(playback.version).toBe(storyVersion(twoRoads));
    expect(controller.ready).toBe(false);
    expect(wholeLoads()).toBe(0);
    const before = controller.view();
    expect(before.options.map((o) => o.text)).toContain('Ask how they are, and listen');
    expect(controller.choose(positionOf(controller, 'Ask how they are'))).toMatch(/still loading/);
    expect(controller.snapshot().path).toEqual([]);

    expect(await controller.prepare()).toBeUndefined();
    expect(controller.ready).toBe(true);
    const after = controller.view();
    expect(after.transcript).toEqual(before.transcript);
    expect(after.options.map((o) => o.text)).toEqual(before.options.map((o) => o.text));
    expect(after.options.find((o) => o.text.startsWith('Ask how'))?.why).toBe(
      'Warmth first, though it takes time you do not have.',
    );
    expect(controller.choose(positionOf(controller, 'Ask how they are'))).toBeUndefined();
    expect(controller.view().decisions[0]?.options.every((o) => o.why && !o.why.includes('\uE000'))).toBe(true);
  });

  it('loads the rest once, however often it is asked for', async () => {
    const { controller, wholeLoads } = await startOnFirstPart();
    await Promise.all([controller.prepare(), controller.prepare(), controller.prepare()]);
    expect(wholeLoads()).toBe(1);
  });

  it('says so when the rest cannot be loaded, keeps the place, and tries again at the next choice', async () => {
    const { controller, store } = await startOnFirstPart(1);
    const saved = [...store.data.keys()];
    expect(await controller.prepare()).toMatch(/The rest of "Two roads" could not be loaded \(network gone\)/);
    expect(controller.ready).toBe(false);
    expect([...store.data.keys()]).toEqual(saved);
    expect(await controller.prepare()).toBeUndefined();
    expect(controller.choose(positionOf(controller, 'Ask how they are'))).toBeUndefined();
  });

  it('plays a saved or shared story from the whole of it', async () => {
    const { clock } = world();
    const loaded = await StoryPlayback.load(inParts().scenario, DEFAULT_CATALOGUE.ids, clock);
    expect(loaded.ok && loaded.playback.isWhole).toBe(true);
  });
});
