// A facilitated session run on the real warm-up story, in Node: two windows kept in step through an
// in-memory channel, the clicker flow, rewind and the branch tree, saving and resuming, the group debrief.
import { describe, expect, it } from 'vitest';
import { CURRENT_BRANCH, type FacilitatorController } from '../../src/app/facilitator-controller.ts';
import { FacilitatorSessions } from '../../src/app/facilitator-sessions.ts';
import { facilitatorSessionKey } from '../../src/app/facilitator-store.ts';
import { mergeRemote } from '../../src/app/facilitator-sync.ts';
import { reduceFacilitator } from '../../src/core/facilitator/facilitator-actions.ts';
import { isRevealed, votesAt } from '../../src/core/facilitator/facilitator-state.ts';
import { groupDebriefMarkdown } from '../../src/core/facilitator/group-debrief-export.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { buildBranchTree } from '../../src/core/session/branch-tree.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { MemoryChannelHub } from '../doubles/memory-channel.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';
import { tick, warmUpScenario } from '../app/warm-up-session.ts';

const scenario = warmUpScenario;

function world() {
  const clock = new ManualClock();
  const memory = new MemorySaveStore();
  const hub = new MemoryChannelHub();
  /** Facilitator mode as one window sees it: its id, the shared storage, the shared channel. */
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
  return { clock, memory, store: windowAs('any').store, windowAs };
}

async function startAudience(w: ReturnType<typeof world>) {
  const created = await w.windowAs('audience-1').create(scenario, { timerMinutes: 3, mappingsStartHidden: true });
  if (!created.ok) throw new Error(created.error);
  return created.controller;
}

async function openPresenter(w: ReturnType<typeof world>) {
  const opened = await w.windowAs('presenter-1').open('session-1', 'presenter');
  if (!opened.ok) throw new Error(opened.error);
  await tick();
  return opened.controller;
}

const optionTexts = (c: FacilitatorController) => c.view().options.map((o) => o.text.slice(0, 12));
/** Where the option starting with `prefix` is shown: options are shuffled once per session. */
const at = (c: FacilitatorController, prefix: string): number => {
  const found = c.view().options.findIndex((o) => o.text.startsWith(prefix));
  if (found === -1) throw new Error(`No option "${prefix}" on offer: ${optionTexts(c).join(' | ')}`);
  return found;
};
const letter = (position: number): string => String.fromCharCode(65 + position);

describe('a facilitated session on the warm-up story', () => {
  it('walks the clicker from the welcome screen to the first decision and takes the room’s majority', async () => {
    const w = world();
    const audience = await startAudience(w);
    expect(audience.state.showing).toBe('welcome');
    const phases: string[] = [];
    for (let i = 0; i < 4; i++) {
      expect(audience.advance()).toEqual({ ok: true });
      phases.push(audience.state.phase);
    }
    expect(phases).toEqual(['story', 'options', 'discuss', 'vote']);
    expect(audience.state.timer.startedAt).not.toBeNull();
    expect(audience.advance()).toMatchObject({ ok: false, reason: 'no-votes' });
    audience.vote(2, 1);
    audience.vote(2, 1);
    audience.vote(0, 1);
    expect(audience.advance()).toEqual({ ok: true });
    expect(audience.view().decisions[0]).toMatchObject({ chosen: 2 });
    expect(audience.state.phase).toBe('story');
    expect(audience.point()).toMatchObject({ kind: 'aside', optionCount: 1 });
    expect(audience.advance()).toEqual({ ok: true });
    expect(audience.point().kind).toBe('decision');
  });

  it('keeps two windows in step: a vote in one shows in the other, and either can drive', async () => {
    const w = world();
    const audience = await startAudience(w);
    const presenter = await openPresenter(w);
    expect(audience.peerRoles()).toEqual(['presenter']);
    expect(presenter.peerRoles()).toEqual(['audience']);
    audience.advance();
    presenter.vote(1, 1);
    presenter.vote(1, 1);
    await tick();
    expect(votesAt(audience.state)).toEqual([0, 2]);
    audience.toggleReveal();
    await tick();
    expect(isRevealed(presenter.state)).toBe(true);
    presenter.choose(1);
    await tick();
    expect(audience.state).toEqual(presenter.state);
    expect(audience.view().decisions.map((d) => d.chosen)).toEqual([1]);
    presenter.close();
    await tick();
    expect(audience.peerRoles()).toEqual([]);
  });

  it('settles two windows that change at the same moment on the same state', async () => {
    const w = world();
    const audience = await startAudience(w);
    const presenter = await openPresenter(w);
    audience.vote(0, 1);
    presenter.vote(1, 1);
    await tick();
    await tick();
    expect(audience.state).toEqual(presenter.state);
  });

  it('replays a remote action rather than copying, and ignores states of other sessions or older revisions', async () => {
    const w = world();
    const audience = await startAudience(w);
    const base = audience.state;
    const action = { type: 'vote', option: 0, change: 1, at: 5 } as const;
    const after = reduceFacilitator(base, action, 'presenter-1');
    expect(
      mergeRemote(base, { kind: 'action', from: 'presenter-1', base: base.revision, action, state: after }),
    ).toEqual(after);
    expect(mergeRemote(after, { kind: 'state', from: 'x', state: base })).toBe(after);
    expect(mergeRemote(base, { kind: 'state', from: 'x', state: { ...after, id: 'another' } })).toBe(base);
  });

  it('rewinds to the first decision, takes another option, and the branch tree holds both branches', async () => {
    const w = world();
    const audience = await startAudience(w);
    audience.show('play');
    const roomOrder = optionTexts(audience);
    audience.choose(0);
    audience.advance();
    audience.choose(0);
    expect(audience.view().decisions).toHaveLength(2);
    const firstBranch = audience.state.position.path;
    expect(audience.goTo(firstBranch, 0)).toEqual({ ok: true });
    expect(audience.state.phase).toBe('vote');
    expect(audience.view().decisions).toHaveLength(0);
    // A–D stay where the room first saw them.
    expect(optionTexts(audience)).toEqual(roomOrder);
    audience.choose(2);
    const branches = audience.room.branches();
    expect(branches.map((b) => b.id)).toEqual([expect.stringMatching(/^b-/), CURRENT_BRANCH]);
    expect(branches[0]!.decisions.map((d) => d.chosen)).toEqual([0, 0]);
    const tree = buildBranchTree(branches);
    expect(tree.rows).toBe(2);
    expect(
      tree.nodes
        .filter((n) => n.depth === 0)
        .map((n) => n.decision.chosen)
        .sort(),
    ).toEqual([0, 2]);
    expect(audience.goTo([2, 2, 2])).toMatchObject({ ok: false });
    expect(audience.goTo(firstBranch)).toEqual({ ok: true });
    expect(audience.view().decisions.map((d) => d.chosen)).toEqual([0, 0]);
  });

  it('steps back with the clicker from a story page to the previous decision’s vote, keeping its hands', async () => {
    const w = world();
    const audience = await startAudience(w);
    audience.show('play');
    audience.setPhase('vote');
    audience.vote(1, 1);
    audience.choose(1);
    expect(audience.state.phase).toBe('story');
    expect(audience.back()).toEqual({ ok: true });
    expect(audience.state).toMatchObject({ phase: 'vote', position: { path: [] } });
    expect(votesAt(audience.state)).toEqual([0, 1]);
  });

  it('survives a reload: the session is saved at every change and resumes where the room was', async () => {
    const w = world();
    const audience = await startAudience(w);
    audience.show('play');
    audience.vote(0, 1);
    audience.choose(0);
    audience.advance();
    audience.toggleBlank();
    await tick();
    audience.close();
    const list = await w.store.list();
    expect(list).toMatchObject([{ id: 'session-1', scenarioId: 'first-shift', choices: 2, branches: 1 }]);
    const reopened = await w.windowAs('audience-2').open('session-1', 'audience');
    if (!reopened.ok) throw new Error(reopened.error);
    expect(reopened.controller.state).toEqual(audience.state);
    expect(reopened.controller.view()).toEqual(audience.view());
    expect(reopened.storyChanged).toBe(false);
  });

  it('sets aside a damaged session instead of crashing, and keeps it', async () => {
    const w = world();
    await w.memory.set(facilitatorSessionKey('session-1'), {
      format: 'practice-paths/facilitated-session',
      version: 1,
      id: 'session-1',
    });
    const opened = await w.windowAs('a').open('session-1', 'audience');
    expect(opened).toMatchObject({ ok: false, error: expect.stringMatching(/damaged.*kept aside/) });
    expect([...w.memory.data.keys()]).toEqual([expect.stringMatching(/^set-aside:\d+:facilitator:session:session-1$/)]);
  });

  it('builds the group debrief with the votes on the path followed and exports it as Markdown', async () => {
    const w = world();
    const audience = await startAudience(w);
    audience.show('play');
    const say = at(audience, 'Say that if adults');
    audience.vote(say, 1);
    audience.vote(say, 1);
    audience.choose(say);
    audience.advance();
    const tell = at(audience, 'Tell him gently');
    audience.vote((tell + 1) % 3, 1);
    audience.choose(tell);
    audience.choose(at(audience, 'Record what you saw'));
    expect(audience.point().kind).toBe('end');
    const group = audience.room.debrief(DEFAULT_CATALOGUE);
    expect(group.decisions.map((d) => d.withRoom)).toEqual(['followed', 'chose-other', 'no-vote']);
    expect(group.decisions[0]!.votes).toEqual([0, 1, 2].map((p) => (p === say ? 2 : 0)));
    expect(group.debrief.profile.find((p) => p.principle === 'children-first')?.supported).toBe(3);
    const md = groupDebriefMarkdown(
      { scenarioTitle: 'A first shift', exportedAt: 0, startedAt: 0, endingText: undefined, group },
      DEFAULT_CATALOGUE,
    );
    expect(md).toContain('## The path the group followed');
    expect(md).toContain(`**${letter(say)}. Say that if adults`);
    expect(md).toContain('(taken) — 2 hands');
    expect(md).toMatch(/votes recorded at 2; the majority followed at 1/);
  });
});
