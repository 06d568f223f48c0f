// The English (UK) words of the first screens (title, content notice, play); later.ts holds the rest. Together
// they are complete, the words behind any key another catalogue leaves out. Each feature keeps its words in a
// file of its own here; add a group by importing it below (or in later.ts if only a screen loaded on demand shows it).
import { common } from './common.ts';
import { firstRun } from './first-run.ts';
import { lmsReporting } from './lms-reporting.ts';
import { play } from './play.ts';
import { readAloud } from './read-aloud.ts';
import { storageCare } from './storage-care.ts';

export const enGB = {
  common,
  firstRun,
  lmsReporting,
  play,
  readAloud,
  storageCare,
};
