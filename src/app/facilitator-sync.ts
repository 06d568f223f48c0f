// Keeping the audience and presenter windows in step: the messages they exchange over the SyncChannel port
// (BroadcastChannel in the browser, an in-memory hub in tests), the channel's name, and how a window merges
// what it hears with what it has.
import type { ChannelFactory, SyncChannel } from '../core/ports.ts';
import { reduceFacilitator, withTally, type FacilitatorAction } from '../core/facilitator/facilitator-actions.ts';
import { readFacilitatorState } from '../core/facilitator/facilitator-record.ts';
import { isNewer, type FacilitatorState } from '../core/facilitator/facilitator-state.ts';
import { mergeTallies } from '../core/facilitator/vote-tally.ts';

export type WindowRole = 'audience' | 'presenter';

export type SyncMessage =
  /** A change made in one window: the action, the revision it was made on, and the state it led to. */
  | {
      readonly kind: 'action';
      readonly from: string;
      readonly base: number;
      readonly action: FacilitatorAction;
      readonly state: FacilitatorState;
    }
  | { readonly kind: 'state'; readonly from: string; readonly state: FacilitatorState }
  | { readonly kind: 'hello'; readonly from: string; readonly role: WindowRole }
  | { readonly kind: 'here'; readonly from: string; readonly role: WindowRole }
  | { readonly kind: 'bye'; readonly from: string }
  /** An audience window says whether its screen has more below for the view it shows. */
  | { readonly kind: 'view'; readonly from: string; readonly key: string; readonly more: boolean }
  /** A window reading cards with its camera says how many it has seen at a point (never who chose what). */
  | { readonly kind: 'cards'; readonly from: string; readonly key: string; readonly cards: CardsSeen | undefined };

/** A card vote's count as the other windows show it: open or closed, cards seen, and cards handed out (0: not said). */
export interface CardsSeen {
  readonly open: boolean;
  readonly seen: number;
  readonly expected: number;
}

export type SessionChannel = SyncChannel<SyncMessage>;
export type SessionChannelFactory = ChannelFactory<SyncMessage>;

export const channelName = (sessionId: string): string => `practice-paths:group-session:${sessionId}`;

/**
 * What a window does with a change it hears about: replay the action when it stands on the same revision
 * (both windows then apply the same action), otherwise take the sender's state if it is newer. Either way the
 * hands are merged as counts from both windows, so clicks made in both windows at once all count.
 */
export function mergeRemote(
  local: FacilitatorState,
  message: Extract<SyncMessage, { kind: 'action' | 'state' }>,
): FacilitatorState {
  const read = readFacilitatorState(message.state);
  if (!read.ok || read.state.id !== local.id) return local;
  const remote = read.state;
  if (message.kind === 'action' && message.base === local.revision) {
    const replayed = reduceFacilitator(local, message.action, remote.writer);
    if (replayed.revision === remote.revision && JSON.stringify(replayed) === JSON.stringify(remote)) return replayed;
  }
  return withMergedHands(isNewer(remote, local) ? remote : local, local, remote);
}

/** `winner` with every point's hands merged from both windows' tallies; `winner` itself when nothing changes. */
export function withMergedHands(winner: FacilitatorState, a: FacilitatorState, b: FacilitatorState): FacilitatorState {
  const merged = mergeTallies(a.tallies ?? {}, b.tallies ?? {});
  let result = winner;
  for (const [point, tally] of Object.entries(merged)) {
    if (JSON.stringify(winner.tallies?.[point]) !== JSON.stringify(tally)) result = withTally(result, point, tally);
  }
  return result;
}
