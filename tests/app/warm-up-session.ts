// Shared by the group-session tests in Node: the warm-up story ("A first shift") as a scenario in the menu,
// and a wait for the in-memory channel's messages (delivered a tick later) to arrive.
import firstShift from '../fixtures/ink/warm-up.ink';
import type { ScenarioEntry } from '../../src/app/scenario-catalogue.ts';

export const warmUpScenario: ScenarioEntry = {
  id: 'first-shift',
  title: 'A first shift',
  summary: '',
  contentNote: '',
  lengthMinutes: 5,
  variantOf: undefined,
  load: async () => firstShift,
};

/** Lets every message already posted on the in-memory channel arrive. */
export const tick = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 0));
