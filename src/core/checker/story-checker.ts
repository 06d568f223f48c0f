// The story checker authors run (`npm run check-story`) and the tests run on every scenario:
// compiles, lints every tag where it is written, plays every path or a large seeded sample, and gathers a report.
import { compileInk, type InkDiagnostic, type InkFileReader } from '../story/ink-compiler.ts';
import { isKnownCharacter, isKnownPlace, isKnownSound } from '../story/known-ids.ts';
import { parseTag } from '../story/tags.ts';
import { guessability, type GuessabilityReport } from '../scoring/guessability.ts';
import { scanSourceTags } from './ink-source-tags.ts';
import {
  DEFAULT_EXPLORE,
  exploreStory,
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
  readonly optionsNeverTaken: number;
  readonly principleTable: readonly PrincipleRow[];
  readonly untouchedPrinciples: readonly string[];
  readonly pathProblems: readonly PathProblem[];
  /** Can the best option be guessed by place, length or cost? Advice for authors; a bar for shipped stories. */
  readonly guessability: GuessabilityReport | undefined;
  readonly errorCount: number;
  readonly warningCount: number;
}

export function checkStory(
  entry: string,
  readFile: InkFileReader,
  principleIds: readonly string[],
  explore: ExploreOptions = DEFAULT_EXPLORE,
): CheckReport {
  const ids = new Set(principleIds);
  const compiled = compileInk(entry, readFile);
  const findings: Finding[] = [
    ...(compiled.ok ? [] : compiled.errors).map(toFinding),
    ...compiled.warnings.map(toFinding),
    ...lintSourceTags(entry, compiled.files, readFile, ids),
  ];
  if (!compiled.ok) return emptyReport(entry, findings, principleIds);

  const exploration = exploreStory(compiled.json, ids, explore);
  const located = new Set(findings.map((f) => f.message));
  for (const p of exploration.tagProblems) {
    const message = `Tag "${p.tag}": ${p.message}`;
    if (!located.has(message)) findings.push({ severity: 'error', file: undefined, line: undefined, message });
  }
  const seen = [...exploration.options.values()];
  const practice = seen.filter((s) => !s.option.aside);
  const withoutPrinciples = practice.filter((s) => s.option.supports.length === 0 && s.option.undermines.length === 0);
  const withoutWhy = practice.filter((s) => !s.option.why);
  const principleTable = principleIds.map((principle) => ({
    principle,
    supportedBy: practice.filter((s) => s.option.supports.includes(principle)).length,
    underminedBy: practice.filter((s) => s.option.undermines.includes(principle)).length,
  }));
  for (const s of seen.filter(
    (s) => s.option.aside && (s.option.supports.length > 0 || s.option.undermines.length > 0),
  )) {
    findings.push({
      severity: 'error',
      file: undefined,
      line: undefined,
      message: `The option "${s.option.text}" is marked "aside" but also carries principle tags.`,
    });
  }
  const pathErrors = exploration.problems.length;
  const errorCount = findings.filter((f) => f.severity === 'error').length + pathErrors;
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
    optionsNeverTaken: seen.filter(
      (s) => !exploration.optionsTaken.has(`${s.decisionId}#${s.option.index}:${s.option.text}`),
    ).length,
    principleTable,
    untouchedPrinciples: principleTable
      .filter((r) => r.supportedBy === 0 && r.underminedBy === 0)
      .map((r) => r.principle),
    pathProblems: exploration.problems,
    guessability: guessability(compiled.json, ids, exploration.decisionOptions),
    errorCount,
    warningCount:
      findings.filter((f) => f.severity === 'warning').length + withoutPrinciples.length + withoutWhy.length,
  };
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
  for (const tag of scanSourceTags(sources, entry)) {
    const { tag: parsed, problem } = parseTag(tag.raw, tag.place, ids);
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
        : parsed?.key === 'speaker' && !isKnownCharacter(parsed.id)
          ? `character "${parsed.id}" has no portrait: the name will be shown without one`
          : parsed?.key === 'sfx' && !isKnownSound(parsed.id)
            ? `sound "${parsed.id}" is not in the game's sound set: nothing will play`
            : undefined;
    if (unknown) findings.push({ severity: 'warning', file: tag.file, line: tag.line, message: `The ${unknown}.` });
  }
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
