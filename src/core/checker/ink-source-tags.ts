// Finds every tag written in ink source, with its file, line and place (top of file, line, inside a choice's
// brackets), so tag problems can be reported where an author can fix them. A light scanner, not an ink parser.
import type { TagPlace } from '../story/tags.ts';

export interface SourceTag {
  readonly file: string;
  readonly line: number;
  readonly place: TagPlace;
  readonly raw: string;
}

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

const NON_CONTENT = /^(INCLUDE|VAR|CONST|LIST|EXTERNAL|~)\b/;

export function scanSourceTags(files: readonly SourceFile[], entryPath: string): SourceTag[] {
  return files.flatMap((file) => scanFile(file, file.path === entryPath));
}

function scanFile(file: SourceFile, isEntry: boolean): SourceTag[] {
  const found: SourceTag[] = [];
  let inHeader = isEntry;
  let inBlockComment = false;
  file.text.split(/\r?\n/).forEach((rawLine, index) => {
    const { code, stillInComment } = stripComments(rawLine, inBlockComment);
    inBlockComment = stillInComment;
    const trimmed = code.trim();
    if (trimmed === '') return;
    const lineNumber = index + 1;
    if (inHeader && !trimmed.startsWith('#') && !NON_CONTENT.test(trimmed)) inHeader = false;
    if (inHeader && trimmed.startsWith('#')) {
      for (const raw of splitTags(trimmed)) found.push({ file: file.path, line: lineNumber, place: 'global', raw });
      return;
    }
    const bracket = choiceBracket(trimmed);
    if (bracket) {
      for (const raw of splitTags(bracket.inside))
        found.push({ file: file.path, line: lineNumber, place: 'choice', raw });
      for (const raw of splitTags(bracket.before + ' ' + bracket.after))
        found.push({ file: file.path, line: lineNumber, place: 'line', raw });
      return;
    }
    for (const raw of splitTags(trimmed)) found.push({ file: file.path, line: lineNumber, place: 'line', raw });
  });
  return found;
}

/** For a choice line ("* [text # tag] more"), the parts before, inside and after the brackets. */
function choiceBracket(line: string): { before: string; inside: string; after: string } | undefined {
  if (!/^[*+]/.test(line)) return undefined;
  const open = indexOfUnescaped(line, '[');
  if (open === -1) return undefined;
  const close = indexOfUnescaped(line, ']', open);
  if (close === -1) return undefined;
  return { before: line.slice(0, open), inside: line.slice(open + 1, close), after: line.slice(close + 1) };
}

/** The tags in a stretch of source: each unescaped '#' starts one, running to the next '#' or the end;
 * a tag inside a {conditional|alternative} also ends at the '|' or '}' that closes its branch. */
export function splitTags(text: string): string[] {
  const tags: string[] = [];
  let depth = 0;
  let current: { body: string; depth: number } | undefined;
  const close = () => {
    if (current) tags.push(current.body.trim());
    current = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      if (current) current.body += text[i + 1] ?? '';
      i++;
      continue;
    }
    if (ch === '#') {
      close();
      current = { body: '', depth };
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}' || ch === '|') {
      if (current && current.depth > 0 && depth === current.depth) close();
      if (ch === '}') depth = Math.max(0, depth - 1);
      if (!current) continue;
    }
    if (current) current.body += ch;
  }
  close();
  return tags;
}

function indexOfUnescaped(text: string, char: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}

function stripComments(line: string, inBlock: boolean): { code: string; stillInComment: boolean } {
  let code = '';
  let i = 0;
  let block = inBlock;
  while (i < line.length) {
    if (block) {
      const end = line.indexOf('*/', i);
      if (end === -1) return { code, stillInComment: true };
      block = false;
      i = end + 2;
    } else if (line.startsWith('/*', i)) {
      block = true;
      i += 2;
    } else if (line.startsWith('//', i) && line[i - 1] !== ':') {
      break;
    } else {
      code += line.charAt(i);
      i++;
    }
  }
  return { code, stillInComment: block };
}
