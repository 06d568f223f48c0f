// The debrief's teaching parts as pure data: the three turning points (ranked by how many roads not taken would
// have changed the ending, topped up by principle swing), the principles that stood out with the player's own
// decision, the decisions that moved each principle, where a room split, and the Word document's blocks.
import { describe, expect, it } from 'vitest';
import { debriefDocument, type DocumentInput } from '../../src/core/export/debrief-document.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { buildDebrief } from '../../src/core/scoring/debrief-model.ts';
import type { EndingInfluence } from '../../src/core/scoring/ending-influences.ts';
import { principleEvidence, standoutPrinciples } from '../../src/core/scoring/principle-evidence.ts';
import { roomSplits } from '../../src/core/scoring/room-splits.ts';
import { turningPoints } from '../../src/core/scoring/turning-points.ts';
import type { DecisionRecord, OptionRecord } from '../../src/core/session/session-types.ts';

const option = (index: number, text: string, supports: string[] = [], undermines: string[] = [], why?: string) =>
  ({ index, text, supports, undermines, why, aside: false }) as unknown as OptionRecord;

function decision(ordinal: number, stage: string, options: OptionRecord[], chosen = 0): DecisionRecord {
  return {
    ordinal,
    step: ordinal,
    decisionId: `d${String(ordinal)}`,
    stage,
    situation: [`Scene ${String(ordinal + 1)}.`],
    options,
    chosen,
    at: ordinal * 1000,
  };
}

const DECISIONS = [
  decision(0, 'children-first', [
    option(0, 'Ask Ruth to get more from Jo first', [], ['children-first'], 'Jo waits while the adults talk.'),
    option(1, 'Tell Jo yourself', ['children-first', 'child-voice']),
  ]),
  decision(1, 'child-voice', [
    option(0, 'Ask Cassie what she wants', ['child-voice'], [], 'She keeps some control.'),
    option(1, 'Decide for her', [], ['child-voice']),
    option(2, 'Wait and see'),
  ]),
  decision(2, 'child-voice', [
    option(0, 'Listen to Jo', ['child-voice'], [], 'Jo is heard.'),
    option(1, 'Move on', [], ['child-voice', 'trauma-informed']),
  ]),
  decision(3, 'safer-spaces', [option(0, 'Walk the park', ['safer-spaces']), option(1, 'Stay in the office')]),
];

const influence = (ordinal: number, changedBy: { optionText: string; ending: string }[]): EndingInfluence => ({
  ordinal,
  chosenText: '',
  ending: 'both-adrift',
  endingTitle: 'Both girls still adrift',
  changedBy: changedBy.map((c) => ({ ...c, endingTitle: c.ending === 'jo-held' ? 'Jo held' : undefined })),
});

describe('turning points', () => {
  const debrief = buildDebrief({ decisions: DECISIONS, ending: 'both-adrift' }, DEFAULT_CATALOGUE);

  it('puts first the decisions where more roads not taken change the ending, and names the road and the ending', () => {
    const points = turningPoints(debrief.decisions, [
      influence(0, [{ optionText: 'Tell Jo yourself', ending: 'jo-held' }]),
      influence(1, [
        { optionText: 'Decide for her', ending: 'jo-held' },
        { optionText: 'Wait and see', ending: 'park-unchanged' },
      ]),
      influence(2, []),
      influence(3, []),
    ]);
    expect(points.map((p) => p.ordinal)).toEqual([1, 0, 2]);
    expect(points[0]).toMatchObject({ endingChanges: 2, instead: { text: 'Decide for her', index: 1 } });
    expect(points[1]!.wouldEnd).toEqual({ ending: 'jo-held', endingTitle: 'Jo held' });
    // Decision 3 changes no ending: it turns the principles most among the rest, and says the ending stays.
    expect(points[2]).toMatchObject({ wouldEnd: undefined, endingChanges: 0, instead: { text: 'Move on' } });
  });

  it('still finds three when no decision changed the ending, by how far the principles would have moved', () => {
    const points = turningPoints(debrief.decisions, []);
    expect(points).toHaveLength(3);
    expect(points.every((p) => p.wouldEnd === undefined)).toBe(true);
    expect(points[0]!.ordinal).toBe(0);
  });
});

describe('the principles that stood out', () => {
  const debrief = buildDebrief({ decisions: DECISIONS, ending: 'both-adrift' }, DEFAULT_CATALOGUE);

  it('names the most supported and the most strained, each with a decision of the player’s own and its reason', () => {
    const { supported, strained } = standoutPrinciples(debrief);
    expect(supported).toMatchObject({
      principle: 'child-voice',
      count: 2,
      example: { ordinal: 1, why: 'She keeps some control.' },
    });
    expect(supported!.name).toBe(DEFAULT_CATALOGUE.principles.find((p) => p.id === 'child-voice')!.name);
    expect(strained).toMatchObject({
      principle: 'children-first',
      count: 1,
      example: { ordinal: 0, chosenText: 'Ask Ruth to get more from Jo first', why: 'Jo waits while the adults talk.' },
    });
  });

  it('cites, for every principle, the decisions that supported and strained it', () => {
    const evidence = principleEvidence(debrief);
    expect(evidence).toHaveLength(8);
    const voice = evidence.find((e) => e.principle === 'child-voice')!;
    expect(voice.supportedBy.map((m) => m.ordinal)).toEqual([1, 2]);
    expect(evidence.find((e) => e.principle === 'children-first')!.strainedBy.map((m) => m.chosenText)).toEqual([
      'Ask Ruth to get more from Jo first',
    ]);
    expect(evidence.find((e) => e.principle === 'parents-as-partners')).toMatchObject({
      supportedBy: [],
      strainedBy: [],
    });
  });

  it('has none to show when nothing was strained', () => {
    const kind = buildDebrief({ decisions: [DECISIONS[1]!], ending: undefined }, DEFAULT_CATALOGUE);
    expect(standoutPrinciples(kind).strained).toBeUndefined();
  });
});

describe('where the room split', () => {
  it('lists the most divided decisions with hands for two options or more, most divided first', () => {
    const splits = roomSplits([
      { ordinal: 0, votes: [5, 0, 0], chosen: 0 },
      { ordinal: 1, votes: [3, 1, 0], chosen: 0 },
      { ordinal: 2, votes: [2, 2, 1], chosen: 1 },
      { ordinal: 3, votes: [0, 0, 0], chosen: 2 },
    ]);
    expect(splits.map((s) => s.ordinal)).toEqual([2, 1]);
    expect(splits[0]!.leadShare).toBeCloseTo(0.4);
  });
});

describe('the Word document’s blocks', () => {
  it('hold the ending title, every decision, every note, and principle names, never ids', () => {
    const debrief = buildDebrief(
      { decisions: DECISIONS, ending: 'both-adrift', endingTitle: 'Both girls still adrift' },
      DEFAULT_CATALOGUE,
    );
    const input: DocumentInput = {
      scenarioId: 'cassie-and-jo',
      scenarioTitle: 'Cassie and Jo',
      exportedAt: Date.UTC(2026, 10, 29),
      startedAt: Date.UTC(2026, 10, 29) - 30 * 60000,
      lastChoiceAt: Date.UTC(2026, 10, 29),
      endingText: 'Nobody was cruel.',
      debrief,
      notes: { 'overall-reflections': 'Start from the relationship.', 'child-voice': 'Ask first.' },
      branchCount: 1,
      influences: undefined,
      turningPoints: turningPoints(debrief.decisions, []),
      standouts: standoutPrinciples(debrief),
      evidence: principleEvidence(debrief),
    };
    const blocks = debriefDocument(input, DEFAULT_CATALOGUE);
    const text = blocks.map((b) => ('text' in b ? b.text : [...b.header, ...b.rows.flat()].join(' '))).join('\n');
    expect(text).toContain('Ending: Both girls still adrift');
    for (const d of DECISIONS) expect(text).toContain(`You chose: ${d.options[d.chosen]!.text}`);
    expect(text).toContain('Start from the relationship.');
    expect(text).toContain('Ask first.');
    for (const id of ['both-adrift', ...DEFAULT_CATALOGUE.principles.map((p) => p.id)]) expect(text).not.toContain(id);
  });
});
