// Marks the sentence being read in the page's text with the CSS Custom Highlight API, so the words are lit
// without changing the page's elements (screen readers and the text reveal see the same DOM). Browsers
// without the API simply show no highlight.
const HIGHLIGHT = 'read-aloud';

/** Lights `sentence` inside `root` (the first match from where the last one ended); undefined clears it. */
export function highlightSentence(root: HTMLElement | null, sentence: string | undefined): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  CSS.highlights.delete(HIGHLIGHT);
  if (!root || !sentence) return;
  const range = rangeOf(root, sentence);
  if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
}

/** The range of `sentence` in the root's text, matching runs of white space loosely. */
function rangeOf(root: HTMLElement, sentence: string): Range | undefined {
  const places: { node: Text; offset: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node as Text).data;
    for (let i = 0; i < value.length; i++) {
      const char = value.charAt(i);
      const isSpace = /\s/.test(char);
      if (isSpace && text.endsWith(' ')) continue;
      text += isSpace ? ' ' : char;
      places.push({ node: node as Text, offset: i });
    }
  }
  const wanted = sentence.replace(/\s+/g, ' ').trim();
  const start = text.indexOf(wanted);
  if (start < 0) return undefined;
  const first = places[start]!;
  const last = places[start + wanted.length - 1]!;
  const range = document.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
