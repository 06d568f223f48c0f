// The message catalogue: the words every screen shows, looked up in the player's language, with English
// (UK) behind any key a catalogue leaves out. A catalogue is typed against the English one, so a missing
// parameter or a misspelt key fails the type check. Adding a language is one file plus a line in
// `catalogues.ts`. The words of screens loaded on demand arrive with them (`loadLaterWords`).
import { enGB } from './en-gb/index.ts';
import type { enGBLater } from './en-gb/later.ts';

export type Messages = typeof enGB & typeof enGBLater;

/** Another language's words: any group and any key may be left out and falls back to English. */
export type PartialMessages = { readonly [Group in keyof Messages]?: Partial<Messages[Group]> };

export interface Catalogue {
  /** BCP 47 tag, e.g. `en-GB`, `cy`. */
  readonly locale: string;
  /** The language's name in itself, for the settings list: "English (UK)", "Cymraeg". */
  readonly name: string;
  readonly messages: PartialMessages;
}

export const ENGLISH: Catalogue = { locale: 'en-GB', name: 'English (UK)', messages: enGB };

type LaterGroup = keyof typeof enGBLater;
/** The groups in later.ts, by name: the type check fails while this and later.ts disagree. */
const LATER_GROUPS: Readonly<Record<LaterGroup, true>> = {
  about: true,
  cardVote: true,
  sessionPack: true,
  facilitator: true,
  debrief: true,
  groupDebrief: true,
  ownScenario: true,
};

let later: typeof enGBLater | undefined;

/** Fetches the words of the screens loaded on demand (once); call before showing one. */
export async function loadLaterWords(): Promise<void> {
  later ??= (await import('./en-gb/later.ts')).enGBLater;
}

/** English with another catalogue's words laid over it, group by group. */
export function mergeCatalogue(catalogue: Catalogue): Messages {
  const merged: Record<string, unknown> = {};
  for (const group of Object.keys(enGB) as (keyof typeof enGB)[]) {
    merged[group] = { ...enGB[group], ...catalogue.messages[group] };
  }
  for (const group of Object.keys(LATER_GROUPS) as LaterGroup[]) {
    let words: object | undefined;
    Object.defineProperty(merged, group, {
      enumerable: true,
      get: () => {
        if (!later) throw new Error(`The words of "${group}" were asked for before loadLaterWords() fetched them.`);
        return (words ??= { ...later[group], ...catalogue.messages[group] });
      },
    });
  }
  return merged as Messages;
}
