// Hands counted in two windows at once (audience and presenter over the in-memory channel): votes are
// merged as increments, so no click is lost whichever window's state wins, and both windows agree.
import { describe, expect, it } from 'vitest';
import { FacilitatorSessions } from '../../src/app/facilitator-sessions.ts';
import { mergeRemote } from '../../src/app/facilitator-sync.ts';
import { reduceFacilitator } from '../../src/core/facilitator/facilitator-actions.ts';
import { totalHands, votesAt } from '../../src/core/facilitator/facilitator-state.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { MemoryChannelHub } from '../doubles/memory-channel.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';
import { tick, warmUpScenario } from './warm-up-session.ts';

const scenario = warmUpScenario;

async function twoWindows() {
  const clock = new ManualClock();
  const memory = new MemorySaveStore();
  const hub = new MemoryChannelHub();
  const windowAs = (windowId: string) =>
    new FacilitatorSessions({
      store: memory,
      clock,
      principleIds: DEFAULT_CATALOGUE.ids,
      scenarios: () => [scenario],
      openChannel: (name) => hub.open(name),
      onSaved: () => undefined,
      newId: (kind) => (kind === 'session' ? 'session-1' : windowId),
    });
  const created = await windowAs('audience-1').create(scenario, { timerMinutes: 3, mappingsStartHidden: true });
  if (!created.ok) throw new Error(created.error);
  const audience = created.controller;
  await tick();
  const opened = await windowAs('presenter-1').open('session-1', 'presenter');
  if (!opened.ok) throw new Error(opened.error);
  const presenter = opened.controller;
  await tick();
  audience.show('play');
  while (audience.point().kind !== 'decision') audience.choose(0);
  audience.setPhase('vote');
  await tick();
  return { audience, presenter, memory };
}

describe('votes from two windows', () => {
  it('counts twenty alternating and simultaneous clicks as exactly twenty, in both windows', async () => {
    const { audience, presenter } = await twoWindows();
    expect(presenter.state.phase).toBe('vote');
    // Ten alternating clicks, each window hearing the other before it clicks again.
    for (let i = 0; i < 10; i++) {
      (i % 2 === 0 ? audience : presenter).vote(i % 3, 1);
      await tick();
    }
    // Ten more in pairs at the same moment: neither window has heard the other's click before making its own.
    for (let i = 0; i < 5; i++) {
      audience.vote(0, 1);
      presenter.vote(1, 1);
      await tick();
      await tick();
    }
    await tick();
    expect(totalHands(votesAt(audience.state))).toBe(20);
    expect(totalHands(votesAt(presenter.state))).toBe(20);
    expect(votesAt(audience.state)).toEqual(votesAt(presenter.state));
  });

  it('merges a hand taken away in one window with hands added in the other', async () => {
    const { audience, presenter } = await twoWindows();
    audience.vote(0, 1);
    audience.vote(0, 1);
    await tick();
    audience.vote(0, -1);
    presenter.vote(0, 1);
    await tick();
    await tick();
    expect(votesAt(audience.state)).toEqual([2]);
    expect(votesAt(presenter.state)).toEqual([2]);
  });

  it('keeps both clicks when the losing window hears the winner’s whole state', async () => {
    const { audience } = await twoWindows();
    const base = audience.state;
    const mine = reduceFacilitator(base, { type: 'vote', option: 0, change: 1, at: 1 }, 'a');
    const theirs = reduceFacilitator(base, { type: 'vote', option: 1, change: 1, at: 1 }, 'b');
    const atMine = mergeRemote(mine, { kind: 'state', from: 'b', state: theirs });
    const atTheirs = mergeRemote(theirs, { kind: 'state', from: 'a', state: mine });
    expect(votesAt(atMine)).toEqual([1, 1]);
    expect(atMine).toEqual(atTheirs);
  });
});
