// Depth-first play of every path of a story, one option at a time, from saved states. A generator: it yields
// after every complete path, so a caller can report progress, pause or stop between paths.
import type { InkRunner } from '../story/ink-runner.ts';
import type { StoryOption, StoryStep } from '../story/story-types.ts';
import type { Recorder } from './exploration-recorder.ts';
import { REPEAT_LIMIT, timesOnPath, type ExploreOptions, type Walk } from './exploration-types.ts';

interface Pending {
  readonly state: string;
  readonly walk: Walk;
  /** The step offered at `state` (kept, so it is not rebuilt for each of its options) and the option to take. */
  readonly step: StoryStep;
  readonly option: StoryOption;
}

/** Every path, depth first; returns false when it passed `exhaustiveLimit` paths and stopped. */
export function* exploreAll(runner: InkRunner, recorder: Recorder, options: ExploreOptions): Generator<void, boolean> {
  runner.reset();
  runner.setSeed(options.seed);
  const stack: Pending[] = [];
  let leaves = 0;
  /** Record a step; false when the path ends here. */
  const visit = (step: StoryStep, walk: Walk): boolean => {
    recorder.seeStep(step);
    if (step.options.length === 0 || step.error) {
      recorder.finish(step, walk);
      return false;
    }
    if (walk.chosen.length >= options.maxChoicesPerPath) {
      recorder.tooLong(options.maxChoicesPerPath, walk);
      return false;
    }
    const state = runner.saveState();
    // A hub visited again and again shows all it can by REPEAT_LIMIT; sampling finds true loops by length.
    const open = step.options.filter((o) => timesOnPath(walk, o.text) < REPEAT_LIMIT);
    for (const option of [...open].reverse()) stack.push({ state, walk, step, option });
    return open.length > 0;
  };
  if (!visit(runner.continueStory(), { decisions: 0, chosen: [] })) leaves++;
  while (stack.length > 0) {
    if (leaves > options.exhaustiveLimit) return false;
    // A loop without end has been reported once; every other path through it would only repeat it.
    if (recorder.stalled) return true;
    const { state, step, option, walk: before } = stack.pop()!;
    runner.loadState(state);
    recorder.take(step, option);
    if (runner.choose(option.index)) continue;
    const walk = {
      decisions: before.decisions + (option.aside ? 0 : 1),
      chosen: [...before.chosen, option.text],
    };
    if (!visit(runner.continueStory(), walk)) {
      leaves++;
      yield;
    }
  }
  return true;
}
