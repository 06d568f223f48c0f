// What a group session's controller answers when a move cannot go ahead, and the one move that needs working
// out before it becomes an action: going back to a point on a branch the room has explored.
import type { FacilitatorAction } from '../core/facilitator/facilitator-actions.ts';
import { branchEnds, isPrefix } from '../core/facilitator/facilitator-branches.ts';
import type { BlockedReason } from '../core/facilitator/facilitator-flow.ts';
import type { FacilitatorState } from '../core/facilitator/facilitator-state.ts';
import type { FacilitatorRoom } from './facilitator-room.ts';

export type Outcome =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: BlockedReason | 'invalid';
      readonly leaders: readonly number[];
      readonly message?: string;
    };

export const OK: Outcome = { ok: true };

export const invalid = (message?: string): Outcome => ({
  ok: false,
  reason: 'invalid',
  leaders: [],
  ...(message === undefined ? {} : { message }),
});

/** The go-to action for `upTo` choices along an explored `path` (a decision on the way reopens at the vote). */
export function goToAction(
  state: FacilitatorState,
  room: FacilitatorRoom,
  move: { readonly path: readonly number[]; readonly upTo: number; readonly at: number },
): FacilitatorAction | Outcome {
  const target = move.path.slice(0, move.upTo);
  const source = branchEnds(state.explored, state.position).find((end) => isPrefix(target, end.path));
  if (!source) return invalid('That point is not on a branch explored in this session.');
  const times = target.map((_, i) => source.times[i] ?? move.at);
  const landing = room.returnPhase({ path: target, times }, move.upTo < move.path.length);
  if ('error' in landing) return invalid(landing.error);
  return { type: 'go-to', path: target, times, phase: landing.phase, at: move.at };
}
