// The plain data the ink runner turns ink output into: lines, options, steps, stalls and scenario metadata.
// Types only, so sessions, the checker and the views can name them without loading the ink engine.
import type { ScenarioRole, Tag, TagProblem } from './tags.ts';

export interface StoryLine {
  readonly text: string;
  readonly tags: readonly Tag[];
  readonly problems: readonly TagProblem[];
}

export interface StoryOption {
  readonly index: number;
  readonly text: string;
  /**
   * Where the option is written in the compiled story ("knot.0.19"): the same option keeps it whatever is
   * shown before it, so it is the option's identity for counting (its index shifts with conditional options).
   */
  readonly sourcePath: string;
  readonly supports: readonly string[];
  readonly undermines: readonly string[];
  readonly why: string | undefined;
  /** The option in a few words (`short:`), for the projector's reveal where the full text will not fit. */
  readonly shortText: string | undefined;
  /** The trade-off in a few words (`why-short:`), beside `shortText` on the projector's reveal. */
  readonly shortWhy: string | undefined;
  readonly differs: string | undefined;
  readonly aside: boolean;
  /** The author asked for this decision's options in the order written (`keep-order`), not shuffled. */
  readonly keepOrder: boolean;
  /** The short summary offered instead of a distressing passage (`summary-choice`, beside `aside`). */
  readonly summaryChoice: boolean;
  /** The author marked this decision as one worth stopping the room for (`key-decision`, on any of its options). */
  readonly keyDecision: boolean;
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
  /** What the scenario is for (`role:`): the title offers the warm-up and the case study first. */
  readonly role: ScenarioRole | undefined;
  /** The principles of the story's own `stage:` tags, in the order written (a story may have fewer than eight). */
  readonly stages: readonly string[];
  readonly problems: readonly TagProblem[];
}
