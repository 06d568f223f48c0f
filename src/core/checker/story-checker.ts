// The story checker authors run (`npm run check-story`) and the tests run on every scenario:
// compiles, lints every tag where it is written, plays every path or a large seeded sample, and gathers a report.
import { compileInk, type InkDiagnostic, type InkFileReader } from '../story/ink-compiler.ts';
import { isKnownPlace, isKnownSound } from '../story/known-ids.ts';
import { parseTag } from '../story/tags.ts';
import { guessability, type GuessabilityReport } from '../scoring/guessability.ts';
import { scanSourceTags } from './ink-source-tags.ts';
import { castFindings } from './cast-check.ts';
import { stagesWithoutKeyDecision, type PlacedTag } from './key-decision-check.ts';
import { shortFormProblems } from './short-forms-check.ts';
import { drain, mapProgress } from './stepwise.ts';
import {
  DEFAULT_EXPLORE,
  exploreStorySteps,
  optionKey,
  type ExploreOptions,
  type Exploration,
  type OptionSeen,
  type PathProblem,
} from './story-explorer.ts';

export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly message: string;
}

export interface PrincipleRow {
  readonly principle: string;
  /** Distinct options whose tags support / undermine it. */
  readonly supportedBy: number;
  readonly underminedBy: number;
}

export interface CheckReport {
  readonly entry: string;
  readonly compiled: boolean;
  readonly json: string | undefined;
  readonly findings: readonly Finding[];
  readonly exploration: Exploration | undefined;
  readonly decisionPoints: number;
  readonly options: number;
  readonly optionsWithoutPrinciples: readonly OptionSeen[];
  readonly optionsWithoutWhy: readonly OptionSeen[];
  /** Options with a `why:` but no short forms for the projector (`short:`, `why-short:`): advice, not a warning. */
  readonly optionsWithoutShortForms: readonly OptionSeen[];
  readonly optionsNeverTaken: number;
  readonly principleTable: readonly PrincipleRow[];
  readonly untouchedPrinciples: readonly string[];
  readonly pathProblems: readonly PathProblem[];
  /** Can the best option be guessed by place, length or cost? Advice for authors; a bar for shipped stories. */
  readonly guessability: GuessabilityReport | undefined;
  readonly errorCount: number;
  readonly warningCount: number;
}

/** Where a check has got to: compiling, playing paths (how many so far), or measuring guessability. */
export type CheckProgress =
  | { readonly phase: 'compile' }
  | { readonly phase: 'explore'; readonly paths: number }
  | { readonly phase: 'guessability' };

export function checkStory(
  entry: string,
  readFile: InkFileReader,
  principleIds: readonly string[],
  explore: ExploreOptions = DEFAULT_EXPLORE,
): CheckReport {
  return drain(checkStorySteps(entry, readFile, principleIds, explore));
}

/**
 * The same check, pausing between its pieces (compiling, each path played, guessability), so a worker can
 * report progress and a page without workers can hand control back. A path that stops without an `ending:`
 * tag is a warning, here and in the game alike (one policy, stories/README.md): it can still be played.
 */
export function* checkStorySteps(
  entry: string,
  readFile: InkFileReader,
  principleIds: readonly string[],
  explore: ExploreOptions = DEFAULT_EXPLORE,
): Generator<CheckProgress, CheckReport> {
  const ids = new Set(principleIds);
  yield { phase: 'compile' };
  const compiled = compileInk(entry, readFile);
  const findings: Finding[] = [
    ...(compiled.ok ? [] : compiled.errors).map(toFinding),
    ...compiled.warnings.map(toFinding),
    ...lintSourceTags(entry, compiled.files, readFile, ids),
  ];
  if (!compiled.ok) return emptyReport(entry, findings, principleIds);

  const exploration = yield* mapProgress(exploreStorySteps(compiled.json, ids, explore), (p) => ({
    phase: 'explore' as const,
    paths: p.paths,
  }));
  findings.push(...explorationFindings(exploration, findings));
  const seen = [...exploration.options.values()];
  const practice = seen.filter((s) => !s.option.aside);
  const withoutPrinciples = practice.filter((s) => s.option.supports.length === 0 && s.option.undermines.length === 0);
  const withoutWhy = practice.filter((s) => !s.option.why);
  const principleTable = principleIds.map((principle) => ({
    principle,
    supportedBy: practice.filter((s) => s.option.supports.includes(principle)).length,
    underminedBy: practice.filter((s) => s.option.undermines.includes(principle)).length,
  }));
  const deadEnds = exploration.problems.filter((p) => p.kind === 'dead-end').length;
  const errorCount = findings.filter((f) => f.severity === 'error').length + exploration.problems.length - deadEnds;
  yield { phase: 'guessability' };
  const guessed = guessability(compiled.json, ids, exploration.decisionOptions, explore.stepBudget);
  return {
    entry,
    compiled: true,
    json: compiled.json,
    findings,
    exploration,
    decisionPoints: exploration.decisionPoints.size,
    options: practice.length,
    optionsWithoutPrinciples: withoutPrinciples,
    optionsWithoutWhy: withoutWhy,
    optionsWithoutShortForms: practice.filter((s) => s.option.why && !(s.option.shortText && s.option.shortWhy)),
    optionsNeverTaken: seen.filter((s) => !exploration.optionsTaken.has(optionKey(s.option))).length,
    principleTable,
    untouchedPrinciples: principleTable
      .filter((r) => r.supportedBy === 0 && r.underminedBy === 0)
      .map((r) => r.principle),
    pathProblems: exploration.problems,
    guessability: guessed,
    errorCount,
    warningCount:
      findings.filter((f) => f.severity === 'warning').length + withoutPrinciples.length + withoutWhy.length + deadEnds,
  };
}

/** What only playing finds: tag problems not already found in the source, and asides carrying principle tags. */
function explorationFindings(exploration: Exploration, found: readonly Finding[]): Finding[] {
  const findings: Finding[] = [];
  const located = new Set(found.map((f) => f.message));
  for (const p of exploration.tagProblems) {
    const message = `Tag "${p.tag}": ${p.message}`;
    if (!located.has(message)) findings.push({ severity: 'error', file: undefined, line: undefined, message });
  }
  for (const s of exploration.options.values()) {
    if (s.option.summaryChoice && !s.option.aside)
      findings.push({
        severity: 'warning',
        file: undefined,
        line: undefined,
        message: `The option "${s.option.text}" is marked "summary-choice" but not "aside": a summary is a reader's choice, not a practice decision.`,
      });
    if (!s.option.aside || (s.option.supports.length === 0 && s.option.undermines.length === 0)) continue;
    findings.push({
      severity: 'error',
      file: undefined,
      line: undefined,
      message: `The option "${s.option.text}" is marked "aside" but also carries principle tags.`,
    });
  }
  return findings;
}

function lintSourceTags(
  entry: string,
  files: readonly string[],
  readFile: InkFileReader,
  ids: ReadonlySet<string>,
): Finding[] {
  const sources = files.flatMap((path) => {
    const text = safeRead(readFile, path);
    return text === undefined ? [] : [{ path, text }];
  });
  const findings: Finding[] = [];
  const placed: PlacedTag[] = [];
  for (const tag of scanSourceTags(sources, entry)) {
    const { tag: parsed, problem } = parseTag(tag.raw, tag.place, ids);
    if (parsed) placed.push({ file: tag.file, line: tag.line, tag: parsed });
    if (problem)
      findings.push({
        severity: 'error',
        file: tag.file,
        line: tag.line,
        message: `Tag "${problem.tag}": ${problem.message}`,
      });
    const unknown =
      parsed?.key === 'scene' && !isKnownPlace(parsed.id)
        ? `place "${parsed.id}" has no art: a neutral background will be shown`
        : parsed?.key === 'sfx' && !isKnownSound(parsed.id)
          ? `sound "${parsed.id}" is not in the game's sound set: nothing will play`
          : undefined;
    if (unknown) findings.push({ severity: 'warning', file: tag.file, line: tag.line, message: `The ${unknown}.` });
  }
  for (const cast of castFindings(placed, sources)) findings.push({ severity: 'warning', ...cast });
  for (const problem of shortFormProblems(placed)) findings.push({ severity: 'warning', ...problem });
  for (const gap of stagesWithoutKeyDecision(placed))
    findings.push({
      severity: 'warning',
      file: gap.file,
      line: gap.line,
      message: `Stage "${gap.stage}" marks no decision "key-decision": a group session's plan will not stop the room for discussion in it.`,
    });
  return findings;
}

function toFinding(d: InkDiagnostic): Finding {
  return { severity: d.severity === 'error' ? 'error' : 'warning', file: d.file, line: d.line, message: d.message };
}

function emptyReport(entry: string, findings: Finding[], principleIds: readonly string[]): CheckReport {
  return {
    entry,
    compiled: false,
    json: undefined,
    findings,
    exploration: undefined,
    decisionPoints: 0,
    options: 0,
    optionsWithoutPrinciples: [],
    optionsWithoutWhy: [],
    optionsWithoutShortForms: [],
    optionsNeverTaken: 0,
    principleTable: principleIds.map((principle) => ({ principle, supportedBy: 0, underminedBy: 0 })),
    untouchedPrinciples: [...principleIds],
    pathProblems: [],
    guessability: undefined,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  };
}

function safeRead(readFile: InkFileReader, path: string): string | undefined {
  try {
    return readFile(path);
  } catch {
    return undefined;
  }
}
