// A window joining a group session that this device has not saved (storage blocked or full, say) asks the
// session's open windows for it over their channel: any open window answers a hello with its state.
import { readFacilitatorState } from '../core/facilitator/facilitator-record.ts';
import type { FacilitatorState } from '../core/facilitator/facilitator-state.ts';
import { channelName, type SessionChannelFactory, type WindowRole } from './facilitator-sync.ts';

/** How long a joining window waits for an open window to answer: they answer at once when they are there. */
export const HANDOVER_WAIT_MS = 2_000;

export interface HandoverRequest {
  readonly openChannel: SessionChannelFactory | undefined;
  readonly sessionId: string;
  /** The asking window's id for this request only: it says goodbye under it once it has its answer. */
  readonly windowId: string;
  readonly role: WindowRole;
  readonly wait: (ms: number) => Promise<void>;
}

/** The session as an open window of it has it now, or undefined when none answers in time (or there is no channel). */
export async function stateFromOpenWindow(request: HandoverRequest): Promise<FacilitatorState | undefined> {
  const { openChannel, sessionId, windowId, role, wait } = request;
  const channel = openChannel?.(channelName(sessionId));
  if (!channel) return undefined;
  const answer = new Promise<FacilitatorState | undefined>((resolve) => {
    channel.onMessage((message) => {
      if (message.kind !== 'state' && message.kind !== 'action') return;
      const read = readFacilitatorState(message.state);
      if (read.ok && read.state.id === sessionId) resolve(read.state);
    });
    void wait(HANDOVER_WAIT_MS).then(() => resolve(undefined));
  });
  channel.post({ kind: 'hello', from: windowId, role });
  const state = await answer;
  // The windows that answered counted this one as open: it leaves, and the joining window says hello itself.
  channel.post({ kind: 'bye', from: windowId });
  channel.close();
  return state;
}
