// Records what playing paths finds: decision points, options (by source path), options taken, endings,
// dead ends, loops, runtime errors and tag problems; and a coverage fingerprint to tell when a path added nothing.
import type { StoryOption, StoryStep } from '../story/story-types.ts';
import { findTag, type TagProblem } from '../story/tags.ts';
import { optionKey, type OptionSeen, type PathProblem, type Walk } from './exploration-types.ts';

export class Recorder {
  readonly endings = new Map<string, number>();
  readonly options = new Map<string, OptionSeen>();
  /** How often each option has been taken, by optionKey, on every path played so far. */
  readonly taken = new Map<string, number>();
  readonly decisionPoints = new Set<string>();
  readonly decisionOptions = new Map<string, readonly StoryOption[]>();
  readonly problems: PathProblem[] = [];
  readonly tagProblems = new Map<string, TagProblem>();
  readonly decisionCounts: number[] = [];
  private minDecisions = Number.POSITIVE_INFINITY;
  private maxDecisions = Number.NEGATIVE_INFINITY;
  /** A step ran out of its step budget: the story seems to loop without end, and that has been reported. */
  stalled = false;

  seeStep(step: StoryStep): void {
    for (const line of step.lines) for (const p of line.problems) this.tagProblems.set(`${p.tag}|${p.message}`, p);
    for (const option of step.options)
      for (const p of option.problems) this.tagProblems.set(`${p.tag}|${p.message}`, p);
    if (!step.decisionId || step.options.length === 0 || step.options.every((o) => o.aside)) return;
    this.decisionPoints.add(step.decisionId);
    if (!this.decisionOptions.has(step.decisionId)) this.decisionOptions.set(step.decisionId, step.options);
    for (const option of step.options) {
      const key = optionKey(option);
      if (!this.options.has(key)) this.options.set(key, { decisionId: step.decisionId, option });
    }
  }

  take(step: StoryStep, option: StoryOption): void {
    if (!step.decisionId) return;
    const key = optionKey(option);
    this.taken.set(key, (this.taken.get(key) ?? 0) + 1);
  }

  finish(step: StoryStep, walk: Walk): void {
    this.decisionCounts.push(walk.decisions);
    this.minDecisions = Math.min(this.minDecisions, walk.decisions);
    this.maxDecisions = Math.max(this.maxDecisions, walk.decisions);
    const last = step.lines.at(-1);
    const ending = step.lines
      .map((l) => findTag(l.tags, 'ending')?.id)
      .filter(Boolean)
      .at(-1);
    if (step.stalled) {
      this.stalled = true;
      this.addProblem({
        kind: 'loop',
        message: step.error ?? 'The story seems to loop here without end.',
        path: walk.chosen,
      });
    } else if (step.error) this.addProblem({ kind: 'runtime-error', message: step.error, path: walk.chosen });
    else if (ending) this.endings.set(ending, (this.endings.get(ending) ?? 0) + 1);
    else
      this.addProblem({
        kind: 'dead-end',
        message: `The story stops without an "ending:" tag${last ? ` after "${last.text.slice(0, 80)}"` : ''}.`,
        path: walk.chosen,
      });
  }

  /** A path that ran past the choice limit. */
  tooLong(maxChoices: number, walk: Walk): void {
    this.addProblem({
      kind: 'loop',
      message: `A path ran past ${maxChoices} choices: is there a loop with no way out?`,
      path: walk.chosen,
    });
  }

  addProblem(problem: PathProblem): void {
    if (
      this.problems.length < 200 &&
      !this.problems.some((p) => p.kind === problem.kind && p.message === problem.message)
    )
      this.problems.push(problem);
  }

  /** Everything a new path can add; when this does not change, the path found nothing new. */
  coverage(): string {
    return [
      this.decisionPoints.size,
      this.options.size,
      this.taken.size,
      this.endings.size,
      this.problems.length,
      this.tagProblems.size,
      this.minDecisions,
      this.maxDecisions,
    ].join(' ');
  }
}
