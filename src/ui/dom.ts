// Tiny DOM builders. Text always goes in as text (textContent), never as HTML, so story text cannot inject markup,
// and without the characters that override text direction, so no name or title can reorder the text around it.

type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | undefined | null | false;

/** Embeddings and overrides (LRE, RLE, PDF, LRO, RLO): they reorder letters, so "gnp.exe" can show as "exe.png". */
const OVERRIDES = /[\u202a-\u202e]/g;
/** Those and the isolate marks (LRI, RLI, FSI, PDI), which a name must not open or close around other text. */
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Text as it may be shown: direction overrides removed (the bidi algorithm orders Arabic and Hebrew by itself). */
export function neutraliseBidi(text: string): string {
  return text.replace(OVERRIDES, '');
}

/**
 * A name, title or file name for the middle of a sentence in plain text (a toast, a label): without direction
 * controls of its own, and isolated (FSI … PDI) so right-to-left words in it cannot move the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text.replace(DIRECTION_CONTROLS, '')}\u2069`;
}

/** The same as an element: a <bdi>, which isolates its text from the sentence around it. */
export function bidi(text: string, attributes: Attributes = {}): HTMLElement {
  return h('bdi', { ...attributes, text: text.replace(DIRECTION_CONTROLS, '') });
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') element.className = String(value);
    else if (name === 'text') element.textContent = neutraliseBidi(String(value));
    else element.setAttribute(name, value === true ? '' : neutraliseBidi(String(value)));
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(neutraliseBidi(child)) : child);
  }
  return element;
}

export function button(label: string | Node, onClick: () => void, attributes: Attributes = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
}

/** A heading that takes focus when a screen opens, so screen readers announce where the person now is. */
export function screenHeading(level: 'h1' | 'h2', text: string, id?: string): HTMLHeadingElement {
  return h(level, { tabindex: -1, text, id });
}

export function clear(element: Element): void {
  element.replaceChildren();
}

/** Is the keyboard focus in a place where typed letters are text, not shortcuts? */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function formatDate(ms: number): string {
  return new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Run after the browser has painted what is on screen now (and a moment more), so loading waits for the words. */
export function afterPaint(action: () => void): void {
  window.requestAnimationFrame(() => window.setTimeout(action, 300));
}
