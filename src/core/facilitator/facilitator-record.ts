// Reading a stored or received facilitated session: checks every field before it is trusted, and says in
// words why one cannot be read (the caller sets it aside). Version 1 is the only version so far (tallies, plan
// and opened were added to it as optional fields). Pure.
import {
  FACILITATOR_FORMAT,
  FACILITATOR_VERSION,
  MAX_HANDS,
  MAX_OPTIONS,
  PHASES,
  SHOWINGS,
  type FacilitatorState,
  type PathRecord,
} from './facilitator-state.ts';
import { isSessionPlan } from './session-plan.ts';
import { isTallies } from './vote-tally.ts';

export type ReadResult =
  { readonly ok: true; readonly state: FacilitatorState } | { readonly ok: false; readonly error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isIndexList = (v: unknown, limit: number): v is number[] =>
  Array.isArray(v) && v.every((n) => isCount(n) && n < limit);

function readPath(v: unknown): PathRecord | undefined {
  if (
    !isRecord(v) ||
    !isIndexList(v.path, MAX_OPTIONS) ||
    !Array.isArray(v.times) ||
    !v.times.every(isTime) ||
    v.times.length !== v.path.length
  )
    return undefined;
  return { path: [...v.path], times: [...v.times] };
}

/** Fields added after version 1 was first written: absent in older saves, checked when present. */
function laterFieldProblems(data: Record<string, unknown>): string[] {
  return [
    data.tallies === undefined || isTallies(data.tallies) ? '' : 'tallies',
    data.plan === undefined || isSessionPlan(data.plan) ? '' : 'plan',
    data.opened === undefined || (Array.isArray(data.opened) && data.opened.every((p) => typeof p === 'string'))
      ? ''
      : 'opened',
    data.zoom === undefined || (isCount(data.zoom) && data.zoom < MAX_OPTIONS) ? '' : 'zoom',
  ];
}

function fail(error: string): ReadResult {
  return { ok: false, error };
}

export function readFacilitatorState(data: unknown): ReadResult {
  if (!isRecord(data) || data.format !== FACILITATOR_FORMAT) return fail('This is not a saved group session.');
  if (typeof data.version !== 'number' || data.version > FACILITATOR_VERSION)
    return fail(`This group session was saved by a newer version of Practice Paths (format ${String(data.version)}).`);
  if (data.version !== FACILITATOR_VERSION)
    return fail(`This group session has an unknown format version (${String(data.version)}).`);
  const position = readPath(data.position);
  const explored = Array.isArray(data.explored) ? data.explored.map(readPath) : undefined;
  const timer = isRecord(data.timer) ? data.timer : undefined;
  const problems = [
    typeof data.id === 'string' && data.id !== '' ? '' : 'id',
    typeof data.scenarioId === 'string' && data.scenarioId !== '' ? '' : 'scenarioId',
    typeof data.storyVersion === 'string' ? '' : 'storyVersion',
    typeof data.writer === 'string' ? '' : 'writer',
    [data.seed, data.revision].every(isCount) ? '' : 'seed or revision',
    [data.createdAt, data.updatedAt].every(isTime) ? '' : 'times',
    position ? '' : 'position',
    explored && explored.every(Boolean) ? '' : 'explored branches',
    PHASES.includes(data.phase as never) && SHOWINGS.includes(data.showing as never) ? '' : 'phase',
    isCount(data.scroll) ? '' : 'scroll',
    isRecord(data.votes) &&
    Object.values(data.votes).every((v) => isIndexList(v, MAX_HANDS + 1) && v.length <= MAX_OPTIONS)
      ? ''
      : 'votes',
    typeof data.mappingsStartHidden === 'boolean' &&
    Array.isArray(data.revealToggled) &&
    data.revealToggled.every((p) => typeof p === 'string')
      ? ''
      : 'reveal',
    timer &&
    isCount(timer.durationMs) &&
    isTime(timer.remainingMs) &&
    (timer.startedAt === null || isTime(timer.startedAt))
      ? ''
      : 'timer',
    typeof data.blanked === 'boolean' && (data.finishedAt === null || isTime(data.finishedAt)) ? '' : 'flags',
    ...laterFieldProblems(data),
  ].filter(Boolean);
  if (problems.length > 0) return fail(`The saved group session is damaged (${problems.join(', ')}).`);
  return {
    ok: true,
    state: { ...(data as unknown as FacilitatorState), position: position!, explored: explored as PathRecord[] },
  };
}
