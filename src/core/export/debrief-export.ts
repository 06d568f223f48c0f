// Turns a debrief into files a trainee can keep: Markdown for a CPD record or supervision, JSON for tools;
// both name endings by title and principles by name (JSON keeps the ids beside them, as keys).
// Pure: builds strings; the view decides how to download them.
import type { PrincipleCatalogue } from '../principles/principle-catalogue.ts';
import { noteTitle, principleNames } from '../principles/principle-lookup.ts';
import { endingLabel } from '../session/scene-page.ts';
import type { Debrief } from '../scoring/debrief-model.ts';
import type { EndingInfluence, EndingReached } from '../scoring/ending-influences.ts';
import type { OptionRecord } from '../session/session-types.ts';

export interface DebriefExportInput {
  readonly scenarioId: string;
  readonly scenarioTitle: string;
  readonly exportedAt: number;
  readonly startedAt: number;
  /** Time of the last choice. */
  readonly lastChoiceAt: number;
  readonly endingText: string | undefined;
  readonly debrief: Debrief;
  readonly notes: Readonly<Record<string, string>>;
  readonly branchCount: number;
  readonly influences: readonly EndingInfluence[] | undefined;
}

const formatWhen = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

export function minutesSpent(input: Pick<DebriefExportInput, 'startedAt' | 'lastChoiceAt'>): number {
  return Math.max(0, Math.round((input.lastChoiceAt - input.startedAt) / 60000));
}

const names = (catalogue: PrincipleCatalogue, ids: readonly string[]) => principleNames(catalogue, ids).join('; ');

/** Escape characters that Markdown would read as formatting, so story text stays text. */
export function mdText(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

export function debriefMarkdown(input: DebriefExportInput, catalogue: PrincipleCatalogue): string {
  const { debrief } = input;
  const out: string[] = [
    `# Practice Paths debrief: ${mdText(input.scenarioTitle)}`,
    '',
    `- Exported: ${formatWhen(input.exportedAt)}`,
    `- Started: ${formatWhen(input.startedAt)}`,
    `- Time spent: about ${minutesSpent(input)} minutes`,
    `- Decisions: ${debrief.decisions.length}${input.branchCount > 1 ? ` (on the path followed; ${input.branchCount} branches explored in all)` : ''}`,
    `- Ending: ${mdText(endingLabel(debrief) ?? 'not reached yet')}${input.endingText ? ` — ${mdText(input.endingText)}` : ''}`,
    '',
    '## Profile across the eight Practice Principles',
    '',
  ];
  if (debrief.mapped) {
    out.push(
      'The principles are of equal weight and work together: there is no total score.',
      '',
      '| Principle | Supported | Strained | What it meant |',
      '| --- | ---: | ---: | --- |',
    );
    for (const p of debrief.profile)
      out.push(`| ${mdText(p.name)} | ${p.supported} | ${p.undermined} | ${mdText(p.reading)} |`);
  } else {
    out.push('This story has no principle mapping, so the decisions are shown alone.');
  }
  if (input.influences && input.influences.some((i) => i.changedBy.length > 0)) {
    out.push('', '## Decisions that led to this ending', '');
    for (const i of input.influences.filter((x) => x.changedBy.length > 0)) {
      out.push(
        `- Decision ${i.ordinal + 1}: ${mdText(i.chosenText)} (another choice here, such as "${mdText(i.changedBy[0]!.optionText)}", would have led to ${mdText(endingLabel(i.changedBy[0]!) ?? 'a different place')})`,
      );
    }
  }
  out.push(...markdownDecisions(debrief, catalogue));
  const notes = Object.entries(input.notes).filter(([, text]) => text.trim() !== '');
  out.push('## My notes', '');
  if (notes.length === 0) out.push('No notes were written.');
  for (const [key, text] of notes)
    out.push(`### ${mdText(noteTitle(catalogue, key))}`, '', ...text.split(/\r?\n/).map((line) => mdText(line)), '');
  out.push(
    '',
    '---',
    'Informed by the Practice Principles of the Tackling Child Exploitation Support Programme. Made with Practice Paths; kept on your device unless you share it.',
  );
  return out.join('\n') + '\n';
}

/** Every decision with its mapping and reason, and the roads not taken with theirs. */
function markdownDecisions(debrief: DebriefExportInput['debrief'], catalogue: PrincipleCatalogue): string[] {
  const out: string[] = [];
  out.push('', '## Decisions and the roads not taken', '');
  for (const d of debrief.decisions) {
    out.push(`### Decision ${d.ordinal + 1}${d.stage ? `: ${mdText(noteTitle(catalogue, d.stage))}` : ''}`, '');
    if (d.situation.length) out.push(`> ${mdText(d.situation.join(' '))}`, '');
    out.push(`**You chose:** ${mdText(d.chosen.text)}`, '');
    if (d.chosen.supports.length) out.push(`- Supports: ${names(catalogue, d.chosen.supports)}`);
    if (d.chosen.undermines.length) out.push(`- Strains: ${names(catalogue, d.chosen.undermines)}`);
    if (d.chosen.why) out.push(`- Why: ${mdText(d.chosen.why)}`);
    if (d.chosen.differs) out.push(`- Different in this version: ${mdText(d.chosen.differs)}`);
    if (d.notTaken.length) {
      out.push('', 'Roads not taken:');
      for (const o of d.notTaken) {
        const mapping = [
          o.supports.length ? `supports ${names(catalogue, o.supports)}` : '',
          o.undermines.length ? `strains ${names(catalogue, o.undermines)}` : '',
        ]
          .filter(Boolean)
          .join('; ');
        out.push(`- ${mdText(o.text)}${mapping ? ` (${mapping})` : ''}${o.why ? `. ${mdText(o.why)}` : ''}`);
      }
    }
    out.push('');
  }
  return out;
}

/** An option with the names of the principles it bears on beside their ids. */
function namedOption(option: OptionRecord, catalogue: PrincipleCatalogue) {
  return {
    ...option,
    supportsNames: principleNames(catalogue, option.supports),
    underminesNames: principleNames(catalogue, option.undermines),
  };
}

/** The ending's title beside its id wherever an ending is named (ids stay as keys for tools). */
const titled = <T extends EndingReached>(reached: T) => ({ ...reached, endingTitle: endingLabel(reached) });

/** JSON for tools: ids as keys, with the ending titles, principle names and note titles people read beside them. */
export function debriefJson(input: DebriefExportInput, catalogue: PrincipleCatalogue): string {
  return JSON.stringify(
    {
      format: 'practice-paths/debrief',
      version: 2,
      scenario: { id: input.scenarioId, title: input.scenarioTitle },
      exportedAt: new Date(input.exportedAt).toISOString(),
      startedAt: new Date(input.startedAt).toISOString(),
      minutesSpent: minutesSpent(input),
      ending: { id: input.debrief.ending, title: endingLabel(input.debrief), text: input.endingText },
      branchesExplored: input.branchCount,
      profile: input.debrief.profile.map((p) => ({
        principle: p.principle,
        name: p.name,
        supported: p.supported,
        undermined: p.undermined,
        supportedAt: p.supportedAt.map((n) => n + 1),
        underminedAt: p.underminedAt.map((n) => n + 1),
      })),
      decisions: input.debrief.decisions.map((d) => ({
        number: d.ordinal + 1,
        stage: d.stage,
        stageName: d.stage === undefined ? undefined : noteTitle(catalogue, d.stage),
        situation: d.situation,
        chosen: namedOption(d.chosen, catalogue),
        notTaken: d.notTaken.map((o) => namedOption(o, catalogue)),
        at: new Date(d.at).toISOString(),
      })),
      endingInfluences:
        input.influences?.map((i) => ({ ...titled(i), changedBy: i.changedBy.map((c) => titled(c)) })) ?? null,
      notes: Object.entries(input.notes).map(([key, text]) => ({ key, title: noteTitle(catalogue, key), text })),
    },
    null,
    2,
  );
}
