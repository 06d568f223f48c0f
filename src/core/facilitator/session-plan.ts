// Pacing a group session: from a session length and the decisions on a path through the story (each with
// its stage and whether the author marked it `key-decision`), how many decisions the room stops to discuss
// and how they spread over the stages; the rest the trainer picks without a pause. Pure: counts, no clock.

export const SESSION_LENGTHS: readonly number[] = [45, 60, 90, 120];

/** One decision on a sample path through the story. */
export interface PlannedDecision {
  readonly stage: string | undefined;
  readonly key: boolean;
}

/** The parts of a session around the story, in minutes. */
export interface SessionParts {
  readonly opening: number;
  readonly story: number;
  readonly whatIf: number;
  readonly pause: number;
  readonly closing: number;
}

export interface SessionPlan {
  readonly minutes: number;
  readonly parts: SessionParts;
  /** Minutes a discussed decision takes (story, options, discussion, vote, reveal). */
  readonly discussMinutes: number;
  /** Minutes a decision the trainer picks takes (the story read, the option said aloud). */
  readonly quickMinutes: number;
  /** Decisions on the sample path. */
  readonly decisionCount: number;
  /** Stages in the order the sample path meets them ('' for decisions before any stage). */
  readonly stages: readonly string[];
  /** Decisions discussed in each stage (same order as `stages`). */
  readonly quotas: readonly number[];
  /** Decisions the plan discusses: the sum of `quotas`. */
  readonly discussed: number;
  /** Whether the author marked key decisions; if not (an older story), every decision may be discussed. */
  readonly marked: boolean;
}

const PARTS: Readonly<Record<number, Omit<SessionParts, 'story'>>> = {
  45: { opening: 5, whatIf: 0, pause: 0, closing: 10 },
  60: { opening: 10, whatIf: 0, pause: 0, closing: 15 },
  90: { opening: 10, whatIf: 10, pause: 0, closing: 15 },
  120: { opening: 15, whatIf: 10, pause: 10, closing: 20 },
};

export const QUICK_MINUTES = 0.5;

/** A discussion takes its timer's length plus a minute and a half for the options, the vote and the reveal. */
export const discussMinutesFor = (timerMinutes: number): number => (timerMinutes > 0 ? timerMinutes : 3) + 1.5;

/** The nearest planned length, for a length that is not one of SESSION_LENGTHS. */
export const nearestLength = (minutes: number): number =>
  SESSION_LENGTHS.reduce((best, m) => (Math.abs(m - minutes) < Math.abs(best - minutes) ? m : best), 60);

export function sessionParts(minutes: number): SessionParts {
  const length = nearestLength(minutes);
  const around = PARTS[length] ?? { opening: 10, whatIf: 0, pause: 0, closing: 15 };
  const story = length - around.opening - around.whatIf - around.pause - around.closing;
  return { ...around, story };
}

const stageOf = (decision: PlannedDecision): string => decision.stage ?? '';

/** Plan a session of `minutes` over the decisions of a sample path. */
export function planSession(minutes: number, decisions: readonly PlannedDecision[], timerMinutes: number): SessionPlan {
  const parts = sessionParts(minutes);
  const discussMinutes = discussMinutesFor(timerMinutes);
  // A story whose author marked no key decisions (an older one) offers every decision to the plan.
  const marked = decisions.some((d) => d.key);
  const candidates = decisions.map((d) => ({ stage: stageOf(d), key: marked ? d.key : true }));
  const stages = [...new Set(candidates.map((d) => d.stage))];
  const perStage = stages.map((s) => candidates.filter((d) => d.stage === s && d.key).length);
  const available = perStage.reduce((a, b) => a + b, 0);
  const spare = parts.story - QUICK_MINUTES * decisions.length;
  const affordable = Math.floor(spare / (discussMinutes - QUICK_MINUTES) + 1e-9);
  const target = Math.min(available, Math.max(decisions.length > 0 ? 1 : 0, affordable));
  const quotas = spreadOver(perStage, target);
  return {
    minutes: nearestLength(minutes),
    parts,
    discussMinutes,
    quickMinutes: QUICK_MINUTES,
    decisionCount: decisions.length,
    stages,
    quotas,
    discussed: quotas.reduce((a, b) => a + b, 0),
    marked,
  };
}

/**
 * Share `target` discussions over stages holding `available[i]` key decisions: one per stage first, spread
 * evenly over the story when there are fewer than stages, then a second and more, earlier stages first.
 */
export function spreadOver(available: readonly number[], target: number): number[] {
  const quotas = available.map(() => 0);
  let left = target;
  while (left > 0) {
    const open = available.flatMap((n, i) => (quotas[i]! < n ? [i] : []));
    if (open.length === 0) break;
    const round = open.length <= left ? open : evenly(open, left);
    for (const i of round) quotas[i] = quotas[i]! + 1;
    left -= round.length;
  }
  return quotas;
}

/** `count` of `items`, spread evenly from the first to the last. */
function evenly(items: readonly number[], count: number): number[] {
  if (count === 1) return [items[0]!];
  return Array.from({ length: count }, (_, k) => items[Math.round((k * (items.length - 1)) / (count - 1))]!);
}

/**
 * Which decisions along a path the room discusses: a key decision is discussed while its stage has
 * discussions left in the plan, in the order met. The trainer may open any other (`opened`).
 */
export function discussedAlong(
  plan: Pick<SessionPlan, 'stages' | 'quotas' | 'marked'>,
  decisions: readonly PlannedDecision[],
  opened: readonly boolean[] = [],
): boolean[] {
  const used = plan.stages.map(() => 0);
  return decisions.map((decision, i) => {
    const stage = plan.stages.indexOf(stageOf(decision));
    const planned = (decision.key || !plan.marked) && stage >= 0 && used[stage]! < plan.quotas[stage]!;
    if (planned) used[stage] = used[stage]! + 1;
    return planned || opened[i] === true;
  });
}

export interface Pacing {
  /** The decision the room is at (from 1), and the decisions on a path as planned (at least this one). */
  readonly decision: number;
  readonly of: number;
  /** Whole minutes left of the session, never below 0. */
  readonly minutesLeft: number;
  /** Minutes behind the plan at this decision (negative: ahead of it). */
  readonly behind: number;
}

/** Where the room stands against the plan: `discussed` holds the flags of the decisions already made. */
export function pacing(plan: SessionPlan, discussed: readonly boolean[], elapsedMs: number): Pacing {
  const elapsed = Math.max(0, elapsedMs) / 60_000;
  const planned =
    plan.parts.opening + discussed.reduce((sum, d) => sum + (d ? plan.discussMinutes : plan.quickMinutes), 0);
  const decision = discussed.length + 1;
  return {
    decision,
    of: Math.max(plan.decisionCount, decision),
    minutesLeft: Math.max(0, Math.round(plan.minutes - elapsed)),
    behind: Math.round(elapsed - planned),
  };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isMinutes = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 600;

/** Whether stored or received data is a well-formed plan. */
export function isSessionPlan(v: unknown): v is SessionPlan {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  const parts = p.parts as Record<string, unknown> | null | undefined;
  return (
    isMinutes(p.minutes) &&
    typeof parts === 'object' &&
    parts !== null &&
    ['opening', 'story', 'whatIf', 'pause', 'closing'].every((k) => isMinutes(parts[k])) &&
    isMinutes(p.discussMinutes) &&
    isMinutes(p.quickMinutes) &&
    isCount(p.decisionCount) &&
    isCount(p.discussed) &&
    typeof p.marked === 'boolean' &&
    Array.isArray(p.stages) &&
    p.stages.every((s) => typeof s === 'string') &&
    Array.isArray(p.quotas) &&
    p.quotas.length === p.stages.length &&
    p.quotas.every(isCount)
  );
}
