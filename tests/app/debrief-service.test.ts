// The solo debrief as a use-case: the model, the comparison with earlier playthroughs, which decisions led to
// the ending (named by the ending's title, or its id made readable), the exports, "try this path instead".
import { describe, expect, it } from 'vitest';
import { DebriefService } from '../../src/app/debrief-service.ts';
import type { PlayController } from '../../src/app/play-controller.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { play, scenarioOf, settle, twoRoads, world } from './app-world.ts';

async function finishedPlaythrough(w: ReturnType<typeof world>, ...prefixes: string[]): Promise<PlayController> {
  const started = await w.starter.startOrResume(scenarioOf(twoRoads), 'new');
  if (started.kind !== 'playing') throw new Error(started.kind);
  w.clock.advance(60_000);
  play(started.controller, ...prefixes);
  w.clock.advance(4 * 60_000);
  play(started.controller, 'Continue', prefixes.length ? 'Let the call go' : 'Take the call');
  await settle();
  return started.controller;
}

const service = (w: ReturnType<typeof world>) =>
  new DebriefService({ saves: w.saves, clock: w.clock, principles: DEFAULT_CATALOGUE, profileId: () => w.profileId });

/** The decisions whose roads not taken `controller` replays from now on, in order. */
function recordReplays(controller: { influence: (ordinal: number) => unknown }): number[] {
  const replayed: number[] = [];
  const influence = controller.influence.bind(controller);
  controller.influence = (ordinal) => {
    replayed.push(ordinal);
    return influence(ordinal);
  };
  return replayed;
}

describe('the debrief service', () => {
  it('builds the debrief of a finished path: profile, decisions, branches, the ending by its title, time spent', async () => {
    const w = world();
    const debrief = service(w).open(await finishedPlaythrough(w, 'Ask how they are'));
    expect(debrief.ended).toBe(true);
    expect(debrief.ending).toEqual({ text: 'They stay for tea and talk some more.', label: 'They stayed for tea' });
    expect(debrief.debrief.decisions.map((d) => d.chosen.text.slice(0, 8))).toEqual(['Ask how ', 'Let the ']);
    expect(debrief.debrief.profile.find((p) => p.principle === 'strengths-relationships')).toMatchObject({
      supported: 1,
      undermined: 0,
    });
    expect(debrief.branches.map((b) => b.id)).toEqual([debrief.currentBranchId]);
    expect(debrief.minutes).toBe(5);
    expect(debrief.differing).toEqual([]);
  });

  it("compares the profile with the mean of this person's earlier playthroughs of the scenario only", async () => {
    const w = world();
    const first = service(w).open(await finishedPlaythrough(w, 'Ask them to wait'));
    expect(await first.comparison()).toBeUndefined();
    w.clock.advance(1000);
    const second = service(w).open(await finishedPlaythrough(w, 'Ask how they are'));
    const compared = await second.comparison();
    expect(compared?.earlier).toBe(1);
    expect(compared?.table.find((c) => c.principle === 'children-first')).toEqual({
      principle: 'children-first',
      now: { supported: 1, undermined: 0 },
      before: { supported: 0, undermined: 1 },
    });
  });

  it('finds which decisions led to the ending, yielding between decisions, and names where the others would have ended', async () => {
    const w = world();
    const debrief = service(w).open(await finishedPlaythrough(w, 'Ask how they are'));
    const progress: string[] = [];
    const decisive = await debrief.findDecisive(async (done, total) => void progress.push(`${done}/${total}`));
    // A breath after each road not taken (one at each of these decisions), and after each decision.
    expect(progress).toEqual(['0/2', '1/2', '1/2', '2/2']);
    expect(decisive).toEqual([
      {
        ordinal: 0,
        chosenText: expect.stringMatching(/^Ask how they are/),
        insteadText: expect.stringMatching(/^Ask them to wait/),
        wouldEndAt: 'Left early',
      },
      {
        ordinal: 1,
        chosenText: expect.stringMatching(/^Let the call go/),
        insteadText: expect.stringMatching(/^Take the call/),
        wouldEndAt: 'Left early',
      },
    ]);
  });

  it("exports Markdown and JSON named by scenario and date, with the ending's title and, once found, the decisive choices", async () => {
    const w = world();
    const debrief = service(w).open(await finishedPlaythrough(w, 'Ask how they are'));
    const before = debrief.markdownFile();
    expect(before.name).toBe(`two-roads-${new Date(w.clock.now()).toISOString().slice(0, 10)}-debrief.md`);
    expect(before.type).toBe('text/markdown');
    expect(before.text).toContain('- Ending: They stayed for tea — They stay for tea and talk some more.');
    expect(before.text).not.toContain('Decisions that led to this ending');
    await debrief.findDecisive(async () => undefined);
    expect(debrief.markdownFile().text).toContain('would have led to Left early)');
    const json = JSON.parse(debrief.jsonFile().text);
    expect(json.ending).toEqual({
      id: 'stayed',
      title: 'They stayed for tea',
      text: 'They stay for tea and talk some more.',
    });
    expect(json.endingInfluences[0].changedBy[0]).toEqual({
      optionText: expect.stringMatching(/^Ask them to wait/),
      ending: 'left-early',
      endingTitle: 'Left early',
    });
  });

  it('replays the roads not taken once per finished path: a second debrief of it replays nothing', async () => {
    const w = world();
    const controller = await finishedPlaythrough(w, 'Ask how they are');
    const replayed = recordReplays(controller);
    const debriefs = service(w);
    const first = debriefs.open(controller);
    expect(first.knownTurningPoints).toBeUndefined();
    const points = await first.turningPoints(async () => undefined);
    expect(replayed).toEqual([0, 1]);
    const again = debriefs.open(controller);
    expect(again.knownTurningPoints).toEqual(points);
    expect(await again.turningPoints(async () => undefined)).toEqual(points);
    expect(await again.findDecisive(async () => undefined)).toHaveLength(2);
    expect(JSON.parse(again.jsonFile().text).endingInfluences).toHaveLength(2);
    expect(replayed).toEqual([0, 1]);
    // Another path of the same playthrough is another scan.
    again.tryOtherPath(0, again.debrief.decisions[0]!.notTaken[0]!.index);
    play(controller, 'Continue', 'Let the call go');
    await debriefs.open(controller).turningPoints(async () => undefined);
    expect(replayed).toEqual([0, 1, 0, 1]);
  });

  it('stops replaying when the view says so, and picks up at the next decision next time', async () => {
    const w = world();
    const controller = await finishedPlaythrough(w, 'Ask how they are');
    const replayed = recordReplays(controller);
    const debriefs = service(w);
    // Stopped once the first decision is done: it is kept, and the next scan starts at the second.
    expect(await debriefs.open(controller).turningPoints(async (done) => done < 1)).toBeUndefined();
    expect(replayed).toEqual([0]);
    expect(debriefs.open(controller).knownTurningPoints).toBeUndefined();
    expect(await debriefs.open(controller).turningPoints(async () => true)).toHaveLength(2);
    expect(replayed).toEqual([0, 1]);
  });

  it('goes back to a decision to try the other option, keeping this path as a branch', async () => {
    const w = world();
    const controller = await finishedPlaythrough(w, 'Ask how they are');
    const debrief = service(w).open(controller);
    const other = debrief.debrief.decisions[0]!.notTaken[0]!;
    expect(debrief.tryOtherPath(0, other.index)).toBeUndefined();
    expect(controller.view().decisions[0]!.options[controller.view().decisions[0]!.chosen]!.text).toBe(other.text);
    expect(service(w).open(controller).branches).toHaveLength(2);
  });

  it('has no ending to name while a path is unfinished', async () => {
    const w = world();
    const started = await w.starter.startOrResume(scenarioOf(twoRoads), 'new');
    if (started.kind !== 'playing') throw new Error(started.kind);
    play(started.controller, 'Ask how they are');
    const debrief = service(w).open(started.controller);
    expect(debrief.ended).toBe(false);
    expect(debrief.ending).toEqual({ text: undefined, label: undefined });
    expect(debrief.markdownFile().text).toContain('- Ending: not reached yet');
  });

  it('finds the three turning points, each with a road to try and where it would have ended', async () => {
    const w = world();
    const debrief = service(w).open(await finishedPlaythrough(w, 'Ask how they are'));
    const points = (await debrief.turningPoints(async () => undefined)) ?? [];
    expect(points.map((p) => [p.ordinal, p.instead.text.slice(0, 12), p.wouldEnd?.ending])).toEqual([
      [0, 'Ask them to ', 'left-early'],
      [1, 'Take the cal', 'left-early'],
    ]);
    expect(debrief.standouts.supported?.example.ordinal).toBe(0);
    expect(debrief.standouts.strained).toBeUndefined();
    expect(debrief.evidence.find((e) => e.principle === 'children-first')?.supportedBy).toHaveLength(1);
  });

  it('compares this path with the other path tried in the same playthrough', async () => {
    const w = world();
    const controller = await finishedPlaythrough(w, 'Ask how they are');
    const first = service(w).open(controller);
    first.tryOtherPath(0, first.debrief.decisions[0]!.notTaken[0]!.index);
    play(controller, 'Continue', 'Let the call go');
    const [other] = service(w).open(controller).otherPaths;
    expect(other?.ending).toEqual({ ending: 'stayed', endingTitle: 'They stayed for tea' });
    expect(other?.table.find((r) => r.principle === 'children-first')).toMatchObject({
      now: { supported: 0, undermined: 1 },
      before: { supported: 1, undermined: 0 },
    });
  });

  it('makes a Word document through the writer it is given, from blocks with the ending title and every note', async () => {
    const w = world();
    const controller = await finishedPlaythrough(w, 'Ask how they are');
    controller.setNote('overall-reflections', 'Stay with the child.');
    const seen: string[] = [];
    const debrief = new DebriefService({
      saves: w.saves,
      clock: w.clock,
      principles: DEFAULT_CATALOGUE,
      profileId: () => w.profileId,
      writeDocument: async (blocks) => {
        seen.push(...blocks.map((b) => ('text' in b ? b.text : '')));
        return new Uint8Array([80, 75]);
      },
    }).open(controller);
    expect(debrief.canWriteDocument).toBe(true);
    const file = await debrief.documentFile();
    expect(file?.name).toMatch(/^two-roads-\d{4}-\d\d-\d\d-debrief\.docx$/);
    expect(file?.bytes).toEqual(new Uint8Array([80, 75]));
    expect(seen).toContain('Ending: They stayed for tea');
    expect(seen).toContain('Stay with the child.');
    expect(service(w).open(controller).canWriteDocument).toBe(false);
  });
});
