// The group debrief as a Markdown file for the trainer's records: the room's path with its votes, the
// branches explored and the principle profile. Pure: builds a string; the view downloads it.
import { mdText } from '../export/debrief-export.ts';
import type { PrincipleCatalogue } from '../principles/principle-catalogue.ts';
import { principleNames } from '../principles/principle-lookup.ts';
import { endingLabel } from '../session/scene-page.ts';
import { optionLetter } from './facilitator-state.ts';
import type { GroupDebrief, GroupDecision } from './group-debrief.ts';

export interface GroupExportInput {
  readonly scenarioTitle: string;
  readonly exportedAt: number;
  readonly startedAt: number;
  readonly endingText: string | undefined;
  readonly group: GroupDebrief;
}

const when = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const names = (catalogue: PrincipleCatalogue, ids: readonly string[]): string =>
  principleNames(catalogue, ids).join('; ');

const ROOM_WORDS: Record<GroupDecision['withRoom'], string> = {
  followed: 'The group followed the room’s majority.',
  'chose-other': 'The group took another option than the room’s majority.',
  tie: 'The vote was tied; the group took one of the leading options.',
  'no-vote': 'No vote was recorded.',
};

export function groupDebriefMarkdown(input: GroupExportInput, catalogue: PrincipleCatalogue): string {
  const { group } = input;
  const out: string[] = [
    `# Practice Paths group session: ${mdText(input.scenarioTitle)}`,
    '',
    `- Exported: ${when(input.exportedAt)}`,
    `- Started: ${when(input.startedAt)}`,
    `- Decisions on the path followed: ${group.decisions.length} (votes recorded at ${group.votedDecisions}; the majority followed at ${group.followedRoom})`,
    `- Branches explored: ${group.branches.length}`,
    `- Ending: ${mdText(endingLabel(group.debrief) ?? 'not reached')}${input.endingText ? ` — ${mdText(input.endingText)}` : ''}`,
    '',
    '## Principle profile of the path followed',
    '',
  ];
  if (group.debrief.mapped) {
    out.push(
      'The principles are of equal weight and work together: there is no total score.',
      '',
      '| Principle | Supported | Strained |',
      '| --- | ---: | ---: |',
    );
    for (const p of group.debrief.profile) out.push(`| ${mdText(p.name)} | ${p.supported} | ${p.undermined} |`);
  } else {
    out.push('This story has no principle mapping.');
  }
  out.push('', '## The path the group followed', '');
  for (const d of group.decisions) {
    const chosen = d.options[d.chosen];
    out.push(`### Decision ${d.ordinal + 1}`, '');
    if (d.situation.length) out.push(`> ${mdText(d.situation.join(' '))}`, '');
    d.options.forEach((o, i) =>
      out.push(
        `- ${i === d.chosen ? '**' : ''}${optionLetter(i)}. ${mdText(o.text)}${i === d.chosen ? '** (taken)' : ''} — ${d.votes[i] ?? 0} ${(d.votes[i] ?? 0) === 1 ? 'hand' : 'hands'}`,
      ),
    );
    out.push('', ROOM_WORDS[d.withRoom]);
    if (chosen?.supports.length) out.push(`- Supports: ${names(catalogue, chosen.supports)}`);
    if (chosen?.undermines.length) out.push(`- Strains: ${names(catalogue, chosen.undermines)}`);
    if (chosen?.why) out.push(`- Why: ${mdText(chosen.why)}`);
    out.push('');
  }
  out.push('## Branches explored', '');
  group.branches.forEach((b, i) =>
    out.push(
      `${i + 1}. ${b.current ? 'The path followed' : 'Another branch'}: ${b.decisions} ${b.decisions === 1 ? 'decision' : 'decisions'}, ${b.ending ? `ended at ${mdText(endingLabel(b)!)}` : 'not finished'}`,
    ),
  );
  out.push(
    '',
    '---',
    'Informed by the Practice Principles of the Tackling Child Exploitation Support Programme. Made with Practice Paths; kept on this device unless you share it.',
  );
  return out.join('\n') + '\n';
}
