// Compiles ink source (with INCLUDEs) to story JSON. The only user of the ink *compiler*:
// the build plugin and the checker use it in Node; the browser loads it lazily, only for trainers' own files.
// Pure: file access comes in as a function, so it runs in Node and in the browser alike.
// The compiler's own modules, which share inkjs/engine/* with the runner: `inkjs/full` would bring a second
// copy of the runtime into the lazy chunk.
import { Compiler } from 'inkjs/compiler/Compiler';
import { CompilerOptions } from 'inkjs/compiler/CompilerOptions';

export type DiagnosticSeverity = 'error' | 'warning' | 'todo';

export interface InkDiagnostic {
  readonly severity: DiagnosticSeverity;
  /** The file as written in the INCLUDE or the entry name; undefined when the compiler gave none. */
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly message: string;
}

export type CompileResult =
  | {
      readonly ok: true;
      readonly json: string;
      readonly warnings: readonly InkDiagnostic[];
      readonly files: readonly string[];
    }
  | {
      readonly ok: false;
      readonly errors: readonly InkDiagnostic[];
      readonly warnings: readonly InkDiagnostic[];
      readonly files: readonly string[];
    };

/** Reads a file by its resolved path; undefined when there is no such file. */
export type InkFileReader = (path: string) => string | undefined;

const MESSAGE_PATTERN =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s*)?(?:line (\d+):\s*)?([\s\S]*)$/;

/** Split one compiler message ("ERROR: 'part.ink' line 2: …") into its parts. */
export function parseInkMessage(raw: string, fallbackFile?: string): InkDiagnostic {
  const match = MESSAGE_PATTERN.exec(raw.trim());
  if (!match) return { severity: 'error', file: fallbackFile, line: undefined, message: raw.trim() };
  const kind = match[1] ?? 'ERROR';
  const severity: DiagnosticSeverity = kind.includes('WARNING') ? 'warning' : kind === 'TODO' ? 'todo' : 'error';
  return {
    severity,
    file: match[2] ?? fallbackFile,
    line: match[3] === undefined ? undefined : Number(match[3]),
    message: (match[4] ?? '').trim(),
  };
}

/** Join an INCLUDE name onto the entry file's folder, POSIX style, resolving "." and "..". */
export function resolveIncludePath(entryPath: string, include: string): string {
  if (include.startsWith('/')) return normalisePath(include);
  const folder = entryPath.includes('/') ? entryPath.slice(0, entryPath.lastIndexOf('/') + 1) : '';
  return normalisePath(folder + include);
}

function normalisePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return (absolute ? '/' : '') + parts.join('/');
}

/** A readable one-line form: "stories/x/main.ink line 12: message". */
export function formatDiagnostic(diagnostic: InkDiagnostic): string {
  const where = [diagnostic.file, diagnostic.line === undefined ? undefined : `line ${diagnostic.line}`]
    .filter(Boolean)
    .join(' ');
  return `${diagnostic.severity.toUpperCase()}${where ? ` ${where}` : ''}: ${diagnostic.message}`;
}

/** Compile an entry file; never throws. `files` lists every file read, for watching. */
export function compileInk(entryPath: string, readFile: InkFileReader): CompileResult {
  const files = [entryPath];
  const entrySource = safeRead(readFile, entryPath);
  if (entrySource === undefined) return unreadable(entryPath, files);
  const missing: InkDiagnostic[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolveIncludePath(entryPath, name),
    LoadInkFileContents: (path: string) => {
      if (!files.includes(path)) files.push(path);
      const text = safeRead(readFile, path);
      if (text === undefined) {
        missing.push({
          severity: 'error',
          file: path,
          line: undefined,
          message: `INCLUDE names "${path}", which could not be found.`,
        });
        return '';
      }
      return text;
    },
  };
  const compiler = new Compiler(entrySource, new CompilerOptions(entryPath, [], false, null, fileHandler));
  let json: string | undefined;
  try {
    const story = compiler.Compile();
    const out = story.ToJson();
    json = typeof out === 'string' ? out : undefined;
  } catch (error) {
    if (compiler.errors.length === 0 && missing.length === 0) {
      missing.push({
        severity: 'error',
        file: entryPath,
        line: undefined,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const errors = [...missing, ...unique(compiler.errors).map((m) => parseInkMessage(m, entryPath))];
  const warnings = unique(compiler.warnings).map((m) => parseInkMessage(m, entryPath));
  if (errors.length > 0 || json === undefined) {
    return {
      ok: false,
      errors:
        errors.length > 0
          ? errors
          : [{ severity: 'error', file: entryPath, line: undefined, message: 'Compilation produced no story.' }],
      warnings,
      files,
    };
  }
  return { ok: true, json, warnings, files };
}

const unique = (messages: readonly string[]): string[] => [...new Set(messages)];

function unreadable(entryPath: string, files: string[]): CompileResult {
  const error: InkDiagnostic = {
    severity: 'error',
    file: entryPath,
    line: undefined,
    message: 'The file could not be read.',
  };
  return { ok: false, errors: [error], warnings: [], files };
}

function safeRead(readFile: InkFileReader, path: string): string | undefined {
  try {
    return readFile(path);
  } catch {
    return undefined;
  }
}
