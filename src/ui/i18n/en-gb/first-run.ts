// English (UK) words of the first run and of saving: the title, the content notice and its reminder, the
// Save/Load dialog, the end of a playthrough, naming a profile, and the reading and safety settings.
import { pluralFor } from '../plural.ts';

const plural = pluralFor('en-GB');

export const firstRun = {
  // Title
  tagline:
    'Practise responding to child exploitation and extra-familial harm, one decision at a time, guided by the eight Practice Principles.',
  continueLabel: 'Continue',
  lastPlayed: (date: string): string => `Last played ${date}`,
  startHere: 'Start here',
  startHereHint: (warmUp: string, minutes: string, caseStudy: string): string =>
    `A warm-up of ${minutes}, “${warmUp}”, to learn how it works; then the case study, “${caseStudy}”.`,
  startHereHintAlone: (warmUp: string, minutes: string): string =>
    `A warm-up of ${minutes}, “${warmUp}”, to learn how it works.`,
  startHereNext: (caseStudy: string): string => `You have done the warm-up: next, the case study, “${caseStudy}”.`,
  caseStudy: (title: string): string => `The case study: ${title}`,
  caseStudyHint: (minutes: string): string => `About ${minutes}, in eight stages, one for each principle.`,
  whatIfs: (count: number): string => plural(count, { one: '“What if” version (#)', other: '“What if” versions (#)' }),
  whatIfsHint: 'The same case with one thing changed, to see how practice has to change with it.',
  allScenarios: 'Choose a scenario, or open your own…',
  saveLoad: 'Load a saved game…',
  groupSession: 'Run a group session',
  settings: 'Settings',
  about: 'About and credits',
  playingAs: (name: string): string => `Playing as ${name}.`,
  changeProfile: 'Change who is playing',
  playingAsGuest: 'Playing as a guest: your progress is kept on this device.',
  nameProfile: 'Keep your progress under a name',
  moreOptions: 'More',

  // Content notice and the reminder on carrying on
  noticeHeading: 'Before you start',
  contentNote: 'Content note.',
  noticeAbout:
    'Fictional, but drawn from real practice. Harm is described, never shown. Take a break at any time (“Take a break” or the T key); your place is kept.',
  understandStart: 'I understand, start',
  loadingStory: 'Loading the story…',
  storyChanged:
    'This scenario has been updated since you saved. Your choices still fit it, so you carry on where you were.',
  startFresh: 'Start the scenario from the beginning',
  supportHeading: 'If this brings anything up',
  allSupport: 'All support services',
  welcomeBack: 'Welcome back',
  reminder: 'A reminder: this scenario deals with harm to children. Take a break at any time with the T key.',
  carryOn: 'Carry on',
  noteAndSupport: 'The content note and support services',

  // Save/Load dialog
  saveLoadTitle: 'Save and load',
  saveLoadIntro: 'Your place is also saved automatically at every decision.',
  saveName: 'Name for this save',
  autosave: 'Autosave',
  slotEmpty: (slot: number): string => `Slot ${String(slot)}: empty`,
  slotNamed: (slot: number, label: string): string => `Slot ${String(slot)}: ${label}`,
  saveHere: 'Save here',
  replaceHere: 'Save here (replaces it)',
  load: 'Load',
  loadWhat: (what: string): string => ` ${what}`,
  savedIn: (slot: number): string => `Saved in slot ${String(slot)}.`,
  decisionsMade: (count: number): string => plural(count, { one: '# decision made', other: '# decisions made' }),
  scenarioGone: 'This scenario is no longer in the game; the save is kept.',
  nothingSaved: 'Nothing saved yet. Start a scenario and your place is saved as you play.',
  done: 'Done',
  savedOn: (date: string): string => `saved ${date}`,

  // The end of a playthrough
  afterHeading: 'Looking after yourself',
  afterLead:
    'Stories like this one can stay with you. If anything in it touched something for you, or for a child you know, these services can help.',
  nextHeading: 'What next',
  nextScenario: (title: string): string => `Next: ${title}`,
  guestKeep:
    'You are playing as a guest. Give yourself a name to keep this playthrough, and your notes, with you on this device.',

  // Profiles
  guestMoves: 'Your progress as a guest moves to the profile you add.',

  // Reading and safety settings
  readingSafety: 'Reading and safety',
  summariesFirst:
    'Always show summaries of distressing passages: the short summary is offered first, the full account second',
};
