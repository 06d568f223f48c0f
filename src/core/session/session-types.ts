// Plain data describing one playthrough: what was shown, what was offered, what was chosen.
// Shared by the session, tallies, saves and the debrief. Pure types.
import type { StoryOption } from '../story/ink-runner.ts';

export type OptionRecord = Omit<StoryOption, 'problems'>;

export interface TranscriptLine {
  readonly text: string;
  /** How many choices had been made when this line appeared. */
  readonly step: number;
  readonly speaker: string | undefined;
  /** The face the speaker shows on this line (`expression:`), when the story says. */
  readonly expression?: string | undefined;
  readonly scene: string | undefined;
  readonly sfx: string | undefined;
  readonly stage: string | undefined;
  readonly ending: string | undefined;
}

export interface DecisionRecord {
  /** Position among practice decisions (asides excluded), from 0. */
  readonly ordinal: number;
  /** Position among all choice points (asides included), from 0: the index into the path. */
  readonly step: number;
  readonly decisionId: string;
  /** The principle of the stage in which the decision came. */
  readonly stage: string | undefined;
  /** The last few lines before the options, so the debrief can say what the situation was. */
  readonly situation: readonly string[];
  /** The options in the order they were shown (each keeps its authored `index`). */
  readonly options: readonly OptionRecord[];
  /** Position of the chosen option in `options`. */
  readonly chosen: number;
  /** Clock time (ms) when the option was chosen. */
  readonly at: number;
}

export interface SessionSnapshot {
  readonly seed: number;
  /** Every option index chosen, asides included, in order. */
  readonly path: readonly number[];
  /** Clock time (ms) of each choice in the path. */
  readonly times: readonly number[];
  readonly startedAt: number;
}

export interface SessionView {
  readonly transcript: readonly TranscriptLine[];
  readonly options: readonly OptionRecord[];
  readonly decisionId: string | undefined;
  readonly scene: string | undefined;
  readonly stage: string | undefined;
  readonly ending: string | undefined;
  /** The ending's human title (`ending-title:`), when the story gives one. */
  readonly endingTitle: string | undefined;
  /** Whose cast the speakers belong to (a key of stories/characters.json's casts); undefined: generic roles. */
  readonly cast?: string | undefined;
  readonly ended: boolean;
  readonly error: string | undefined;
  readonly decisions: readonly DecisionRecord[];
  readonly step: number;
}
