// The only module that touches the inkjs runtime. Turns ink output into plain data:
// lines with parsed tags, options with parsed principle tags, the end, runtime errors as messages.
import { Story } from 'inkjs';
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

/** Limits that turn a story looping without end into a clear error instead of a frozen page. */
const MAX_LINES_PER_STEP = 5000;
const STEP_BUDGET_MS = 1000;
const SLICE_MS = 50;

export type RunnerResult = { readonly ok: true; readonly runner: InkRunner } | { readonly ok: false; readonly error: string };

export class InkRunner {
  readonly meta: ScenarioMeta;
  private readonly story: Story;
  private readonly principleIds: ReadonlySet<string>;
  private readonly globalTagCount: number;
  private atStart = true;
  private errors: string[] = [];

  private constructor(story: Story, principleIds: ReadonlySet<string>) {
    this.story = story;
    this.principleIds = principleIds;
    const globals = story.globalTags ?? [];
    this.globalTagCount = globals.length;
    this.meta = readMeta(globals, principleIds);
    story.onError = (message) => {
      this.errors.push(message);
    };
  }

  /** Load compiled story JSON; a broken file yields a message, never an exception. */
  static create(json: string | object, principleIds: ReadonlySet<string>): RunnerResult {
    try {
      return { ok: true, runner: new InkRunner(new Story(json as string), principleIds) };
    } catch (error) {
      return { ok: false, error: `The story file could not be loaded: ${describe(error)}` };
    }
  }

  /** Fix ink's random seed so replays are identical. */
  setSeed(seed: number): void {
    this.story.state.storySeed = seed;
  }

  /** Run until the next choice point or the end, collecting every line. */
  continueStory(): StoryStep {
    const lines: StoryLine[] = [];
    this.errors = [];
    try {
      const started = Date.now();
      while (this.story.canContinue) {
        if (lines.length >= MAX_LINES_PER_STEP) {
          this.errors.push(`The story printed more than ${MAX_LINES_PER_STEP} lines without offering a choice: it seems to loop here without end.`);
          break;
        }
        // Continue in slices, so a knot that diverts to itself forever is caught instead of freezing the page.
        this.story.ContinueAsync(SLICE_MS);
        while (!this.story.asyncContinueComplete && Date.now() - started < STEP_BUDGET_MS) this.story.ContinueAsync(SLICE_MS);
        if (!this.story.asyncContinueComplete) {
          this.errors.push('The story kept running for more than a second without reaching a line or a choice: it seems to loop here without end.');
          break;
        }
        const text = this.story.currentText ?? '';
        let rawTags = this.story.currentTags ?? [];
        if (this.atStart) {
          rawTags = rawTags.slice(Math.min(this.globalTagCount, rawTags.length));
          this.atStart = false;
        }
        const { tags, problems } = parseTags(rawTags, 'line', this.principleIds);
        if (text.trim() !== '' || tags.length > 0 || problems.length > 0) lines.push({ text: text.trim(), tags, problems });
        if (this.errors.length > 0) break;
      }
    } catch (error) {
      this.errors.push(describe(error));
    }
    const error = this.errors.length > 0 ? this.errors.join(' ') : undefined;
    const options = error ? [] : this.story.currentChoices.map((choice, index) => toOption(choice.text, choice.tags, index, this.principleIds));
    const firstChoice = this.story.currentChoices[0];
    return {
      lines,
      options,
      decisionId: error || !firstChoice ? undefined : decisionIdFromPath(firstChoice.sourcePath),
      ended: !error && options.length === 0,
      error,
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
      this.story.state.LoadJson(json);
      this.atStart = false;
      return undefined;
    } catch (error) {
      return `The saved story position could not be restored: ${describe(error)}`;
    }
  }

  reset(): void {
    this.story.ResetState();
    this.atStart = true;
  }
}

function toOption(text: string, rawTags: string[] | null, index: number, principleIds: ReadonlySet<string>): StoryOption {
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
