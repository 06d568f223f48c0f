// Where a saved playthrough stands, kept beside each save so the Save/Load dialog can say it without loading
// the story: the stage, how many decisions were made, and one line of the page the save returns to.
import type { SessionView } from '../core/session/session-types.ts';

export interface SavePlace {
  /** The principle of the stage the save is in, if the story has stages. */
  readonly stage: string | undefined;
  /** Practice decisions made so far (asides not counted). */
  readonly decisions: number;
  /** One line to recognise the page by: its opening words, or the ending's title. */
  readonly where: string;
}

const MAX_WHERE = 90;

/** The place of a view: computed when saving, from what the page shows. */
export function placeOf(
  view: Pick<SessionView, 'transcript' | 'step' | 'stage' | 'decisions' | 'endingTitle'>,
): SavePlace {
  const page = view.transcript.filter((line) => line.step === view.step && line.text.trim() !== '');
  const opening = view.endingTitle ?? page[0]?.text ?? view.transcript.filter((l) => l.text.trim()).at(-1)?.text ?? '';
  return { stage: view.stage, decisions: view.decisions.length, where: shorten(opening.trim()) };
}

/** Cut at a word boundary with an ellipsis, so a long opening still fits one line. */
export function shorten(text: string, max = MAX_WHERE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Read a place kept beside a save; anything malformed reads as no place (the dialog then says less). */
export function readPlace(data: unknown): SavePlace | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const raw = data as Record<string, unknown>;
  if (typeof raw.where !== 'string' || typeof raw.decisions !== 'number' || !Number.isInteger(raw.decisions))
    return undefined;
  const stage = typeof raw.stage === 'string' ? raw.stage : undefined;
  return { stage, decisions: Math.max(0, raw.decisions), where: shorten(raw.where) };
}
