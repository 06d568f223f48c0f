// A group session's replays through the shared StoryPlayback: branches explored (each path replayed once),
// where the room lands on returning to a point, the presenter's "what comes next", and the map's grid.
import { describe, expect, it } from 'vitest';
import type { FacilitatorController } from '../../src/app/facilitator-controller.ts';
import { CURRENT_BRANCH } from '../../src/app/facilitator-room.ts';
import { FacilitatorSessions } from '../../src/app/facilitator-sessions.ts';
import type { SyncMessage } from '../../src/app/facilitator-sync.ts';
import { optionLetter } from '../../src/core/facilitator/facilitator-state.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { MemoryChannelHub } from '../doubles/memory-channel.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';
import { scenarioOf, twoRoads } from './app-world.ts';

const scenario = scenarioOf(twoRoads);

async function session(): Promise<FacilitatorController> {
  const hub = new MemoryChannelHub();
  const sessions = new FacilitatorSessions({
    store: new MemorySaveStore(),
    clock: new ManualClock(),
    principleIds: DEFAULT_CATALOGUE.ids,
    scenarios: () => [scenario],
    openChannel: (name) => hub.open<SyncMessage>(name),
    onSaved: () => undefined,
    newId: (kind) => `${kind}-1`,
  });
  const created = await sessions.create(scenario, { timerMinutes: 0, mappingsStartHidden: true });
  if (!created.ok) throw new Error(created.error);
  created.controller.show('play');
  return created.controller;
}

const at = (c: FacilitatorController, prefix: string) => c.view().options.findIndex((o) => o.text.startsWith(prefix));

describe('group session replays', () => {
  it("previews the first words after each option at the room's point, without moving the room", async () => {
    const room = await session();
    const wait = at(room, 'Ask them to wait');
    expect(room.room.preview(wait)).toBe('Then: They turn to go.');
    expect(room.room.preview(at(room, 'Ask how they are'))).toBe('Then: They sit down and tell you about their week.');
    expect(room.room.preview(7)).toBeUndefined();
    expect(room.state.position.path).toEqual([]);
  });

  it('lists explored branches with their endings by title, replaying each path once', async () => {
    const room = await session();
    room.choose(at(room, 'Ask how they are'));
    room.choose(0);
    room.choose(at(room, 'Let the call go'));
    expect(room.point().kind).toBe('end');
    const first = room.state.position.path;
    expect(room.goTo(first, 0)).toEqual({ ok: true });
    expect(room.state.phase).toBe('vote');
    room.choose(at(room, 'Ask them to wait'));
    const branches = room.room.branches();
    expect(branches.map((b) => b.id)).toEqual([expect.stringMatching(/^b-/), CURRENT_BRANCH]);
    expect(branches[0]).toMatchObject({ path: first, ending: 'stayed', endingTitle: 'They stayed for tea' });
    expect(room.room.branches()[0]!.decisions).toBe(branches[0]!.decisions);
    const group = room.room.debrief(DEFAULT_CATALOGUE);
    expect(group.branches.map((b) => [b.ending, b.endingTitle])).toEqual([
      ['stayed', 'They stayed for tea'],
      [undefined, undefined],
    ]);
  });

  it("lands on a decision's vote mid-branch and says when a point is not on any branch explored", async () => {
    const room = await session();
    room.choose(at(room, 'Ask how they are'));
    room.choose(0);
    expect(room.goTo([...room.state.position.path], 1)).toEqual({ ok: true });
    expect(room.state.phase).toBe('story');
    expect(room.goTo([9, 9])).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: 'That point is not on a branch explored in this session.',
    });
  });

  it('lays out the map with the hands at each decision, coloured only once revealed to the room', async () => {
    const room = await session();
    const ask = at(room, 'Ask how they are');
    room.setPhase('vote');
    room.vote(ask, 1);
    room.vote(ask, 1);
    room.choose(ask);
    const hidden = room.room.map(false);
    expect(hidden.nodes).toHaveLength(1);
    expect(hidden.nodes[0]).toMatchObject({
      depth: 0,
      row: 0,
      onPath: true,
      shown: false,
      tone: 'node-supports',
      endsAt: undefined,
    });
    expect(hidden.nodes[0]!.votes[ask]).toBe(2);
    expect(hidden.now).toEqual({ depth: 1, row: 0 });
    expect([hidden.columns, hidden.rows, hidden.ended]).toEqual([2, 1, false]);
    expect(room.room.map(true).nodes[0]!.shown).toBe(true);
    expect(optionLetter(hidden.nodes[0]!.decision.chosen)).toBe(optionLetter(ask));
  });

  it('exports the group debrief as a dated Markdown file naming the ending by its title', async () => {
    const room = await session();
    room.choose(at(room, 'Ask how they are'));
    room.choose(0);
    room.choose(at(room, 'Let the call go'));
    const file = room.room.debriefFile(DEFAULT_CATALOGUE, Date.UTC(2026, 10, 23));
    expect(file).toMatchObject({ name: 'two-roads-2026-11-23-group-session.md', type: 'text/markdown' });
    expect(file.text).toContain('- Ending: They stayed for tea — They stay for tea and talk some more.');
    expect(file.text).toContain('1. The path followed: 2 decisions, ended at They stayed for tea');
  });
});
