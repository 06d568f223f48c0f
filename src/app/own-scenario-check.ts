// The check of a trainer's own scenario, one piece at a time (screening the files, compiling, each path played,
// guessability): a generator, so a Web Worker can report progress and a page without workers can hand control
// back between pieces. Loaded only where it runs (the worker, or lazily): it brings the ink compiler.
import { checkStorySteps, type CheckProgress, type CheckReport } from '../core/checker/story-checker.ts';
import { exploreStorySteps } from '../core/checker/story-explorer.ts';
import { mapProgress } from '../core/checker/stepwise.ts';
import { DEFAULT_STEP_BUDGET, InkRunner } from '../core/story/ink-runner.ts';
import type { PathProblem } from '../core/checker/exploration-types.ts';
import type { ScenarioMeta } from '../core/story/story-types.ts';
import { baseName, findEntryFile, screenFileTexts, type FileProblem, type GivenFile } from './own-scenario-files.ts';

export interface CheckRequest {
  readonly files: readonly GivenFile[];
  readonly principleIds: readonly string[];
}

export interface ImportResult {
  readonly entry: string;
  /** The story's `title:`, or else the entry file's name without its extension. */
  readonly title: string;
  readonly report: CheckReport | undefined;
  readonly json: string | undefined;
  readonly meta: ScenarioMeta | undefined;
  /** What the files are, said before compiling (too large, not ink, empty): these block play. */
  readonly fileProblems: readonly FileProblem[];
  /** Problems that block play (compile errors, a broken file). */
  readonly errors: readonly string[];
  /** Loops without end and runtime errors met while playing paths, with the options that led there: these block play. */
  readonly pathErrors: readonly PathProblem[];
  /** Problems worth knowing that still let a trainer play. */
  readonly warnings: readonly string[];
}

/**
 * Sampling is kept small in the browser: a trainer waits for it, and it stops sooner once new paths find
 * nothing new. Ink steps are counted with the game's own budget, so a story the check passes is not then
 * stopped as a loop in play, and no result depends on how fast the machine is.
 */
const BROWSER_EXPLORE = {
  exhaustiveLimit: 500,
  samples: 300,
  seed: 20240601,
  maxChoicesPerPath: 400,
  patience: 100,
  stepBudget: DEFAULT_STEP_BUDGET,
};

const EMPTY = { report: undefined, json: undefined, meta: undefined, errors: [], pathErrors: [], warnings: [] };
const titleOf = (entry: string): string => baseName(entry).replace(/\.(ink|txt|json)$/i, '');

export function* ownScenarioCheckSteps(request: CheckRequest): Generator<CheckProgress, ImportResult> {
  const { files, principleIds } = request;
  const entry = findEntryFile(files) ?? '';
  const fileProblems = screenFileTexts(files);
  if (fileProblems.length > 0 || !entry)
    return {
      ...EMPTY,
      entry,
      title: titleOf(entry),
      fileProblems: fileProblems.length ? fileProblems : [{ kind: 'no-story-file' }],
    };
  const byName = new Map(files.map((f) => [baseName(f.name), f.text]));
  const ids = new Set(principleIds);
  if (entry.toLowerCase().endsWith('.json')) return yield* checkCompiled(entry, byName.get(baseName(entry))!, ids);
  const report = yield* checkStorySteps(
    baseName(entry),
    (path) => byName.get(baseName(path)),
    principleIds,
    BROWSER_EXPLORE,
  );
  const created = report.json ? InkRunner.create(report.json, ids) : undefined;
  const meta = created?.ok ? created.runner.meta : undefined;
  return {
    entry,
    title: meta?.title ?? titleOf(entry),
    report,
    json: report.json,
    meta,
    fileProblems: [],
    errors: report.findings
      .filter((f) => f.severity === 'error' && !report.compiled)
      .map((f) => `${where(f)}: ${f.message}`),
    pathErrors: report.pathProblems.filter((p) => p.kind !== 'dead-end'),
    warnings: warningsOf(report, principleIds.length),
  };
}

function* checkCompiled(entry: string, json: string, ids: ReadonlySet<string>): Generator<CheckProgress, ImportResult> {
  const created = InkRunner.create(json, ids);
  if (!created.ok) return { ...EMPTY, entry, title: titleOf(entry), fileProblems: [], errors: [created.error] };
  const exploration = yield* mapProgress(exploreStorySteps(json, ids, BROWSER_EXPLORE), (p) => ({
    phase: 'explore' as const,
    paths: p.paths,
  }));
  const warnings = [
    ...exploration.problems.filter((p) => p.kind === 'dead-end').map((p) => p.message),
    ...exploration.tagProblems.map((p) => `Tag "${p.tag}": ${p.message}`),
  ];
  const meta = created.runner.meta;
  return {
    ...EMPTY,
    entry,
    title: meta.title ?? titleOf(entry),
    json,
    meta,
    fileProblems: [],
    pathErrors: exploration.problems.filter((p) => p.kind !== 'dead-end'),
    warnings,
  };
}

const where = (f: { file: string | undefined; line: number | undefined }) =>
  [f.file, f.line === undefined ? '' : `line ${f.line}`].filter(Boolean).join(' ');

function warningsOf(report: NonNullable<ImportResult['report']>, principleCount: number): string[] {
  return [
    ...(report.compiled ? report.findings.map((f) => `${where(f) || 'Story'}: ${f.message}`) : []),
    ...report.pathProblems
      .filter((p) => p.kind === 'dead-end')
      .map((p) => `${p.message} (after: ${p.path.join(' > ') || 'the start'})`),
    ...(report.optionsWithoutPrinciples.length
      ? [`${report.optionsWithoutPrinciples.length} option(s) have no principle tags (supports: or undermines:).`]
      : []),
    ...(report.optionsWithoutWhy.length
      ? [`${report.optionsWithoutWhy.length} option(s) have no "why:" explaining the trade-off.`]
      : []),
    ...(report.optionsWithoutShortForms.length
      ? [
          `${report.optionsWithoutShortForms.length} option(s) have no short forms ("short:" and "why-short:"): on a 1280×720 projector their reveal is drawn smaller.`,
        ]
      : []),
    ...(report.compiled && report.untouchedPrinciples.length && report.untouchedPrinciples.length < principleCount
      ? [`No option touches these principles: ${report.untouchedPrinciples.join(', ')}.`]
      : []),
    ...(report.optionsWithoutPrinciples.length === 0
      ? (report.guessability?.missed ?? []).map((m) => `Could a trainee guess the best option? ${m}`)
      : []),
  ];
}
