// The only module that touches the inkjs runtime. Turns ink output into plain data:
// lines with parsed tags, options with parsed principle tags, the end, runtime errors as messages.
// The engine's own module, shared with the lazily loaded compiler (ink-compiler.ts), so the runtime ships once.
import { Story } from 'inkjs/engine/Story';
import { findTag, parseTags, type Tag, type TagProblem } from './tags.ts';

export interface StoryLine {
  readonly text: string;
  readonly tags: readonly Tag[];
  readonly problems: readonly TagProblem[];
}

export interface StoryOption {
  readonly index: number;
  readonly text: string;
  readonly supports: readonly string[];
  readonly undermines: readonly string[];
  readonly why: string | undefined;
  readonly differs: string | undefined;
  readonly aside: boolean;
  /** The author asked for this decision's options in the order written (`keep-order`), not shuffled. */
  readonly keepOrder: boolean;
  readonly problems: readonly TagProblem[];
}

export interface StoryStep {
  readonly lines: readonly StoryLine[];
  readonly options: readonly StoryOption[];
  /** A stable name for this choice point (from ink's source path), for comparing playthroughs and variants. */
  readonly decisionId: string | undefined;
  readonly ended: boolean;
  readonly error: string | undefined;
  /**
   * The step ran out of budget before a choice or the end: the story may loop without end, or may just be long.
   * `error` carries the same news in words for callers that only know errors; a caller that knows stalls can
   * offer to keep going (`continueStory()` again picks up exactly where this stopped) instead of calling the story broken.
   */
  readonly stalled: Stall | undefined;
}

/** Which budget ran out, and how much work this step had done: counts, never time. */
export interface Stall {
  readonly budget: 'steps' | 'lines';
  /** ink steps taken by this call without reaching a choice or the end. */
  readonly steps: number;
  readonly lines: number;
}

export interface ScenarioMeta {
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly summary: string | undefined;
  readonly contentNote: string | undefined;
  readonly lengthMinutes: number | undefined;
  readonly variantOf: string | undefined;
  readonly problems: readonly TagProblem[];
}

/**
 * Limits that turn a story looping without end into a clear stop instead of a frozen page. They count work
 * (ink steps, lines), never milliseconds, so the same story stops at the same place on a fast desktop, a busy
 * school laptop and a loaded test machine.
 */
export const MAX_LINES_PER_STEP = 5000;
/**
 * ink steps one continueStory() may take before it stops and asks. Measured: the longest stretch between two
 * choices in the shipped scenarios takes about 1,100 steps, inkle's 1,700-line The Intercept about 110, a knot
 * of 2,000 options about 12,000. A knot that diverts to itself spends this in well under a second here.
 */
export const DEFAULT_STEP_BUDGET = 200_000;

export interface RunnerOptions {
  /** ink steps per continueStory() before it stops with `stalled`; DEFAULT_STEP_BUDGET unless a test or tool says otherwise. */
  readonly stepBudget?: number;
}

export type RunnerResult =
  { readonly ok: true; readonly runner: InkRunner } | { readonly ok: false; readonly error: string };

/**
 * Counts ink steps for ContinueAsync. inkjs only knows a time limit: it checks `elapsedMs > limit` once after
 * every step that did not end a line (and `limit > 0` once on entry). Handing it an object whose valueOf()
 * counts those checks turns the time limit into a step limit: while steps remain the limit reads as +Infinity
 * (never reached), then as -Infinity (reached at once), and ink pauses cleanly, ready to resume.
 * The entry check must never see -Infinity (ink would then run unbounded): take() is only called while
 * at least one step remains.
 */
class StepMeter {
  private remaining: number;
  used = 0;

  constructor(budget: number) {
    this.remaining = Math.max(1, Math.floor(budget));
  }

  get exhausted(): boolean {
    return this.remaining <= 0;
  }

  /** The value to pass to ContinueAsync as its "milliseconds". */
  take(): number {
    const limit = {
      valueOf: (): number => {
        if (this.remaining <= 0) return Number.NEGATIVE_INFINITY;
        this.remaining--;
        this.used++;
        return Number.POSITIVE_INFINITY;
      },
    };
    return limit as unknown as number;
  }
}

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

  private constructor(source: string | object, story: Story, principleIds: ReadonlySet<string>, stepBudget: number) {
    this.source = source;
    this.story = story;
    this.principleIds = principleIds;
    this.stepBudget = stepBudget;
    const globals = story.globalTags ?? [];
    this.globalTagCount = globals.length;
    this.meta = readMeta(globals, principleIds);
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
    const options = error
      ? []
      : this.story.currentChoices.map((choice, index) => toOption(choice.text, choice.tags, index, this.principleIds));
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
      return typeof value === 'object' && value !== null ? String(value) : value;
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

function toOption(
  text: string,
  rawTags: string[] | null,
  index: number,
  principleIds: ReadonlySet<string>,
): StoryOption {
  const { tags, problems } = parseTags(rawTags, 'choice', principleIds);
  return {
    index,
    text: text.trim(),
    supports: findTag(tags, 'supports')?.principles ?? [],
    undermines: findTag(tags, 'undermines')?.principles ?? [],
    why: findTag(tags, 'why')?.text,
    differs: findTag(tags, 'differs')?.text,
    aside: findTag(tags, 'aside') !== undefined,
    keepOrder: findTag(tags, 'keep-order') !== undefined,
    problems,
  };
}

function readMeta(globals: readonly string[], principleIds: ReadonlySet<string>): ScenarioMeta {
  const { tags, problems } = parseTags(globals, 'global', principleIds);
  return {
    id: findTag(tags, 'scenario')?.id,
    title: findTag(tags, 'title')?.text,
    summary: findTag(tags, 'summary')?.text,
    contentNote: findTag(tags, 'content-note')?.text,
    lengthMinutes: findTag(tags, 'length')?.minutes,
    variantOf: findTag(tags, 'variant-of')?.id,
    problems,
  };
}

/** "knot.stitch.0.c-1" names one choice; its choice point is the path without the last part. */
export function decisionIdFromPath(sourcePath: string): string {
  const parts = sourcePath.split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : sourcePath;
}

function stallMessage(stall: Stall): string {
  return stall.budget === 'lines'
    ? `The story printed more than ${MAX_LINES_PER_STEP} lines without offering a choice: it seems to loop here without end.`
    : `The story ran for ${stall.steps} steps without reaching a choice: it seems to loop here without end.`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
