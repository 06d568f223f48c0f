// English (UK) words of card votes (answer cards read by the laptop's camera) and the printable session pack.
import { pluralFor } from '../plural.ts';

const plural = pluralFor('en-GB');
const n = (count: number): string => String(count);

export const cardVote = {
  region: 'Card vote',
  start: 'Card vote with the camera',
  startHint: 'Participants hold up their answer cards; the camera counts them. Nothing is recorded but the totals.',
  notHere: 'A card vote opens at a decision.',
  starting: 'Asking for the camera… Allow it in the browser’s prompt.',
  loading: 'Starting the card reader…',
  reading: 'Reading cards',
  seen: (seen: number, expected: number): string =>
    expected > 0
      ? `${n(seen)} of ${plural(expected, { one: '# card', other: '# cards' })} seen`
      : plural(seen, { one: '# card seen', other: '# cards seen' }),
  noneYet: 'No cards seen yet: point the camera at the room, in good light, and ask people to hold their cards up.',
  handedOut: 'Cards handed out',
  close: 'Close the card vote',
  closed: (seen: number): string =>
    `Card vote closed: ${plural(seen, { one: '# card', other: '# cards' })} counted. The totals stay as they are.`,
  again: 'Read cards again',
  /** The same three on the projector's clicker bar, where room is short. */
  startShort: 'Card vote',
  closeShort: 'Close cards',
  againShort: 'Cards again',
  refused: 'The camera was not allowed. Allow it in the browser’s site settings, or count hands with the number keys.',
  noCamera: 'No camera was found. Count hands with the number keys instead.',
  unavailable: 'The camera could not be used here. Count hands with the number keys instead.',
  decoder: 'The card reader could not start. Count hands with the number keys instead.',
  private: 'The camera picture is never shown, kept or sent: only the number of cards for each option is used.',
  keyHint: 'C starts or closes a card vote.',
  elsewhere: 'The other window’s camera is reading cards at this decision: close the vote there.',
  /** The presenter's strip, whichever window's camera reads the cards. */
  strip: (open: boolean, seen: number, expected: number): string =>
    open
      ? `Cards: ${expected > 0 ? `${n(seen)} of ${n(expected)}` : n(seen)} seen`
      : `Cards: vote closed, ${plural(seen, { one: '# card', other: '# cards' })} counted`,
  announceSeen: (seen: number): string => plural(seen, { one: '# card seen.', other: '# cards seen.' }),
} as const;

export const sessionPack = {
  open: 'Print the session pack',
  title: (scenario: string): string => `Session pack: ${scenario}`,
  intro:
    'Print on A4. The answer cards, the decision cards (with and without the principle mapping), a run-sheet for each session length, and checklists for before and after.',
  print: 'Print',
  close: 'Close the pack',
  making: 'Making the pack…',
  failed: (message: string): string => `The pack could not be made: ${message}`,
  cardsHeading: 'Answer cards',
  cardsHint:
    'Give each person one card. To answer, hold the card up with your letter at the top. Nobody else needs to see which side you chose.',
  cardsPerSheet: 'Cards to print',
  cardsOnly: 'Print the answer cards only',
  card: (number: number): string => `Card ${n(number)}`,
  decisionsHeading: 'Decision cards: for the room',
  decisionsNote: 'The situation and the options as the room sees them, without the principle mapping.',
  debriefHeading: 'Decision cards: for the debrief',
  debriefNote: 'The same decisions with the principles each option supports or strains, and why.',
  pathNote:
    'These follow one path through the story (the first option each time); where the room chooses otherwise, the screen shows the decisions of that path.',
  decision: (number: number): string => `Decision ${n(number)}`,
  keyDecision: 'Key decision',
  supports: 'Supports: ',
  strains: 'Strains: ',
  noPrinciples: 'No principle tagged.',
  runSheetsHeading: 'Run-sheets',
  runSheet: (minutes: number): string => `${n(minutes)}-minute session`,
  part: {
    opening: 'Welcome, ground rules and support',
    story: 'The story',
    whatIf: 'A “what if” version',
    pause: 'Break',
    closing: 'Group debrief and close',
  },
  minutes: (count: number): string => plural(count, { one: '# minute', other: '# minutes' }),
  discussEach: (minutes: number): string => `Each discussed decision: about ${n(minutes)} minutes.`,
  discussList: (numbers: readonly number[]): string =>
    numbers.length === 0 ? 'No decision is discussed.' : `Discuss decisions ${numbers.join(', ')}; pick the others.`,
  prebriefHeading: 'Before the session',
  prebrief: [
    'Read the content note aloud and say that anyone may step out at any time, without explaining.',
    'Agree ground rules: what is said in the room stays in the room; talk about practice, not people.',
    'Show where support is, and name who in the room people can go to.',
    'Hand out one answer card each; show how to hold it with the chosen letter at the top.',
    'Check the camera sees the whole room in good light before the first vote.',
  ],
  closingHeading: 'At the close',
  closing: [
    'Return to the support list, and say it again out loud.',
    'Collect the answer cards; nothing about who chose what was recorded.',
    'Check in with anyone who seemed affected, privately and without pressure.',
    'Remind people of their own organisation’s safeguarding procedures.',
  ],
  contentNote: 'Content note: ',
} as const;
