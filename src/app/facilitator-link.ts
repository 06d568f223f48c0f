// This window's link to the other windows of a session: says hello and goodbye, knows which windows are open
// (audience, presenter), whether an audience screen has more below and how many cards a camera has seen, and
// passes changes of the session's state on to the controller.
import type { FacilitatorAction } from '../core/facilitator/facilitator-actions.ts';
import type { FacilitatorState } from '../core/facilitator/facilitator-state.ts';
import type { CardsSeen, SessionChannel, SyncMessage, WindowRole } from './facilitator-sync.ts';

export type StateMessage = Extract<SyncMessage, { kind: 'action' | 'state' }>;

export class WindowLink {
  private readonly peers = new Map<string, WindowRole>();
  private readonly views = new Map<string, { key: string; more: boolean }>();
  private readonly cards = new Map<string, { key: string; cards: CardsSeen }>();
  private closed = false;

  constructor(
    private readonly channel: SessionChannel | undefined,
    private readonly windowId: string,
    private readonly role: WindowRole,
    private readonly handlers: {
      readonly state: () => FacilitatorState;
      readonly onState: (message: StateMessage) => void;
      readonly onPeers: () => void;
    },
  ) {
    channel?.onMessage((message) => this.receive(message));
    channel?.post({ kind: 'hello', from: windowId, role });
  }

  /** Tell the other windows about a change made here. */
  changed(base: number, action: FacilitatorAction, state: FacilitatorState): void {
    this.post({ kind: 'action', from: this.windowId, base, action, state });
  }

  peerRoles(): WindowRole[] {
    return [...this.peers.values()];
  }

  /** Does any audience screen, here or in another window, have more below for the view `key`? */
  moreBelow(key: string): boolean {
    return [...this.views.values()].some((v) => v.key === key && v.more);
  }

  reportView(key: string, more: boolean): void {
    const before = this.views.get(this.windowId);
    if (before?.key === key && before.more === more) return;
    this.views.set(this.windowId, { key, more });
    this.post({ kind: 'view', from: this.windowId, key, more });
  }

  /** A card vote's count at the point `key`, from this window or another (an open vote first). */
  cardsSeen(key: string): CardsSeen | undefined {
    const here = [...this.cards.values()].filter((c) => c.key === key).map((c) => c.cards);
    return here.find((c) => c.open) ?? here[0];
  }

  reportCards(key: string, cards: CardsSeen | undefined): void {
    if (this.noteCards(this.windowId, key, cards)) {
      this.post({ kind: 'cards', from: this.windowId, key, cards });
      this.handlers.onPeers();
    }
  }

  /** A window that has just opened hears this window's card count too. */
  private postCards(): void {
    const mine = this.cards.get(this.windowId);
    if (mine) this.post({ kind: 'cards', from: this.windowId, key: mine.key, cards: mine.cards });
  }

  /** Keep a window's count; says whether it changed. */
  private noteCards(from: string, key: string, cards: CardsSeen | undefined): boolean {
    const before = this.cards.get(from);
    if (JSON.stringify(before) === JSON.stringify(cards ? { key, cards } : undefined)) return false;
    if (cards) this.cards.set(from, { key, cards });
    else this.cards.delete(from);
    return true;
  }

  close(): void {
    if (this.closed) return;
    this.post({ kind: 'bye', from: this.windowId });
    this.closed = true;
    this.channel?.close();
  }

  private post(message: SyncMessage): void {
    if (!this.closed) this.channel?.post(message);
  }

  private receive(message: SyncMessage): void {
    if (this.closed || message.from === this.windowId) return;
    switch (message.kind) {
      case 'hello':
        this.peers.set(message.from, message.role);
        this.post({ kind: 'here', from: this.windowId, role: this.role });
        this.post({ kind: 'state', from: this.windowId, state: this.handlers.state() });
        this.postCards();
        {
          this.handlers.onPeers();
          return;
        }
      case 'here':
        this.peers.set(message.from, message.role);
        {
          this.handlers.onPeers();
          return;
        }
      case 'bye':
        this.peers.delete(message.from);
        this.views.delete(message.from);
        this.cards.delete(message.from);
        {
          this.handlers.onPeers();
          return;
        }
      case 'view': {
        const before = this.views.get(message.from);
        this.views.set(message.from, { key: message.key, more: message.more });
        if (before?.key !== message.key || before.more !== message.more) this.handlers.onPeers();
        return;
      }
      case 'cards': {
        if (this.noteCards(message.from, message.key, message.cards)) this.handlers.onPeers();
        return;
      }
      case 'action':
      case 'state': {
        this.handlers.onState(message);
        return;
      }
    }
  }
}
