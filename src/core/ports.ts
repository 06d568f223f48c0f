// Ports: the only ways core and app reach the outside world (storage, sound, time, the other window).
// Types only, so adapters (src/adapters) implement them without importing a value from core; main.ts wires
// the adapters in, and tests use the in-memory doubles under tests/doubles.

export interface Clock {
  now(): number;
}

export type StorageFailure = 'blocked' | 'full' | 'unavailable';

/** What a SaveStore rejects with when the browser refuses; the app turns it into one calm message. */
export interface StorageError extends Error {
  readonly name: 'StorageError';
  readonly failure: StorageFailure;
}

/**
 * A key-value store of plain JSON data. A refusal rejects with a StorageError (anything else counts as
 * "unavailable"); the app never lets that escape as an exception, every write ending in a StorageOutcome.
 */
export interface SaveStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export interface AudioLevels {
  readonly music: number;
  readonly effects: number;
  readonly muted: boolean;
}

/** Sound output. Every method is safe to call when sound cannot play: it then does nothing. */
export interface AudioPort {
  unlock(): void;
  playAmbient(placeId: string | undefined): void;
  playEffect(soundId: string): void;
  setLevels(levels: AudioLevels): void;
}

/** A channel between windows of the same site on one machine (BroadcastChannel in the browser). */
export interface SyncChannel<M> {
  post(message: M): void;
  /** Messages from other windows (never one's own). */
  onMessage(handler: (message: M) => void): void;
  close(): void;
}

/** Opens the channel with this name; every window opening the same name hears the others. */
export type ChannelFactory<M> = (name: string) => SyncChannel<M>;

/** A voice the device can speak with. */
export interface SpeechVoice {
  readonly id: string;
  readonly name: string;
  /** BCP 47 language tag, e.g. `en-GB`. */
  readonly lang: string;
}

export interface SpeechEvents {
  /** The utterance finished (or was cut short by `cancel`). */
  onEnd(): void;
  /** The utterance could not be spoken (no voice, refused); the reason is for logs only. */
  onError(reason: string): void;
}

/**
 * Reading words aloud on this device (the browser's speech synthesis). Only voices that run locally are
 * offered: a voice that sends text to a server is never used. Every method is safe when speech is missing.
 */
export interface SpeechPort {
  /** Voices that speak on this device; empty when there are none or speech is not available. */
  localVoices(): Promise<readonly SpeechVoice[]>;
  speak(
    text: string,
    options: { readonly voiceId: string | undefined; readonly rate: number },
    events: SpeechEvents,
  ): void;
  pause(): void;
  resume(): void;
  /** Stops speaking and drops anything queued. */
  cancel(): void;
}

/** What a learning platform may be told about a playthrough: ids and counts, never words the learner wrote. */
export type LearningEvent =
  | {
      readonly type: 'playthrough-started';
      readonly scenarioId: string;
      readonly playthroughId: string;
      /** Carried on from a save rather than begun afresh. */
      readonly resumed: boolean;
    }
  | {
      readonly type: 'decision-taken';
      readonly scenarioId: string;
      readonly playthroughId: string;
      /** The decision's position among the playthrough's decisions, from 0. */
      readonly ordinal: number;
      readonly decisionId: string;
      /** The option's place in the story's own order (shown order varies by playthrough). */
      readonly optionIndex: number;
      /** Where the option is written in the compiled story: its identity across playthroughs. */
      readonly optionId: string;
      readonly supports: readonly string[];
      readonly undermines: readonly string[];
    }
  | {
      readonly type: 'note-written';
      readonly scenarioId: string;
      readonly playthroughId: string;
      /** Which note (a decision's or the playthrough's); never its text. */
      readonly noteKey: string;
    }
  | {
      readonly type: 'playthrough-finished';
      readonly scenarioId: string;
      readonly playthroughId: string;
      readonly ending: string;
      readonly profile: readonly {
        readonly principle: string;
        readonly supported: number;
        readonly undermined: number;
      }[];
    };

/**
 * Where learning records go: nowhere by default (a no-op); an organisation's learning platform (SCORM, cmi5)
 * when it launched the game and the learner was told what is reported. Must never throw or block play.
 */
export interface LearningRecordPort {
  record(event: LearningEvent): void;
}

/** How an organisation built its learning-platform package (written into the package's page by `npm run build:lms`). */
export interface LmsLaunchSettings {
  readonly standard: 'scorm12' | 'scorm2004' | 'cmi5';
  /** Each decision (option id and principle tags) and the final profile are reported; otherwise completion only. */
  readonly reportDecisions: boolean;
  /** A learner resuming may go past the content notice with one line of reminder; never by default. */
  readonly skipNoticeOnResume: boolean;
  /** The scenarios the package offers (ids); every bundled scenario when empty. */
  readonly scenarios: readonly string[];
}

/**
 * The conversation with a learning platform (SCORM 1.2, SCORM 2004 or cmi5) that launched the game. The adapter
 * speaks the standard; the app decides what is sent. No method may throw or wait on play: failures resolve to
 * `false` (or an empty bookmark) and the app says once that progress isn't being recorded.
 */
export interface LmsConnection {
  /** Starts the attempt (Initialize / launched+initialized) and reads the stored bookmark, if any. */
  open(): Promise<{ readonly connected: boolean; readonly bookmark: string | undefined }>;
  /** Reports one event (started → incomplete, decision, finished → completed); decisions only reach it when opted in. */
  record(event: LearningEvent): void;
  /** Stores where the learner is (SCORM suspend_data + location; cmi5 State API), committed at sensible points. */
  saveBookmark(bookmark: string): void;
  /** Session time, commit and Terminate/LMSFinish (cmi5: terminated). Safe to call twice. */
  close(): Promise<void>;
}
