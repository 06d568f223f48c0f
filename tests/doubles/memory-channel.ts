// An in-memory stand-in for BroadcastChannel: every channel opened on the same name hears the others, a tick later.
import type { SyncChannel } from '../../src/core/ports.ts';

export class MemoryChannelHub {
  private readonly channels = new Map<string, Set<MemoryChannel<unknown>>>();

  open<M>(name: string): SyncChannel<M> {
    const members = this.channels.get(name) ?? new Set<MemoryChannel<unknown>>();
    this.channels.set(name, members);
    const channel: MemoryChannel<unknown> = new MemoryChannel<unknown>(
      (message, sender) => {
        for (const member of members) if (member !== sender) member.deliver(structuredClone(message));
      },
      () => members.delete(channel),
    );
    members.add(channel);
    return channel as SyncChannel<M>;
  }
}

class MemoryChannel<M> implements SyncChannel<M> {
  private handler: ((message: M) => void) | undefined;
  private closed = false;

  constructor(
    private readonly send: (message: M, sender: MemoryChannel<M>) => void,
    private readonly leave: () => void,
  ) {}

  post(message: M): void {
    if (!this.closed) this.send(message, this);
  }
  onMessage(handler: (message: M) => void): void {
    this.handler = handler;
  }
  deliver(message: M): void {
    queueMicrotask(() => {
      if (!this.closed) this.handler?.(message);
    });
  }
  close(): void {
    this.closed = true;
    this.leave();
  }
}
