// The English (UK) catalogue: complete, and the words behind any key another catalogue leaves out. Each
// feature keeps its words in a file of its own here; add a group by importing it below.
import { about } from './about.ts';
import { cardVote, sessionPack } from './card-vote.ts';
import { common } from './common.ts';
import { facilitator } from './facilitator.ts';
import { firstRun } from './first-run.ts';
import { debrief } from './debrief.ts';
import { groupDebrief } from './group-debrief.ts';
import { play } from './play.ts';
import { readAloud } from './read-aloud.ts';
import { storageCare } from './storage-care.ts';
import { ownScenario } from './own-scenario.ts';

export const enGB = {
  about,
  cardVote,
  sessionPack,
  common,
  facilitator,
  firstRun,
  debrief,
  groupDebrief,
  play,
  readAloud,
  storageCare,
  ownScenario,
};
