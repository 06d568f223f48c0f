// English (UK) words for opening a trainer's own scenario: the size limit, what a file is, the check's progress
// and cancel, "replace or keep both", and a scenario kept for this visit only when storage is full.
import { pluralFor } from '../plural.ts';

const plural = pluralFor('en-GB');

const megabytes = (bytes: number): string => {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) || mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)} MB`;
};

export const ownScenario = {
  limit: (bytes: number): string =>
    `Up to ${megabytes(bytes)} of files. The check runs in the background: you can cancel it at any time.`,
  checking: (names: string): string => `Checking ${names}…`,
  compiling: 'Reading and compiling the story…',
  exploring: (paths: number): string =>
    plural(paths, {
      one: 'Playing the story’s paths: # path so far…',
      other: 'Playing the story’s paths: # paths so far…',
    }),
  guessing: 'Measuring whether the best options can be guessed…',
  cancel: 'Cancel the check',
  cancelled: 'The check was cancelled. Nothing was kept.',
  failed: (message: string): string => `The check stopped: ${message}`,
  progressLabel: 'Progress of the check',
  cannotPlay: (title: string): string => `“${title}” cannot be played yet`,
  notAFile: 'These files cannot be opened',
  tooLarge: (name: string, bytes: number, limit: number): string =>
    `This file is larger than ${megabytes(limit)} (“${name}”: ${megabytes(bytes)} in all). A scenario is text: check that this is the ink file you meant.`,
  notInk: (name: string): string =>
    `“${name}” is not an ink file: it looks like a picture, a document or another kind of file. Choose the .ink file you wrote (or its compiled .json).`,
  empty: (name: string): string => `“${name}” is empty: there is no story in it.`,
  noStoryFile: 'Choose an .ink file (and any files it INCLUDEs) or a compiled ink .json file.',
  afterChoosing: (option: string): string => `It happens after choosing “${option}”.`,
  atStart: 'It happens at the start, before any choice.',
  sameTitle: 'A scenario with this title exists',
  sameTitleAsk: (title: string): string =>
    `You already have a scenario called “${title}”. Replace it with this one (its saves stay with it), or keep both?`,
  replace: 'Replace it',
  keepBoth: 'Keep both',
  notKept: (title: string): string =>
    `The browser’s storage is full, so “${title}” will not be kept on this device. You can play it now, during this visit; open the file again next time.`,
};
