// One playthrough of a scenario: start, continue, choose, rewind to any earlier choice, snapshot and restore.
// Rewind and restore replay the chosen path from the start with a fixed seed, so a position is just data.
import type { Clock } from '../ports.ts';
import { InkRunner, type StoryStep } from '../story/ink-runner.ts';
import { shownOrder } from '../story/option-order.ts';
import { castFor } from '../story/cast.ts';
import { findTag } from '../story/tags.ts';
import type { DecisionRecord, OptionRecord, SessionSnapshot, SessionView, TranscriptLine } from './session-types.ts';

export interface StorySource {
  readonly json: string | object;
  readonly principleIds: ReadonlySet<string>;
}

export type SessionResult =
  { readonly ok: true; readonly session: PlaySession } | { readonly ok: false; readonly error: string };

const SITUATION_LINES = 3;

export class PlaySession {
  private readonly runner: InkRunner;
  private readonly clock: Clock;
  private readonly seed: number;
  private readonly startedAt: number;
  private path: number[] = [];
  private times: number[] = [];
  private transcript: TranscriptLine[] = [];
  private decisions: DecisionRecord[] = [];
  private step!: StoryStep;
  /** The options on offer in the order shown (shuffled by seed, asides in place). */
  private offered: StoryStep['options'] = [];
  private scene: string | undefined;
  private stage: string | undefined;
  private ending: string | undefined;
  private endingTitle: string | undefined;

  private constructor(runner: InkRunner, clock: Clock, seed: number, startedAt: number) {
    this.runner = runner;
    this.clock = clock;
    this.seed = seed;
    this.startedAt = startedAt;
    runner.setSeed(seed);
    this.absorb(runner.continueStory());
  }

  static start(source: StorySource, clock: Clock, seed = 1): SessionResult {
    const created = InkRunner.create(source.json, source.principleIds);
    if (!created.ok) return created;
    return { ok: true, session: new PlaySession(created.runner, clock, seed, clock.now()) };
  }

  /** Rebuild a playthrough from a snapshot by replaying its path; says where it no longer fits the story. */
  static restore(source: StorySource, snapshot: SessionSnapshot, clock: Clock): SessionResult {
    const created = InkRunner.create(source.json, source.principleIds);
    if (!created.ok) return created;
    const session = new PlaySession(created.runner, clock, snapshot.seed, snapshot.startedAt);
    const problem = session.replay(snapshot.path, snapshot.times);
    return problem ? { ok: false, error: problem } : { ok: true, session };
  }

  get meta() {
    return this.runner.meta;
  }

  view(): SessionView {
    return {
      transcript: this.transcript,
      options: this.offered.map(stripProblems),
      decisionId: this.step.decisionId,
      scene: this.scene,
      stage: this.stage,
      ending: this.ending,
      endingTitle: this.endingTitle,
      cast: castFor(this.runner.meta.id, this.runner.meta.variantOf).id,
      ended: this.step.ended,
      error: this.step.error,
      decisions: this.decisions,
      step: this.path.length,
    };
  }

  /** Take the option at this position of the options as shown; returns a message when that is not possible. */
  choose(position: number, at: number = this.clock.now()): string | undefined {
    if (this.step.error) return `The story stopped with an error: ${this.step.error}`;
    const offered = this.offered;
    const option = offered[position];
    if (!option) return `There is no option ${position + 1} here (${offered.length} on offer).`;
    if (!option.aside && this.step.decisionId !== undefined) {
      this.decisions.push({
        ordinal: this.decisions.length,
        step: this.path.length,
        decisionId: this.step.decisionId,
        stage: this.stage,
        situation: this.transcript
          .slice(-SITUATION_LINES)
          .map((line) => line.text)
          .filter((text) => text !== ''),
        options: offered.map(stripProblems),
        chosen: position,
        at,
      });
    }
    const problem = this.runner.choose(option.index);
    if (problem) return problem;
    this.path.push(option.index);
    this.times.push(at);
    this.absorb(this.runner.continueStory());
    return undefined;
  }

  /** Take the option with this index in the story's own (authored) order, as saved paths record it. */
  chooseAuthored(index: number, at: number = this.clock.now()): string | undefined {
    const position = this.offered.findIndex((o) => o.index === index);
    if (position === -1) return `There is no option ${index + 1} here (${this.offered.length} on offer).`;
    return this.choose(position, at);
  }

  /** Go back to the choice point at `step` (0 = the first), as it was before that choice was made. */
  rewindToStep(step: number): string | undefined {
    if (!Number.isInteger(step) || step < 0 || step > this.path.length)
      return `There is no choice point ${step} to go back to.`;
    const path = this.path.slice(0, step);
    const times = this.times.slice(0, step);
    this.runner.reset();
    this.runner.setSeed(this.seed);
    this.path = [];
    this.times = [];
    this.transcript = [];
    this.decisions = [];
    this.scene = this.stage = this.ending = this.endingTitle = undefined;
    this.absorb(this.runner.continueStory());
    return this.replay(path, times);
  }

  /** Go back to the practice decision with this ordinal, ready to choose again. */
  rewindToDecision(ordinal: number): string | undefined {
    const decision = this.decisions[ordinal];
    if (!decision) return `There is no decision ${ordinal + 1} to go back to.`;
    return this.rewindToStep(decision.step);
  }

  snapshot(): SessionSnapshot {
    return { seed: this.seed, path: [...this.path], times: [...this.times], startedAt: this.startedAt };
  }

  /** Read an ink variable (tests and debrief). */
  variable(name: string): unknown {
    return this.runner.variable(name);
  }

  private replay(path: readonly number[], times: readonly number[]): string | undefined {
    for (const [i, index] of path.entries()) {
      const problem = this.chooseAuthored(index, times[i] ?? this.startedAt);
      if (problem) return `Choice ${i + 1} of the saved path no longer fits the story: ${problem}`;
    }
    return undefined;
  }

  private absorb(step: StoryStep): void {
    for (const line of step.lines) {
      const scene = findTag(line.tags, 'scene')?.id;
      const stage = findTag(line.tags, 'stage')?.principle;
      const ending = findTag(line.tags, 'ending')?.id;
      const endingTitle = findTag(line.tags, 'ending-title')?.text;
      if (scene) this.scene = scene;
      if (stage) this.stage = stage;
      if (ending) this.ending = ending;
      if (endingTitle) this.endingTitle = endingTitle;
      this.transcript.push({
        text: line.text,
        step: this.path.length,
        speaker: findTag(line.tags, 'speaker')?.id,
        expression: findTag(line.tags, 'expression')?.id,
        scene: this.scene,
        sfx: findTag(line.tags, 'sfx')?.id,
        stage: this.stage,
        ending,
      });
    }
    this.step = step;
    this.offered = shownOrder(step.options, this.seed, step.decisionId).map((i) => step.options[i]!);
  }
}

function stripProblems(option: StoryStep['options'][number]): OptionRecord {
  const { problems: _problems, ...record } = option;
  return record;
}
