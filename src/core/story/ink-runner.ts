// The only module that touches the inkjs runtime. Turns ink output into plain data:
// lines with parsed tags, options with parsed principle tags, the end, runtime errors as messages.
// The engine's own module, shared with the lazily loaded compiler (ink-compiler.ts), so the runtime ships once.
import { Story } from 'inkjs/engine/Story';
import { parseTags } from './tags.ts';
import { DEFAULT_STEP_BUDGET, MAX_LINES_PER_STEP, StepMeter } from './step-meter.ts';
import type { ScenarioMeta, Stall, StoryLine, StoryOption, StoryStep } from './story-types.ts';
import { decisionIdFromPath, readMeta, toOption } from './story-values.ts';

export type { ScenarioMeta, Stall, StoryLine, StoryOption, StoryStep } from './story-types.ts';
export { DEFAULT_STEP_BUDGET, MAX_LINES_PER_STEP } from './step-meter.ts';
export { decisionIdFromPath } from './story-values.ts';

export interface RunnerOptions {
  /** ink steps per continueStory() before it stops with `stalled`; DEFAULT_STEP_BUDGET unless a test or tool says otherwise. */
  readonly stepBudget?: number;
}

export type RunnerResult =
  { readonly ok: true; readonly runner: InkRunner } | { readonly ok: false; readonly error: string };

export class InkRunner {
  readonly meta: ScenarioMeta;
  /** ink steps each continueStory() may take before it stops with `stalled`. */
  readonly stepBudget: number;
  private story: Story;
  private readonly source: string | object;
  private readonly principleIds: ReadonlySet<string>;
  private readonly globalTagCount: number;
  private atStart = true;
  private errors: string[] = [];
  private readonly options = new Map<string, StoryOption>();

  private constructor(source: string | object, story: Story, principleIds: ReadonlySet<string>, stepBudget: number) {
    this.source = source;
    this.story = story;
    this.principleIds = principleIds;
    this.stepBudget = stepBudget;
    const globals = story.globalTags ?? [];
    this.globalTagCount = globals.length;
    this.meta = readMeta(globals, principleIds, source);
    this.listen(story);
  }

  /** Load compiled story JSON; a broken file yields a message, never an exception. */
  static create(json: string | object, principleIds: ReadonlySet<string>, options: RunnerOptions = {}): RunnerResult {
    const budget = options.stepBudget ?? DEFAULT_STEP_BUDGET;
    if (!(budget >= 1)) return { ok: false, error: `A step budget must be at least 1 (given ${budget}).` };
    try {
      return { ok: true, runner: new InkRunner(json, new Story(json as string), principleIds, budget) };
    } catch (error) {
      return { ok: false, error: `The story file could not be loaded: ${describe(error)}` };
    }
  }

  private listen(story: Story): void {
    story.onError = (message) => {
      this.errors.push(message);
    };
  }

  /**
   * ink refuses to reset in the middle of a paused step; a stalled story that is not kept going is abandoned
   * by loading the story afresh (rare: only after a stall).
   */
  private abandonStall(): void {
    if (this.story.asyncContinueComplete) return;
    const fresh = new Story(this.source as string);
    this.listen(fresh);
    this.story = fresh;
  }

  /** Fix ink's random seed so replays are identical. */
  setSeed(seed: number): void {
    this.story.state.storySeed = seed;
  }

  /**
   * Run until the next choice point or the end, collecting every line, within `stepBudget` ink steps and
   * MAX_LINES_PER_STEP lines. When a budget runs out the step comes back `stalled` (and not ended); calling
   * this again keeps going from exactly where it stopped, with a fresh budget.
   */
  continueStory(stepBudget: number = this.stepBudget): StoryStep {
    const lines: StoryLine[] = [];
    const meter = new StepMeter(stepBudget);
    let stalled: Stall | undefined;
    this.errors = [];
    try {
      while (this.story.canContinue || !this.story.asyncContinueComplete) {
        if (lines.length >= MAX_LINES_PER_STEP || meter.exhausted) {
          stalled = { budget: meter.exhausted ? 'steps' : 'lines', steps: meter.used, lines: lines.length };
          this.errors.push(stallMessage(stalled));
          break;
        }
        this.story.ContinueAsync(meter.take());
        // Paused part-way through a line: the meter ran out, and the next turn of the loop says so.
        if (!this.story.asyncContinueComplete) continue;
        const text = this.story.currentText ?? '';
        let rawTags = this.story.currentTags ?? [];
        if (this.atStart) {
          rawTags = rawTags.slice(Math.min(this.globalTagCount, rawTags.length));
          this.atStart = false;
        }
        const { tags, problems } = parseTags(rawTags, 'line', this.principleIds);
        if (text.trim() !== '' || tags.length > 0 || problems.length > 0)
          lines.push({ text: text.trim(), tags, problems });
        if (this.errors.length > 0) break;
      }
    } catch (error) {
      this.errors.push(describe(error));
    }
    const error = this.errors.length > 0 ? this.errors.join(' ') : undefined;
    const options = error ? [] : this.story.currentChoices.map((choice, index) => this.option(choice, index));
    const firstChoice = this.story.currentChoices[0];
    return {
      lines,
      options,
      decisionId: error || !firstChoice ? undefined : decisionIdFromPath(firstChoice.sourcePath),
      ended: !error && options.length === 0,
      error,
      stalled,
    };
  }

  /**
   * An option as plain data; parsed once per written option, text and tags (a knot of 2,000 options is offered
   * again on every path through it, and the checker plays hundreds).
   */
  private option(choice: { text: string; tags: string[] | null; sourcePath: string }, index: number): StoryOption {
    const key = `${choice.sourcePath}\u0000${choice.text}\u0000${(choice.tags ?? []).join('\u0000')}`;
    let parsed = this.options.get(key);
    if (!parsed) {
      parsed = toOption(choice, index, this.principleIds);
      this.options.set(key, parsed);
    }
    return parsed.index === index ? parsed : { ...parsed, index };
  }

  /** Take an option; returns a message instead of throwing when the index is not on offer. */
  choose(index: number): string | undefined {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      return `There is no option ${index + 1} here (${count} on offer).`;
    }
    try {
      this.story.ChooseChoiceIndex(index);
      return undefined;
    } catch (error) {
      return describe(error);
    }
  }

  /** The value of an ink variable, for tests and the debrief (plain data only). */
  variable(name: string): unknown {
    try {
      const value: unknown = this.story.variablesState.$(name);
      // An ink list (or another ink value object) reads as its own text form.
      return typeof value === 'object' && value !== null ? (value as { toString(): string }).toString() : value;
    } catch {
      return undefined;
    }
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  /** Restore a state from saveState(); returns a message when it does not fit this story. */
  loadState(json: string): string | undefined {
    try {
      this.abandonStall();
      this.story.state.LoadJson(json);
      this.atStart = false;
      return undefined;
    } catch (error) {
      return `The saved story position could not be restored: ${describe(error)}`;
    }
  }

  reset(): void {
    this.abandonStall();
    this.story.ResetState();
    this.atStart = true;
  }
}

function stallMessage(stall: Stall): string {
  return stall.budget === 'lines'
    ? `The story printed more than ${MAX_LINES_PER_STEP} lines without offering a choice: it seems to loop here without end.`
    : `The story ran for ${stall.steps} steps without reaching a choice: it seems to loop here without end.`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
