// English (UK) words of the solo debrief: the one-screen summary, the detail on demand (decisions by stage,
// profile, compare and reflect), the exports, and the group debrief's slides.
import { pluralFor } from '../plural.ts';

const plural = pluralFor('en-GB');
const n = (count: number) => String(count);
/** "3, 7 and 12" */
const series = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

export const debrief = {
  heading: (title: string) => `Debrief: ${title}`,
  meta: (date: string, minutes: number, decisions: number, branches: number) =>
    [
      date,
      minutes < 1 ? 'under a minute' : plural(minutes, { one: 'about # minute', other: 'about # minutes' }),
      plural(decisions, { one: '# decision', other: '# decisions' }),
      branches > 1 ? plural(branches, { one: '# path tried', other: '# paths tried' }) : '',
    ]
      .filter(Boolean)
      .join(' · '),
  nav: 'The debrief',
  views: {
    summary: 'Summary',
    decisions: 'Every decision',
    profile: 'Your profile',
    reflect: 'Compare and reflect',
    keep: 'Keep a copy',
  },
  endingHeading: 'Where this path ended',
  notFinished: 'Not finished yet',
  notFinishedText: 'This path has not reached an ending yet: the debrief so far shows the decisions made.',
  endingNote: 'Endings are not wins or losses: they show what life might look like a few months on.',
  turningHeading: 'Three turning points',
  turningFinding: (done: number, total: number) =>
    `Working out the turning points… (${n(done)} of ${n(total)} decisions replayed)`,
  /** A turning point in one short line (phones): where the other road would have led. */
  turnShortEnds: (title: string) => `Another road ends at “${title}”.`,
  turnShortSame: 'Another road: the same ending, other principles.',
  /** The short form of "Try this path instead" on a phone (the word after it is dropped there). */
  tryShort: 'Try this path',
  tryRest: ' instead',
  readMore: 'Read more',
  readLess: 'Show less',
  turningNone: 'There were no decisions with another road to take.',
  decisionN: (ordinal: number) => `Decision ${n(ordinal + 1)}`,
  youChose: 'You chose',
  insteadEnds: (title: string) => `would have ended at “${title}”.`,
  insteadSame: 'would have ended in the same place, with a different principle profile.',
  instead: 'Instead',
  tryInstead: 'Try this path instead',
  standoutsHeading: 'The principles that stood out',
  mostSupported: 'Most supported',
  mostStrained: 'Most strained',
  standoutSentence: (ordinal: number, chosen: string, verb: 'supported' | 'strained', name: string) =>
    `At decision ${n(ordinal + 1)} you chose “${chosen}”; that ${verb} ${name}`,
  /** The story's reason for the option, after the sentence above. */
  reason: (why: string) => `: ${why}`,
  noneStrained: 'None of your choices strained a principle.',
  noneSupported: 'None of your choices supported a principle.',
  unmapped: 'This story has no principle mapping, so there is no profile: the decisions are shown alone.',
  support: 'Where to get support',
  supportLead: 'Some of this may stay with you. Talk to someone you trust, and use supervision.',
  // Every decision
  decisionsHeading: 'Every decision, stage by stage',
  decisionsLead:
    'Open a stage to see its decisions. “Try this path instead” goes back to that decision and takes the other option; this path is kept.',
  stageGroup: (number: number, name: string, count: number) =>
    `Stage ${n(number)}: ${name} (${plural(count, { one: '# decision', other: '# decisions' })})`,
  otherStage: 'Decisions outside a stage',
  scene: 'The scene',
  roads: (count: number) => `The roads not taken (${n(count)})`,
  noMapping: 'No principle mapping',
  // Profile
  profileHeading: 'Your profile across the eight principles',
  profileLead: 'The principles are of equal weight and work together: there is no total score.',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  strainedKey: 'Strained',
  supportedKey: 'Supported',
  principle: 'Principle',
  chartLabel: (name: string, supported: number, strained: number) =>
    `${name}: supported ${n(supported)}, strained ${n(strained)}`,
  perPrincipleHeading: 'What moved each principle',
  supportedAt: (ordinals: readonly number[]) =>
    `Supported at ${plural(ordinals.length, { one: 'decision', other: 'decisions' })} ${series(ordinals.map((o) => n(o + 1)))}`,
  strainedAt: (ordinals: readonly number[]) =>
    `Strained at ${plural(ordinals.length, { one: 'decision', other: 'decisions' })} ${series(ordinals.map((o) => n(o + 1)))}`,
  untouched: 'None of your choices bore on this principle; the roads not taken may show where it could have come in.',
  // Compare and reflect
  compareHeading: 'Compare',
  earlierLead: (count: number) =>
    `Compared with ${plural(count, { one: 'your earlier playthrough', other: 'the mean of your # earlier playthroughs' })} of this scenario.`,
  noEarlier: 'This is your first finished playthrough of this scenario: next time, this shows how your choices moved.',
  otherPathLead: (title: string, decisions: number) =>
    `The other path you tried ended at “${title}” (${plural(decisions, { one: '# decision', other: '# decisions' })}).`,
  thisPath: 'This path',
  thatPath: 'That path',
  earlier: 'Earlier (mean)',
  counts: (supported: number, strained: number) => `${n(supported)} supported, ${n(strained)} strained`,
  mapHeading: 'Your paths as a map',
  mapLegend:
    'Each circle is a decision, numbered in order. Green: the choice supported more principles than it strained. Red: it strained more. Amber: both. The larger circles are the path you are on.',
  mapInWords: 'The map in words',
  thePathYouAreOn: 'The path you are on',
  branchN: (number: number) => `Path ${n(number)}`,
  endedAt: (title: string) => `ended at “${title}”`,
  unfinished: 'not finished',
  supports: 'supports',
  strains: 'strains',
  reflectHeading: 'Reflect',
  reflectLead: 'Questions to take into supervision. Notes are saved on this device as you type.',
  yourNotes: (name: string) => `Your notes: ${name}`,
  playNotes: 'Notes you wrote while playing',
  // Keep a copy
  keepHeading: 'Keep a copy',
  keepLead: 'For your CPD portfolio or supervision. Files are made and saved on this device only.',
  printSummary: 'Print the one-page summary',
  printAll: 'Print the summary and every decision',
  word: 'Download as a Word document',
  wordMaking: 'Making the Word document…',
  wordFailed: 'The Word document could not be made on this device.',
  markdown: 'Download as Markdown',
  json: 'Download as JSON',
  appendix: 'Appendix: every decision and the roads not taken',
  otherScenario: 'Choose another scenario',
  backToTitle: 'Back to title',
  differsHeading: 'What was different in this version',
};
