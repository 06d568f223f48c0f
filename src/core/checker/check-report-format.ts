// Turns a CheckReport into the plain-text report authors read in a terminal.
import type { GuessabilityReport, GuessShare } from '../scoring/guessability.ts';
import type { CheckReport, Finding } from './story-checker.ts';

const where = (f: Finding): string => {
  const place = [f.file, f.line === undefined ? undefined : `line ${f.line}`].filter(Boolean).join(' ');
  return place ? ` ${place}` : '';
};

export function formatCheckReport(report: CheckReport): string {
  const out: string[] = [`Story check: ${report.entry}`, ''];
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  out.push(report.compiled ? 'Compile: OK' : 'Compile: FAILED');
  for (const f of errors) out.push(`  ERROR${where(f)}: ${f.message}`);
  for (const f of warnings) out.push(`  warning${where(f)}: ${f.message}`);
  if (!report.compiled || !report.exploration) {
    out.push('', `${report.errorCount} error(s), ${report.warningCount} warning(s).`);
    return out.join('\n');
  }
  const x = report.exploration;
  out.push(
    '',
    x.mode === 'exhaustive'
      ? `Played every path: ${x.paths} path(s).`
      : `Too many paths to play them all: played a seeded sample of ${x.paths} paths (seed ${x.seed}), favouring options not yet taken.`,
    `Decision points: ${report.decisionPoints}; options at them: ${report.options}${report.optionsNeverTaken ? ` (${report.optionsNeverTaken} never taken in this run)` : ''}.`,
    `Decisions per path: min ${x.decisionsPerPath.min}, max ${x.decisionsPerPath.max}, mean ${x.decisionsPerPath.mean.toFixed(1)} (asides not counted).`,
    '',
    'Endings reached:',
    ...(x.endings.size === 0
      ? ['  (none)']
      : [...x.endings].sort((a, b) => b[1] - a[1]).map(([id, n]) => `  ${id.padEnd(28)} ${n} path(s)`)),
  );
  const deadEnds = report.pathProblems.filter((p) => p.kind === 'dead-end');
  const runtime = report.pathProblems.filter((p) => p.kind !== 'dead-end');
  out.push('', `Dead ends: ${deadEnds.length === 0 ? 'none' : deadEnds.length}`);
  for (const p of deadEnds.slice(0, 10)) out.push(`  ${p.message}\n    path: ${p.path.join(' > ') || '(start)'}`);
  out.push(`Runtime errors: ${runtime.length === 0 ? 'none' : runtime.length}`);
  for (const p of runtime.slice(0, 10)) out.push(`  ${p.message}\n    path: ${p.path.join(' > ') || '(start)'}`);
  out.push(...optionsListed('Options without principle tags', report.optionsWithoutPrinciples));
  out.push(...optionsListed('Options without "why:"', report.optionsWithoutWhy));
  out.push(
    ...optionsListed(
      'Options without short forms for the projector ("short:", "why-short:")',
      report.optionsWithoutShortForms,
    ),
  );
  out.push('', 'Principle                     supported by   undermined by  (distinct options)');
  for (const row of report.principleTable)
    out.push(
      `  ${row.principle.padEnd(28)} ${String(row.supportedBy).padStart(6)}   ${String(row.underminedBy).padStart(12)}`,
    );
  if (report.untouchedPrinciples.length)
    out.push(`Principles no option touches: ${report.untouchedPrinciples.join(', ')}`);
  if (report.guessability) out.push('', ...formatGuessability(report.guessability));
  out.push('', `${report.errorCount} error(s), ${report.warningCount} warning(s).`);
  return out.join('\n');
}

const share = (s: GuessShare): string => `${String(Math.round(s.share * 100)).padStart(3)}% (${s.count})`;

/** The guessability section: advice for authors, a bar for the shipped scenarios. */
export function formatGuessability(g: GuessabilityReport): string[] {
  const best = g.walks.find((w) => w.policy === 'best')?.ending;
  return [
    `Guessability, over ${g.decisionPoints} decision point(s) (the game shuffles options, but the writing must not give the answer away):`,
    `  best-tagged option written first        ${share(g.bestFirst)}   (bar: at most 40%)`,
    `  best-tagged option is also the longest   ${share(g.bestLongest)}   (bar: at most 40%)`,
    `  best-tagged option strains nothing       ${share(g.bestCostFree)}   (bar: at most 35%)`,
    `  every option strains something           ${share(g.everyOptionStrains)}   (bar: at least 40%)`,
    '  Always taking one kind of option ends at:',
    ...g.walks.map(
      (w) =>
        `    ${w.policy.padEnd(9)} ${(w.ending ?? '(no ending)').padEnd(28)} ${w.decisions} decisions${w.policy !== 'best' && w.ending === best ? '  = the best-tagged ending' : ''}`,
    ),
    g.missed.length === 0 ? '  Meets every guessability bar.' : `  Misses ${g.missed.length} bar(s):`,
    ...g.missed.map((m) => `    - ${m}`),
  ];
}

/** "Label: n" (or "none"), then up to twenty of the options by text and where they are. */
function optionsListed(label: string, options: CheckReport['optionsWithoutWhy']): string[] {
  return [
    `${label}: ${options.length === 0 ? 'none' : options.length}`,
    ...options.slice(0, 20).map((s) => `  "${s.option.text}" (at ${s.decisionId})`),
  ];
}
