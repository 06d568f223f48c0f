// English (UK) words of the play screen: the reading controls, the options tray, chapter cards between
// stages and the backlog of earlier pages.

export const play = {
  stage: (number: number, of: number, name: string): string => `Stage ${String(number)} of ${String(of)}: ${name}`,
  showAll: 'Show all the text',
  continue: 'Continue',
  loadingRest: 'One moment: the rest of the story is loading.',
  optionsLabel: 'Your options',
  choiceHint: 'Choose with the mouse, or press the number of an option.',
  youChose: 'You chose: ',
  coachHeading: 'Coach: what that choice meant',
  storyError: (message: string): string => `Something went wrong in the story itself: ${message}`,
  goBack: 'Go back to the last decision',
  pathEnds: 'This is where this path ends.',
  seeSummary: 'See what your choices meant',
  backToTitle: 'Back to title',
  history: 'History',
  historyTitle: 'Earlier in this playthrough',
  historyEmpty: 'Nothing earlier yet: this is the first page.',
  historyPage: (number: number): string => `Page ${String(number)}`,
  historyNow: 'This page so far',
  chapterLabel: 'Between stages',
  chapterEnd: (number: number, of: number, name: string): string =>
    `End of stage ${String(number)} of ${String(of)}: ${name}`,
  chapterEndUnnumbered: (name: string): string => `End of the stage: ${name}`,
  chapterNext: 'Next',
  chapterFeels: 'How it should feel, in a young person’s words:',
  chapterNoteHint:
    'A natural place for a break. You can note your thoughts on the stage just finished now, or later from the menu.',
  writeNote: 'Write a note',
  checkpointNote: (name: string): string => `${name}: notes`,
};
