// The browser's BroadcastChannel behind the app's SyncChannel interface: windows of the same site on the
// same machine hear each other. Where the browser has none, a window simply runs on its own.
import { channelName, type SyncChannel, type SyncMessage } from '../../app/facilitator-sync.ts';

export function openBroadcastChannel(sessionId: string): SyncChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, onMessage: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(channelName(sessionId));
  return {
    post: (message: SyncMessage) => {
      try {
        channel.postMessage(message);
      } catch (error) {
        console.debug('A message to the other window could not be sent.', error);
      }
    },
    onMessage: (handler) => {
      channel.onmessage = (event: MessageEvent<SyncMessage>) => handler(event.data);
    },
    close: () => channel.close(),
  };
}

/** An id for this window, different in every window and every load. */
export function newWindowId(): string {
  return `w${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}
