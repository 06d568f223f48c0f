// English (UK) words for a group session's pacing, its reveal and the presenter's vote panel.
import { pluralFor } from '../plural.ts';

const plural = pluralFor('en-GB');
const minutes = (n: number): string => plural(n, { one: '# minute', other: '# minutes' });

export const facilitator = {
  sessionLength: 'Session length',
  lengthChoice: (n: number): string => `${String(n)} minutes`,
  noPlan: 'No plan: stop at every decision',
  lengthHelp:
    'The length picks the decisions the room stops to discuss (the story’s key decisions, spread over its stages). At the others you pick the option yourself and carry on; you can still open a discussion at any of them with Q.',
  planSummary: (discussed: number, of: number): string =>
    `${plural(discussed, { one: '# decision', other: '# decisions' })} discussed of about ${String(of)}; you pick the others.`,
  planWorking: 'Working out the plan…',
  pacing: (decision: number, of: number, left: number): string =>
    `Decision ${String(decision)} of ${String(of)} · about ${minutes(left)} left`,
  decisionOf: (decision: number, of: number): string => `Decision ${String(decision)} of ${String(of)}`,
  againstPlan: (behind: number): string =>
    behind === 0
      ? 'on plan'
      : behind > 0
        ? `${minutes(behind)} behind the plan`
        : `${minutes(-behind)} ahead of the plan`,
  trainerPicks: 'The trainer picks',
  trainerPicksHint:
    'Not one of the plan’s discussions: choose an option (click “Go with”, or the number key), or press Q to open a discussion.',
  discussedHere: 'A planned discussion',
  pickedHere: 'You pick: not in the plan’s discussions',
  openDiscussion: 'Open a discussion here',
  zoom: 'Zoom',
  zoomHint: (letter: string): string => `Option ${letter} large. Z: the next option; Escape: all the options again.`,
  hands: 'Hands',
  addHand: (letter: string): string => `Add a hand for ${letter}`,
  takeHand: (letter: string): string => `Take a hand away from ${letter}`,
  handsFor: (letter: string, n: number): string => `${letter}: ${plural(n, { one: '# hand', other: '# hands' })}`,
  voteControls: 'Vote and timer',
};
