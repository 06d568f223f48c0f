// English (UK) words of the group debrief in facilitator mode: five projector slides and the full record.
import { pluralFor } from '../plural.ts';

const plural = pluralFor('en-GB');
const n = (count: number) => String(count);

export const groupDebrief = {
  heading: 'Group debrief',
  slideOf: (number: number, of: number) => `Slide ${n(number)} of ${n(of)}`,
  nextHint: 'Page Down, → or Space: next slide',
  endingHeading: 'Where the room’s path ended',
  noEnding: 'The room has not reached an ending on this path yet.',
  pathLine: (decisions: number, voted: number, followed: number, branches: number) =>
    `${plural(decisions, { one: '# decision', other: '# decisions' })} on the path followed; hands recorded at ${n(voted)}, the room’s majority followed at ${n(followed)}; ${plural(branches, { one: '# path', other: '# paths' })} explored.`,
  profileHeading: 'The principles on the room’s path',
  profileNote: 'Equal weight, no total score.',
  unmapped: 'This story has no principle mapping, so there is no profile.',
  splitHeading: 'Where the room split',
  noSplits: 'No decision divided the room’s hands, or no hands were recorded.',
  splitDecision: (ordinal: number) => `Decision ${n(ordinal + 1)}`,
  hands: (letter: string, count: number) => `${letter}: ${plural(count, { one: '# hand', other: '# hands' })}`,
  taken: 'taken',
  branchesHeading: 'Paths explored',
  branchLine: (number: number, current: boolean, decisions: number) =>
    `${current ? 'The room’s path' : `Path ${n(number)}`}: ${plural(decisions, { one: '# decision', other: '# decisions' })}`,
  endedAt: (title: string) => `, ended at “${title}”`,
  unfinished: ', not finished',
  closingHeading: 'Closing the session',
  moreSupport: 'Every support service is listed in the record below.',
  care: 'Some of this may stay with you. Talk to someone you trust, use supervision, and look after yourself today.',
  supportHeading: 'Where to get support',
  recordHeading: 'The full record',
  pathHeading: 'The path the group followed',
  mapHeading: 'The branch map',
  exportsHeading: 'Keep a record',
  exportsNote: 'Saved to this device only: nothing is sent anywhere.',
  print: 'Print or save as PDF',
  markdown: 'Download as Markdown',
  finish: 'End the session',
  room: {
    followed: 'The group went with the room’s majority.',
    'chose-other': 'The group took another option than the most hands.',
    tie: 'The vote was tied; the group took one of the leading options.',
    'no-vote': 'No vote was recorded here.',
  },
  handsLine: (list: string) => `Hands: ${list}.`,
};
