// A presenter window joining a group session this device could not save (storage blocked: each window keeps
// only its own copy) takes the session from the open audience window over their channel, and stays in step.
import { describe, expect, it } from 'vitest';
import { FacilitatorSessions } from '../../src/app/facilitator-sessions.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { MemoryChannelHub } from '../doubles/memory-channel.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';
import { tick, warmUpScenario } from './warm-up-session.ts';

const scenario = warmUpScenario;

/** A window with a store of its own (nothing shared through storage) on the shared channel hub. */
function windowOn(hub: MemoryChannelHub | undefined, windowId: string, waits: number[] = []) {
  let ids = 0;
  return new FacilitatorSessions({
    store: new MemorySaveStore(),
    clock: new ManualClock(),
    principleIds: DEFAULT_CATALOGUE.ids,
    scenarios: () => [scenario],
    openChannel: hub ? (name) => hub.open(name) : undefined,
    onSaved: () => undefined,
    newId: (kind) => (kind === 'session' ? 'session-1' : `${windowId}-${String(++ids)}`),
    // Nobody answers within a wait that ends at once; an open window answers before any timer runs.
    wait: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => setTimeout(resolve, 0));
    },
  });
}

async function audienceOn(hub: MemoryChannelHub) {
  const created = await windowOn(hub, 'audience-1').create(scenario, { timerMinutes: 3, mappingsStartHidden: true });
  if (!created.ok) throw new Error(created.error);
  const audience = created.controller;
  audience.show('play');
  while (audience.point().kind !== 'decision') audience.choose(0);
  audience.setPhase('vote');
  audience.vote(1, 1);
  audience.vote(1, 1);
  await tick();
  return audience;
}

describe('joining a group session that is not saved on this device', () => {
  it('takes the session, where it stands, from the open audience window, and then keeps in step with it', async () => {
    const hub = new MemoryChannelHub();
    const audience = await audienceOn(hub);
    const opened = await windowOn(hub, 'presenter-1').open('session-1', 'presenter');
    if (!opened.ok) throw new Error(opened.error);
    const presenter = opened.controller;
    expect(presenter.state).toEqual(audience.state);
    expect(presenter.point().kind).toBe('decision');
    expect(presenter.state.phase).toBe('vote');
    presenter.setPhase('discuss');
    await tick();
    expect(audience.state.phase).toBe('discuss');
    // The window that asked said goodbye: the audience counts one presenter, the one that joined.
    expect(audience.peerRoles()).toEqual(['presenter']);
  });

  it('says that no window of it is open when none answers, without waiting longer than a moment', async () => {
    const waits: number[] = [];
    const opened = await windowOn(new MemoryChannelHub(), 'presenter-1', waits).open('session-1', 'presenter');
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.error).toBe('That group session is not saved on this device, and no window of it is open here.');
    expect(waits).toEqual([2_000]);
  });

  it('says the same where the browser has no channel between windows', async () => {
    const opened = await windowOn(undefined, 'presenter-1').open('session-1', 'presenter');
    expect(opened.ok ? 'opened' : opened.error).toMatch(/no window of it is open here/);
  });
});
