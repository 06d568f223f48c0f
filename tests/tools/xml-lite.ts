// Just enough XML for the package tests (no parser is installed): a well-formedness check of the element
// nesting, and the elements of a given name with their attributes and text.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;

/** Throws unless the text is one root element of properly nested, well-formed tags after an XML declaration. */
export function assertWellFormed(xml: string): void {
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) throw new Error('No XML declaration.');
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  for (const match of body.matchAll(TAG)) {
    const between = body.slice(last, match.index);
    if (/[<>]/.test(between)) throw new Error(`Malformed markup near: ${between.slice(0, 60)}`);
    if (/&(?!(lt|gt|amp|quot|apos);)/.test(between)) throw new Error(`Unescaped & near: ${between.slice(0, 60)}`);
    last = match.index + match[0].length;
    const [, closing, name, , selfClosing] = match;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element.`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name!);
    }
  }
  if (/[<>]/.test(body.slice(last))) throw new Error('Malformed markup at the end.');
  if (stack.length > 0) throw new Error(`Unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) throw new Error(`Expected one root element, found ${roots}.`);
}

/** Every element with this (qualified) name, in document order. */
export function elements(xml: string, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pattern = new RegExp(`<${name}((?:\\s+[\\w.:-]+\\s*=\\s*"[^"]*")*)\\s*(?:/>|>([\\s\\S]*?)</${name}>)`, 'g');
  for (const match of xml.matchAll(pattern)) {
    const attributes: Record<string, string> = {};
    for (const a of (match[1] ?? '').matchAll(/([\w.:-]+)\s*=\s*"([^"]*)"/g)) attributes[a[1]!] = a[2]!;
    found.push({ name, attributes, text: (match[2] ?? '').replace(/<[^>]+>/g, '').trim() });
  }
  return found;
}
