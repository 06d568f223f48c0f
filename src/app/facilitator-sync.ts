// Keeping the audience and presenter windows in step: the messages they exchange, the channel they use
// (an interface: BroadcastChannel in the browser, an in-memory hub in tests) and how a window merges
// what it hears with what it has.
import { reduceFacilitator, type FacilitatorAction } from '../core/facilitator/facilitator-actions.ts';
import { readFacilitatorState } from '../core/facilitator/facilitator-record.ts';
import { isNewer, type FacilitatorState } from '../core/facilitator/facilitator-state.ts';

export type WindowRole = 'audience' | 'presenter';

export type SyncMessage =
  /** A change made in one window: the action, the revision it was made on, and the state it led to. */
  | { readonly kind: 'action'; readonly from: string; readonly base: number; readonly action: FacilitatorAction; readonly state: FacilitatorState }
  | { readonly kind: 'state'; readonly from: string; readonly state: FacilitatorState }
  | { readonly kind: 'hello'; readonly from: string; readonly role: WindowRole }
  | { readonly kind: 'here'; readonly from: string; readonly role: WindowRole }
  | { readonly kind: 'bye'; readonly from: string }
  /** An audience window says whether its screen has more below for the view it shows. */
  | { readonly kind: 'view'; readonly from: string; readonly key: string; readonly more: boolean };

export interface SyncChannel {
  post(message: SyncMessage): void;
  /** Messages from other windows (never one's own). */
  onMessage(handler: (message: SyncMessage) => void): void;
  close(): void;
}

export type ChannelFactory = (sessionId: string) => SyncChannel;

export const channelName = (sessionId: string): string => `practice-paths:group-session:${sessionId}`;

/**
 * What a window does with a change it hears about: replay the action when it stands on the same revision
 * (both windows then apply the same action), otherwise take the sender's state if it is newer.
 */
export function mergeRemote(local: FacilitatorState, message: Extract<SyncMessage, { kind: 'action' | 'state' }>): FacilitatorState {
  const read = readFacilitatorState(message.state);
  if (!read.ok || read.state.id !== local.id) return local;
  if (message.kind === 'action' && message.base === local.revision) {
    const replayed = reduceFacilitator(local, message.action, read.state.writer);
    if (replayed.revision === read.state.revision && JSON.stringify(replayed) === JSON.stringify(read.state)) return replayed;
  }
  return isNewer(read.state, local) ? read.state : local;
}

/** An in-memory stand-in for BroadcastChannel: every channel opened on the same name hears the others, a tick later. */
export class MemoryChannelHub {
  private readonly channels = new Map<string, Set<MemoryChannel>>();

  open(name: string): SyncChannel {
    const members = this.channels.get(name) ?? new Set<MemoryChannel>();
    this.channels.set(name, members);
    const channel = new MemoryChannel((message, sender) => {
      for (const member of members) if (member !== sender) member.deliver(structuredClone(message));
    }, () => members.delete(channel));
    members.add(channel);
    return channel;
  }
}

class MemoryChannel implements SyncChannel {
  private handler: ((message: SyncMessage) => void) | undefined;
  private closed = false;

  constructor(
    private readonly send: (message: SyncMessage, sender: MemoryChannel) => void,
    private readonly leave: () => void,
  ) {}

  post(message: SyncMessage): void {
    if (!this.closed) this.send(message, this);
  }
  onMessage(handler: (message: SyncMessage) => void): void {
    this.handler = handler;
  }
  deliver(message: SyncMessage): void {
    queueMicrotask(() => {
      if (!this.closed) this.handler?.(message);
    });
  }
  close(): void {
    this.closed = true;
    this.leave();
  }
}
