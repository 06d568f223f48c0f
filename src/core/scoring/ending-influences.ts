// Which decisions led to the ending: for a decision, take each road not taken, play on choosing as
// before wherever the same choice comes up again, and see whether the story would have ended elsewhere.
// A decision "led to" the ending when some other option there would have changed it.
import type { Clock } from '../ports.ts';
import { PlaySession, type StorySource } from '../session/play-session.ts';
import type { DecisionRecord, SessionSnapshot } from '../session/session-types.ts';

/** Where a path ended: the ending's id and, when the story gives one, its title. */
export interface EndingReached {
  readonly ending: string | undefined;
  readonly endingTitle: string | undefined;
}

export interface Counterfactual extends EndingReached {
  readonly optionText: string;
}

export interface EndingInfluence extends EndingReached {
  readonly ordinal: number;
  readonly chosenText: string;
  /** The roads not taken here whose ending would have differed. */
  readonly changedBy: readonly Counterfactual[];
}

const MAX_STEPS = 2000;

/**
 * What would have happened at one decision of a finished path; undefined when the path can't be replayed.
 * `reached` is where the path ended when the caller knows it (a live session), which saves replaying it again.
 */
export function influenceOf(
  source: StorySource,
  snapshot: SessionSnapshot,
  decisions: readonly DecisionRecord[],
  ordinal: number,
  clock: Clock,
  reached?: EndingReached,
): EndingInfluence | undefined {
  const steps = influenceSteps(source, snapshot, decisions, ordinal, clock, reached);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** influenceOf a road not taken at a time: it yields after each replay, so a caller can let the page breathe. */
export function* influenceSteps(
  source: StorySource,
  snapshot: SessionSnapshot,
  decisions: readonly DecisionRecord[],
  ordinal: number,
  clock: Clock,
  reached?: EndingReached,
): Generator<void, EndingInfluence | undefined, void> {
  const decision = decisions[ordinal];
  if (!decision) return undefined;
  const known = reached ?? endingOf(source, snapshot, clock);
  if (!known) return undefined;
  const { ending, endingTitle } = known;
  const before = new Map(decisions.map((d) => [d.decisionId, d.options[d.chosen]?.text]));
  const prefix = {
    ...snapshot,
    path: snapshot.path.slice(0, decision.step),
    times: snapshot.times.slice(0, decision.step),
  };
  const changedBy: Counterfactual[] = [];
  for (const [index, option] of decision.options.entries()) {
    if (index === decision.chosen || option.aside) continue;
    const replay = PlaySession.restore(source, prefix, clock);
    if (!replay.ok || replay.session.choose(index)) continue;
    const alternative = playOn(replay.session, before);
    if (alternative.ending !== ending) changedBy.push({ optionText: option.text, ...alternative });
    yield;
  }
  return { ordinal, chosenText: decision.options[decision.chosen]?.text ?? '', ending, endingTitle, changedBy };
}

function endingOf(source: StorySource, snapshot: SessionSnapshot, clock: Clock): EndingReached | undefined {
  const original = PlaySession.restore(source, snapshot, clock);
  if (!original.ok) return undefined;
  const { ending, endingTitle } = original.session.view();
  return { ending, endingTitle };
}

/** Play to the end, taking the option chosen before wherever the same choice point comes up, else the first. */
function playOn(session: PlaySession, before: ReadonlyMap<string, string | undefined>): EndingReached {
  const nowhere: EndingReached = { ending: undefined, endingTitle: undefined };
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const view = session.view();
    if (view.ended || view.error) return { ending: view.ending, endingTitle: view.endingTitle };
    const wanted = view.decisionId ? before.get(view.decisionId) : undefined;
    const index = Math.max(
      0,
      view.options.findIndex((o) => o.text === wanted),
    );
    if (session.choose(index)) return nowhere;
  }
  return nowhere;
}
