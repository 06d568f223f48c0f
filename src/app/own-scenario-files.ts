// A trainer's files before anything is compiled: which one is the entry (the one no other file INCLUDEs), and
// what they are: too large (the limit is stated up front), not an ink file (a picture, any binary file), or empty.
// Codes and data only; the screens word them.

export interface GivenFile {
  readonly name: string;
  readonly text: string;
}

const INK_SOURCE = /\.(ink|txt)$/i;

export function findEntryFile(files: readonly GivenFile[]): string | undefined {
  const inks = files.filter((f) => INK_SOURCE.test(f.name));
  if (inks.length === 0) return files.find((f) => f.name.toLowerCase().endsWith('.json'))?.name;
  if (inks.length === 1) return inks[0]!.name;
  const included = new Set(
    inks.flatMap((f) => [...f.text.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)].map((m) => baseName(m[1]!))),
  );
  const roots = inks.filter((f) => !included.has(baseName(f.name)));
  return (roots.find((f) => /^main\.ink$/i.test(baseName(f.name))) ?? roots[0] ?? inks[0])!.name;
}

export const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** The most the files of one own scenario may hold together; larger is refused before it is read. */
export const MAX_OWN_SCENARIO_BYTES = 2 * 1024 * 1024;

/** File names the game reads as a story: ink source (Inky also saves .txt) or compiled ink JSON. */
const STORY_FILE = /\.(ink|txt|json)$/i;

export type FileProblem =
  | { readonly kind: 'too-large'; readonly name: string; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'not-ink'; readonly name: string }
  | { readonly kind: 'empty'; readonly name: string }
  | { readonly kind: 'no-story-file' };

/** Before reading: names and sizes alone. */
export function screenFileSizes(files: readonly { readonly name: string; readonly size: number }[]): FileProblem[] {
  if (files.length === 0) return [{ kind: 'no-story-file' }];
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const problems: FileProblem[] = files
    .filter((f) => !STORY_FILE.test(f.name))
    .map((f) => ({ kind: 'not-ink' as const, name: f.name }));
  if (total > MAX_OWN_SCENARIO_BYTES) {
    const largest = files.reduce((a, b) => (b.size > a.size ? b : a));
    problems.push({ kind: 'too-large', name: largest.name, bytes: total, limit: MAX_OWN_SCENARIO_BYTES });
  }
  return problems;
}

/** After reading: text that is not text (a binary file, whatever its name), or a file with nothing in it. */
export function screenFileTexts(files: readonly { readonly name: string; readonly text: string }[]): FileProblem[] {
  const sizes = files.map((f) => ({ name: f.name, size: f.text.length }));
  const problems = screenFileSizes(sizes);
  for (const f of files) {
    if (problems.some((p) => p.kind === 'not-ink' && p.name === f.name)) continue;
    if (looksBinary(f.text)) problems.push({ kind: 'not-ink', name: f.name });
    else if (f.text.trim() === '') problems.push({ kind: 'empty', name: f.name });
  }
  return problems;
}

/**
 * A NUL character, or many control or undecodable characters near the start: a picture, an archive, a program.
 * Text saved in an old encoding has a few undecodable characters, not one in ten.
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if ((code > 0 && code < 9) || (code > 13 && code < 32) || code === 0xfffd) odd++;
  }
  return head.length > 0 && odd / head.length > 0.1;
}
