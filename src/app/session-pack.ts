// The printable session pack's content, made from the story: the decisions met along one path (the first
// option shown, each time, in the room's own A–D order), grouped by stage, and a run-sheet for each session
// length from the pacing plan. Returns data; the ui lays it out for print.
import type { Clock } from '../core/ports.ts';
import { cardPayload, MAX_CARDS } from '../core/facilitator/card-code.ts';
import type { CardCodeWriter, CodeMatrix } from '../core/facilitator/card-ports.ts';
import { discussedAlong, planSession, SESSION_LENGTHS, type SessionParts } from '../core/facilitator/session-plan.ts';
import type { DecisionRecord, OptionRecord } from '../core/session/session-types.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import { StoryPlayback } from './story-playback.ts';

/** Choices a pack walk may make before it stops (a story with a loop must not hang the page). */
const MOST_CHOICES = 400;

export interface PackDecision {
  /** From 1, along the walked path. */
  readonly number: number;
  readonly stage: string | undefined;
  readonly situation: readonly string[];
  readonly options: readonly OptionRecord[];
  readonly key: boolean;
}

export interface RunSheet {
  readonly minutes: number;
  readonly parts: SessionParts;
  readonly discussMinutes: number;
  /** The numbers of the decisions the room stops to discuss. */
  readonly discussed: readonly number[];
}

export interface SessionPack {
  readonly scenario: ScenarioEntry;
  readonly decisions: readonly PackDecision[];
  readonly runSheets: readonly RunSheet[];
}

export type PackResult =
  { readonly ok: true; readonly pack: SessionPack } | { readonly ok: false; readonly error: string };

export interface PackRequest {
  readonly scenario: ScenarioEntry;
  readonly principleIds: ReadonlySet<string>;
  readonly clock: Clock;
  /** The session's seed, so the letters match what the room sees. */
  readonly seed: number;
  readonly timerMinutes: number;
}

export async function buildSessionPack(request: PackRequest): Promise<PackResult> {
  const loaded = await StoryPlayback.load(request.scenario, request.principleIds, request.clock);
  if (!loaded.ok) return loaded;
  const started = loaded.playback.start(request.seed);
  if (!started.ok) return started;
  const session = started.session;
  for (let i = 0; i < MOST_CHOICES; i++) {
    const view = session.view();
    if (view.ended || view.error || view.options.length === 0) break;
    if (session.choose(0)) break;
  }
  const decisions = session.view().decisions.map(toPackDecision);
  return {
    ok: true,
    pack: { scenario: request.scenario, decisions, runSheets: runSheets(decisions, request.timerMinutes) },
  };
}

const toPackDecision = (record: DecisionRecord): PackDecision => ({
  number: record.ordinal + 1,
  stage: record.stage,
  situation: record.situation,
  options: record.options,
  key: record.options.some((o) => o.keyDecision),
});

function runSheets(decisions: readonly PackDecision[], timerMinutes: number): RunSheet[] {
  const planned = decisions.map((d) => ({ stage: d.stage, key: d.key }));
  return SESSION_LENGTHS.map((minutes) => {
    const plan = planSession(minutes, planned, timerMinutes);
    const flags = discussedAlong(plan, planned);
    return {
      minutes: plan.minutes,
      parts: plan.parts,
      discussMinutes: plan.discussMinutes,
      discussed: decisions.filter((_, i) => flags[i]).map((d) => d.number),
    };
  });
}

/** The codes of answer cards 1…count (at most MAX_CARDS), in order. */
export function answerCardCodes(writer: CardCodeWriter, count: number): Promise<CodeMatrix[]> {
  const cards = Math.max(1, Math.min(MAX_CARDS, Math.floor(count)));
  return Promise.all(Array.from({ length: cards }, (_, i) => writer.matrix(cardPayload(i + 1))));
}
