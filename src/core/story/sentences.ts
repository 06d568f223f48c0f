// A page's words as sentences, for reading aloud one sentence at a time (browsers cut long utterances off).
// Uses the locale's own sentence rules (Intl.Segmenter) and mends its two usual slips in English story text:
// a title such as "Mr." or "DC" split from the name, and speech followed by "asked Kerry" split from it. Pure.

export interface SpokenSentence {
  readonly text: string;
  /** The page line the sentence belongs to (its index in the page's lines). */
  readonly line: number;
}

const TITLE_AT_END = /\b(?:Mr|Mrs|Ms|Mx|Dr|DC|DS|DI|PC|St|Prof)\.?\s*$/;

/** The sentences of one piece of text, trimmed, in order. */
export function sentencesOf(text: string, locale = 'en-GB'): string[] {
  const segments = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  const sentences: string[] = [];
  for (const segment of segments) {
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const previous = sentences.at(-1);
    const continues = previous !== undefined && (TITLE_AT_END.test(previous) || /^[a-z]/.test(trimmed));
    if (continues) sentences[sentences.length - 1] = `${previous} ${trimmed}`;
    else sentences.push(trimmed);
  }
  return sentences;
}

/** Every sentence of a page's lines, each with the line it came from. */
export function sentencesOfPage(lines: readonly { readonly text: string }[], locale = 'en-GB'): SpokenSentence[] {
  return lines.flatMap((line, index) => sentencesOf(line.text, locale).map((text) => ({ text, line: index })));
}
