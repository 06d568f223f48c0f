// Opening a trainer's own scenario: finds the entry file among the .ink files given (the one no other file
// INCLUDEs), compiles and checks it with the same checker as `npm run check-story`, or checks a compiled
// .json. The checker and the ink compiler are loaded only when this is used, so the game stays small.
import type { CheckReport } from '../core/checker/story-checker.ts';
import type { ScenarioMeta } from '../core/story/ink-runner.ts';

export interface GivenFile {
  readonly name: string;
  readonly text: string;
}

export interface ImportResult {
  readonly entry: string;
  readonly report: CheckReport | undefined;
  readonly json: string | undefined;
  readonly meta: ScenarioMeta | undefined;
  /** Problems that block play (compile errors, runtime errors, a broken file). */
  readonly errors: readonly string[];
  /** Problems worth knowing that still let a trainer play. */
  readonly warnings: readonly string[];
}

/**
 * Sampling is kept small in the browser: a trainer waits for it, and it stops sooner once new paths find
 * nothing new. Ink steps are counted with the game's own budget, so a story the check passes is not then
 * stopped as a loop in play, and no result depends on how fast the machine is.
 */
const BROWSER_EXPLORE = { exhaustiveLimit: 500, samples: 300, seed: 20240601, maxChoicesPerPath: 400, patience: 100 };

export function findEntryFile(files: readonly GivenFile[]): string | undefined {
  const inks = files.filter((f) => f.name.toLowerCase().endsWith('.ink'));
  if (inks.length === 0) return files.find((f) => f.name.toLowerCase().endsWith('.json'))?.name;
  if (inks.length === 1) return inks[0]!.name;
  const included = new Set(
    inks.flatMap((f) => [...f.text.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)].map((m) => baseName(m[1]!))),
  );
  const roots = inks.filter((f) => !included.has(baseName(f.name)));
  return (roots.find((f) => /^main\.ink$/i.test(baseName(f.name))) ?? roots[0] ?? inks[0])!.name;
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

export async function importOwnScenario(
  files: readonly GivenFile[],
  principleIds: readonly string[],
): Promise<ImportResult> {
  const entry = findEntryFile(files);
  if (!entry)
    return {
      entry: '',
      report: undefined,
      json: undefined,
      meta: undefined,
      errors: ['Choose an .ink file (and any files it INCLUDEs) or a compiled ink .json file.'],
      warnings: [],
    };
  const [{ checkStory }, { exploreStory }, { InkRunner, DEFAULT_STEP_BUDGET }] = await Promise.all([
    import('../core/checker/story-checker.ts'),
    import('../core/checker/story-explorer.ts'),
    import('../core/story/ink-runner.ts'),
  ]);
  const explore = { ...BROWSER_EXPLORE, stepBudget: DEFAULT_STEP_BUDGET };
  const byName = new Map(files.map((f) => [baseName(f.name), f.text]));
  const ids = new Set(principleIds);
  if (entry.toLowerCase().endsWith('.json')) {
    const json = byName.get(baseName(entry))!;
    const created = InkRunner.create(json, ids);
    if (!created.ok)
      return { entry, report: undefined, json: undefined, meta: undefined, errors: [created.error], warnings: [] };
    const exploration = exploreStory(json, ids, explore);
    const errors = exploration.problems.filter((p) => p.kind !== 'dead-end').map((p) => p.message);
    const warnings = [
      ...exploration.problems.filter((p) => p.kind === 'dead-end').map((p) => p.message),
      ...exploration.tagProblems.map((p) => `Tag "${p.tag}": ${p.message}`),
    ];
    return { entry, report: undefined, json, meta: created.runner.meta, errors, warnings };
  }
  const report = checkStory(baseName(entry), (path) => byName.get(baseName(path)), principleIds, explore);
  const where = (f: { file: string | undefined; line: number | undefined }) =>
    [f.file, f.line === undefined ? '' : `line ${f.line}`].filter(Boolean).join(' ');
  const errors = [
    ...report.findings
      .filter((f) => f.severity === 'error' && !report.compiled)
      .map((f) => `${where(f)}: ${f.message}`),
    ...report.pathProblems.filter((p) => p.kind !== 'dead-end').map((p) => p.message),
  ];
  const warnings = [
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
    ...(report.compiled && report.untouchedPrinciples.length && report.untouchedPrinciples.length < principleIds.length
      ? [`No option touches these principles: ${report.untouchedPrinciples.join(', ')}.`]
      : []),
    ...(report.optionsWithoutPrinciples.length === 0
      ? (report.guessability?.missed ?? []).map((m) => `Could a trainee guess the best option? ${m}`)
      : []),
  ];
  const created = report.json ? InkRunner.create(report.json, ids) : undefined;
  return { entry, report, json: report.json, meta: created?.ok ? created.runner.meta : undefined, errors, warnings };
}
