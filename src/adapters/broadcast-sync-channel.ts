// The browser's BroadcastChannel behind the SyncChannel port: windows of the same site on the same machine
// hear each other. Where the browser has none, a window simply runs on its own.
import type { SyncChannel } from '../core/ports.ts';

export function openBroadcastChannel<M>(name: string): SyncChannel<M> {
  if (typeof BroadcastChannel === 'undefined')
    return { post: () => undefined, onMessage: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  return {
    post: (message: M) => {
      try {
        channel.postMessage(message);
      } catch (error) {
        console.debug('A message to the other window could not be sent.', error);
      }
    },
    onMessage: (handler) => {
      channel.onmessage = (event: MessageEvent<M>) => handler(event.data);
    },
    close: () => channel.close(),
  };
}
