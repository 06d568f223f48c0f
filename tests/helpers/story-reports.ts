// The story checker's report on each shipped scenario, computed once per test run and shared by every test file
// that asks (all-stories, cassie-and-jo, variants): test files run in separate workers, so reports go through
// a folder the global setup (story-reports-setup.ts) provides. Workers share out the stories between them: each
// claims a story no one has started (a lock file), checks it and writes the report; a story another worker is
// checking is waited for, not checked twice. A report is filed under a hash of everything it depends on: the
// story's files (INCLUDEs followed), the principles, the checker's code (all of src/core), inkjs and the options.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { checkStory, type CheckReport } from '../../src/core/checker/story-checker.ts';
import { DEFAULT_EXPLORE, type ExploreOptions } from '../../src/core/checker/story-explorer.ts';
import { resolveIncludePath } from '../../src/core/story/ink-compiler.ts';
import { PRINCIPLE_IDS, readText } from './story-fixtures.ts';

/** Bump when the file format below changes. */
const FORMAT = 1;
const POLL_MS = 50;

export const storyEntry = (name: string): string => resolve('stories', name, 'main.ink');

/** The reports for these stories, checking (here or in another worker) any that are not filed yet. */
export function storyReports(
  names: readonly string[],
  explore: ExploreOptions = DEFAULT_EXPLORE,
): Map<string, CheckReport> {
  const dir = reportDir();
  if (dir === undefined) return new Map(names.map((name) => [name, checkedHere(name, explore)]));
  const files = new Map<string, string>();
  const fileOf = (name: string): string => {
    if (!files.has(name)) files.set(name, join(dir, `${name}.${reportKey(name, explore)}.json`));
    return files.get(name)!;
  };
  const wanted = new Map(names.map((name) => [name, fileOf(name)]));
  const pending = new Map(wanted);
  while (pending.size > 0) {
    let progressed = false;
    for (const [name, file] of pending) {
      if (existsSync(file) || checkInto(name, file, explore)) {
        pending.delete(name);
        progressed = true;
      }
    }
    // Waiting for a story another worker is checking: help with a shipped story some other test will want.
    if (
      pending.size > 0 &&
      !progressed &&
      !shippedStories().some(
        (name) => !wanted.has(name) && !existsSync(fileOf(name)) && checkInto(name, fileOf(name), explore),
      )
    ) {
      sleep(POLL_MS);
    }
  }
  return new Map([...wanted].map(([name, file]) => [name, readReport(file)]));
}

/** Every scenario in stories/ (a folder with a main.ink). */
export function shippedStories(): string[] {
  return readdirSync('stories', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve('stories', d.name, 'main.ink')))
    .map((d) => d.name);
}

/** Check a story and file its report, if no other worker has claimed it; false when one has. */
function checkInto(name: string, file: string, explore: ExploreOptions): boolean {
  if (!claim(`${file}.lock`)) return false;
  try {
    if (!existsSync(file)) writeReport(file, checkStory(storyEntry(name), readText, PRINCIPLE_IDS, explore));
  } finally {
    rmSync(`${file}.lock`, { force: true });
  }
  return true;
}

export function storyReport(name: string, explore: ExploreOptions = DEFAULT_EXPLORE): CheckReport {
  return storyReports([name], explore).get(name)!;
}

/** The folder from the global setup, or undefined under a config without it. */
function reportDir(): string | undefined {
  try {
    return inject('storyReportDir');
  } catch {
    return undefined;
  }
}

/** Without a shared folder, each report is still checked once in this worker. */
const checkedInProcess = new Map<string, CheckReport>();
function checkedHere(name: string, explore: ExploreOptions): CheckReport {
  const key = `${name} ${JSON.stringify(explore)}`;
  let report = checkedInProcess.get(key);
  if (!report) {
    report = checkStory(storyEntry(name), readText, PRINCIPLE_IDS, explore);
    checkedInProcess.set(key, report);
  }
  return report;
}

let codeHash: string | undefined;

function reportKey(name: string, explore: ExploreOptions): string {
  codeHash ??= hashFiles([
    ...filesUnder(resolve('src/core')),
    resolve('node_modules/inkjs/package.json'),
    resolve('stories/principles.json'),
  ]);
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\n${codeHash}\n${JSON.stringify(explore)}\n${PRINCIPLE_IDS.join(',')}\n`);
  hash.update(hashFiles(storyFiles(storyEntry(name))));
  return hash.digest('hex').slice(0, 24);
}

/** The entry file and every file it INCLUDEs, followed the way the compiler resolves them. */
function storyFiles(entry: string): string[] {
  const files = [entry];
  for (let i = 0; i < files.length; i++) {
    const text = readText(files[i]!) ?? '';
    for (const match of text.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)) {
      const path = resolveIncludePath(entry, match[1]!);
      if (!files.includes(path)) files.push(path);
    }
  }
  return files;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

function hashFiles(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) hash.update(`${path}\n${readText(path) ?? '(missing)'}\n`);
  return hash.digest('hex');
}

/** Take the lock file, or say another worker holds it; a lock left by a worker that has gone is taken over. */
function claim(lock: string): boolean {
  try {
    closeSync(openSync(lock, 'wx'));
    writeFileSync(lock, String(process.pid));
    return true;
  } catch {
    const owner = Number(readText(lock));
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && !alive(owner)) {
      rmSync(lock, { force: true });
      return claim(lock);
    }
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Maps and Sets (the exploration's) are written as tagged arrays and read back as Maps and Sets.
function writeReport(file: string, report: CheckReport): void {
  const text = JSON.stringify(report, (_key, value: unknown) =>
    value instanceof Map ? { $map: [...value] } : value instanceof Set ? { $set: [...value] } : value,
  );
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  forgetOlder(file);
}

function readReport(file: string): CheckReport {
  return JSON.parse(readFileSync(file, 'utf8'), (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$map' in value)
      return new Map((value as { $map: [unknown, unknown][] }).$map);
    if (value && typeof value === 'object' && '$set' in value) return new Set((value as { $set: unknown[] }).$set);
    return value;
  }) as CheckReport;
}

/** A kept folder (test:fast) drops a story's reports from older versions once a new one is filed. */
function forgetOlder(file: string): void {
  const dir = resolve(file, '..');
  const story = file.slice(dir.length + 1).split('.')[0]!;
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const other of readdirSync(dir)) {
    const path = join(dir, other);
    if (path === file || !other.startsWith(`${story}.`) || !other.endsWith('.json')) continue;
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && stat.mtimeMs < hourAgo) rmSync(path, { force: true });
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    storyReportDir: string;
  }
}
