// Selectors over a session view, computed here once so no view repeats them: the page (the words since the
// last choice, speakers named, the player never named), the place it opens in, the sounds on silent lines,
// and the ending as people read it. Pure.
import { castFor, characterOf, type Cast, type Character } from '../story/cast.ts';
import type { SessionView, TranscriptLine } from './session-types.ts';

/** The character id the player speaks as: their lines are shown without a name plate or portrait. */
export const PLAYER_ID = 'you';

/** Who speaks a line: the cast's person (name, role, plate "Name · role", portrait), else the id as written. */
export type Speaker = Character;

export interface PageLine {
  readonly text: string;
  readonly speaker: Speaker | undefined;
  readonly scene: string | undefined;
  readonly sfx: string | undefined;
  /** The face the speaker's portrait shows (`expression:`); undefined for the usual one. */
  readonly expression: string | undefined;
  /** The last line of an ending. */
  readonly ending: boolean;
}

export interface ScenePage {
  readonly lines: readonly PageLine[];
  /** The place the page opens in (the first scene set since the last choice, else the current one). */
  readonly scene: string | undefined;
  /** Sounds of lines with no words (a knock before anyone speaks): played once as the page opens. */
  readonly silentEffects: readonly string[];
}

/** Who speaks a line; undefined for narration and for the player. */
export function speakerOf(line: Pick<TranscriptLine, 'speaker'>, cast: Cast = castFor()): Speaker | undefined {
  const id = line.speaker;
  if (!id || id === PLAYER_ID) return undefined;
  return characterOf(cast, id);
}

/** The page of a view: every line shown since the last choice. */
export function scenePage(
  view: Pick<SessionView, 'transcript' | 'step' | 'scene'> & Partial<Pick<SessionView, 'cast'>>,
): ScenePage {
  const since = view.transcript.filter((line) => line.step === view.step);
  const cast = castFor(view.cast);
  return {
    lines: since
      .filter((line) => line.text !== '')
      .map((line) => ({
        text: line.text,
        speaker: speakerOf(line, cast),
        scene: line.scene,
        sfx: line.sfx,
        expression: line.expression,
        ending: line.ending !== undefined,
      })),
    scene: since.find((line) => line.scene)?.scene ?? view.scene,
    silentEffects: since.filter((line) => line.text === '' && line.sfx).map((line) => line.sfx!),
  };
}

/** Whether there are words since the last choice. */
export function pageHasText(view: Pick<SessionView, 'transcript' | 'step'>): boolean {
  return view.transcript.some((line) => line.step === view.step && line.text !== '');
}

/** The last words before the options (the situation a decision answers). */
export function lastPageLine(view: Pick<SessionView, 'transcript' | 'step'>): string | undefined {
  return view.transcript.filter((line) => line.step === view.step && line.text !== '').at(-1)?.text;
}

/** The words the story ended on, once it has ended. */
export function endingText(view: Pick<SessionView, 'transcript' | 'ended'>): string | undefined {
  return view.ended ? view.transcript.filter((line) => line.text !== '').at(-1)?.text : undefined;
}

/** An id made readable: "jo-held" → "Jo held". */
export function readableId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An ending as people read it: its `ending-title:`, else its id made readable; undefined when none was reached. */
export function endingLabel(ending: {
  readonly ending: string | undefined;
  readonly endingTitle?: string | undefined;
}): string | undefined {
  if (ending.ending === undefined) return undefined;
  return ending.endingTitle ?? readableId(ending.ending);
}
