// The learning-record events of a playthrough, built from what the session shows: which playthrough began,
// each decision with its option and principle tags, that a note was written (never its text), and the
// ending with the principle profile. The default port records nothing.
import type { LearningEvent, LearningRecordPort } from '../core/ports.ts';
import type { SessionView } from '../core/session/session-types.ts';

/** Reports nothing: the game's behaviour unless a learning platform launched it. */
export const NO_LEARNING_RECORDS: LearningRecordPort = { record: () => undefined };

interface Playthrough {
  readonly scenarioId: string;
  readonly playthroughId: string;
}

/** The choice just made (the last of `pathLength` choices), when it was a decision and not an aside. */
export function decisionTaken(of: Playthrough, view: SessionView, pathLength: number): LearningEvent | undefined {
  const decision = view.decisions.at(-1);
  const option = decision?.options[decision.chosen];
  if (!decision || !option || decision.step !== pathLength - 1) return undefined;
  return {
    type: 'decision-taken',
    ...of,
    ordinal: decision.ordinal,
    decisionId: decision.decisionId,
    optionIndex: option.index,
    optionId: option.sourcePath,
    supports: [...option.supports],
    undermines: [...option.undermines],
  };
}

export function playthroughFinished(
  of: Playthrough,
  ending: string,
  profile: readonly { principle: string; supported: number; undermined: number }[],
): LearningEvent {
  return { type: 'playthrough-finished', ...of, ending, profile: profile.map((p) => ({ ...p })) };
}

/** Passes events on, and keeps a learning platform's failure from ever reaching play. */
export function guarded(port: LearningRecordPort): LearningRecordPort {
  return {
    record(event) {
      try {
        port.record(event);
      } catch (error) {
        console.debug('A learning record could not be sent; play carries on.', error);
      }
    },
  };
}
