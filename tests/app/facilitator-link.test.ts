// The link between the windows of a group session, over an in-memory channel: hello and goodbye, which
// windows are open, whether an audience screen has more below, a card vote's count, and state changes passed on.
import { describe, expect, it } from 'vitest';
import { WindowLink, type StateMessage } from '../../src/app/facilitator-link.ts';
import { channelName, type SyncMessage } from '../../src/app/facilitator-sync.ts';
import { createFacilitatorState } from '../../src/core/facilitator/facilitator-state.ts';
import { MemoryChannelHub } from '../doubles/memory-channel.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const state = createFacilitatorState({
  id: 's1',
  scenarioId: 'two-roads',
  storyVersion: 'v',
  seed: 1,
  timerMinutes: 3,
  mappingsStartHidden: true,
  now: 0,
  writer: 'a',
});

function windowOn(hub: MemoryChannelHub, id: string, role: 'audience' | 'presenter') {
  const heard: StateMessage[] = [];
  let peersChanged = 0;
  const link = new WindowLink(hub.open<SyncMessage>(channelName('s1')), id, role, {
    state: () => state,
    onState: (message) => {
      heard.push(message);
    },
    onPeers: () => {
      peersChanged++;
    },
  });
  return { link, heard, peersChanged: () => peersChanged };
}

describe('the window link', () => {
  it('finds the other window by hello and here, and hands a joining window the state', async () => {
    const hub = new MemoryChannelHub();
    const audience = windowOn(hub, 'a', 'audience');
    const presenter = windowOn(hub, 'p', 'presenter');
    await tick();
    await tick();
    expect(audience.link.peerRoles()).toEqual(['presenter']);
    expect(presenter.link.peerRoles()).toEqual(['audience']);
    expect(presenter.heard.map((m) => m.kind)).toEqual(['state']);
    expect(audience.heard).toEqual([]);
  });

  it('passes a change on as the action, the revision it was made on and the state it led to', async () => {
    const hub = new MemoryChannelHub();
    const audience = windowOn(hub, 'a', 'audience');
    const presenter = windowOn(hub, 'p', 'presenter');
    await tick();
    const action = { type: 'blank', blanked: true, at: 5 } as const;
    presenter.link.changed(0, action, { ...state, revision: 1, blanked: true });
    await tick();
    expect(audience.heard.at(-1)).toMatchObject({ kind: 'action', from: 'p', base: 0, action, state: { revision: 1 } });
  });

  it('knows whether any audience screen has more below for a view, and forgets a window that leaves', async () => {
    const hub = new MemoryChannelHub();
    const audience = windowOn(hub, 'a', 'audience');
    const presenter = windowOn(hub, 'p', 'presenter');
    await tick();
    audience.link.reportView('play|story|0', true);
    await tick();
    expect(presenter.link.moreBelow('play|story|0')).toBe(true);
    expect(presenter.link.moreBelow('play|options|0')).toBe(false);
    const before = presenter.peersChanged();
    audience.link.close();
    await tick();
    expect(presenter.link.peerRoles()).toEqual([]);
    expect(presenter.link.moreBelow('play|story|0')).toBe(false);
    expect(presenter.peersChanged()).toBeGreaterThan(before);
  });

  it("shows a card vote's count in the other window, to a window opened later, and forgets it on close", async () => {
    const hub = new MemoryChannelHub();
    const audience = windowOn(hub, 'a', 'audience');
    await tick();
    audience.link.reportCards('1.0', { open: true, seen: 23, expected: 26 });
    // The presenter opens mid-vote: it hears the count without waiting for the next card.
    const presenter = windowOn(hub, 'p', 'presenter');
    await tick();
    await tick();
    expect(presenter.link.cardsSeen('1.0')).toEqual({ open: true, seen: 23, expected: 26 });
    expect(presenter.link.cardsSeen('2.0')).toBeUndefined();
    // Frames that change nothing say nothing; a new count does.
    const before = presenter.peersChanged();
    audience.link.reportCards('1.0', { open: true, seen: 23, expected: 26 });
    await tick();
    expect(presenter.peersChanged()).toBe(before);
    audience.link.reportCards('1.0', { open: false, seen: 24, expected: 26 });
    await tick();
    expect(presenter.link.cardsSeen('1.0')).toEqual({ open: false, seen: 24, expected: 26 });
    expect(presenter.peersChanged()).toBe(before + 1);
    // The window running the camera shows its own count in its strip too.
    expect(audience.link.cardsSeen('1.0')).toEqual({ open: false, seen: 24, expected: 26 });
    audience.link.reportCards('1.0', undefined);
    await tick();
    expect(presenter.link.cardsSeen('1.0')).toBeUndefined();
    audience.link.reportCards('1.0', { open: true, seen: 3, expected: 0 });
    await tick();
    audience.link.close();
    await tick();
    expect(presenter.link.cardsSeen('1.0')).toBeUndefined();
  });

  it('runs alone without a channel, and says nothing once closed', async () => {
    const alone = new WindowLink(undefined, 'a', 'audience', {
      state: () => state,
      onState: () => undefined,
      onPeers: () => undefined,
    });
    alone.reportView('k', true);
    expect(alone.moreBelow('k')).toBe(true);
    expect(alone.peerRoles()).toEqual([]);
    const hub = new MemoryChannelHub();
    const a = windowOn(hub, 'a', 'audience');
    a.link.close();
    const b = windowOn(hub, 'b', 'presenter');
    await tick();
    expect(b.link.peerRoles()).toEqual([]);
  });
});
