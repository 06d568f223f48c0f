// A compiled story in two parts: the story with each option's reasons (`why:`, `short:`, `why-short:`) left as
// markers, and the reasons themselves. The game shows the first choice from the first part and loads
// the second while the player reads it; joining the parts gives back exactly the text that was split.

/** The option tags whose text waits for the second part: shown only once an option has been taken or revealed. */
export const DEFERRED_TAGS = ['why', 'short', 'why-short'] as const;

/** A character no story text may hold (Unicode private use); a story that holds it is not split. */
const MARKER = '\uE000';

/** A tag's text as it stands in ink's compiled JSON, just after the tag's start: `"#","^why: …"`, still escaped. */
const TAG_TEXT = new RegExp(`"#","\\^(${DEFERRED_TAGS.join('|')}):((?:[^"\\\\]|\\\\.)*)"`, 'g');
const MARKED = new RegExp(`"#","\\^(${DEFERRED_TAGS.join('|')}):${MARKER}"`, 'g');

export interface StoryParts {
  /** The compiled story, each deferred tag's text replaced by the same marker (they are told apart by order). */
  readonly json: string;
  /** The texts taken out, in the order of the markers, exactly as they stood in the JSON (escapes included). */
  readonly reasons: readonly string[];
}

/** A story's first part as a build delivers it: the marked story, the whole story's fingerprint, the reasons' loader. */
export interface StoryFirstPart {
  readonly json: string;
  readonly version: string;
  readonly reasons: () => Promise<readonly string[]>;
}

/** The whole story from its first part, once its reasons have loaded. */
export async function wholeStory(first: StoryFirstPart): Promise<string> {
  return joinStory({ json: first.json, reasons: await first.reasons() });
}

/** Take the deferred tags' texts out of compiled story JSON. */
export function splitStory(json: string): StoryParts {
  if (json.includes(MARKER)) return { json, reasons: [] };
  const reasons: string[] = [];
  const marked = json.replace(TAG_TEXT, (_match, tag: string, text: string) => {
    reasons.push(text);
    return `"#","^${tag}:${MARKER}"`;
  });
  return { json: marked, reasons };
}

/** Put the texts back; texts that do not match the markers one for one (another build's) are an error, never a guess. */
export function joinStory(parts: StoryParts): string {
  let next = 0;
  const joined = parts.json.replace(MARKED, (_match, tag: string) => `"#","^${tag}:${parts.reasons[next++] ?? ''}"`);
  if (next !== parts.reasons.length)
    throw new Error(`The story's reasons do not match it (${parts.reasons.length} for ${next} options' tags).`);
  return joined;
}
