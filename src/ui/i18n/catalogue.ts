// The message catalogue: the words every screen shows, looked up in the player's language, with English
// (UK) behind any key a catalogue leaves out. A catalogue is typed against the English one, so a missing
// parameter or a misspelt key fails the type check. Adding a language is one file plus a line in
// `catalogues.ts`.
import { enGB } from './en-gb/index.ts';

export type Messages = typeof enGB;

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

/** English with another catalogue's words laid over it, group by group. */
export function mergeCatalogue(catalogue: Catalogue): Messages {
  const merged: Record<string, unknown> = {};
  for (const group of Object.keys(enGB) as (keyof Messages)[]) {
    merged[group] = { ...enGB[group], ...catalogue.messages[group] };
  }
  return merged as Messages;
}
