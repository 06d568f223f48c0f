// The English (UK) words of the screens that load on demand (debrief, about, own scenarios, facilitator mode,
// card votes and the session pack): a chunk of their own, fetched with those screens, not with the first page.
// Add a group here when only a lazily loaded screen shows it; otherwise add it to index.ts.
import { about } from './about.ts';
import { cardVote, sessionPack } from './card-vote.ts';
import { debrief } from './debrief.ts';
import { facilitator } from './facilitator.ts';
import { groupDebrief } from './group-debrief.ts';
import { ownScenario } from './own-scenario.ts';

export const enGBLater = {
  about,
  cardVote,
  sessionPack,
  facilitator,
  debrief,
  groupDebrief,
  ownScenario,
};
