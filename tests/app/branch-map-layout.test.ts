// The one branch-map layout both maps draw: nodes on a grid (column = decision, row = the branch that first
// reached it), the path followed, tones by what the choice did, the owner's ending, and "now".
import { describe, expect, it } from 'vitest';
import { layoutBranchMap, nowCell, toneOf } from '../../src/app/branch-map-layout.ts';
import type { ExploredBranch } from '../../src/app/story-playback.ts';
import type { DecisionRecord, OptionRecord } from '../../src/core/session/session-types.ts';

const option = (index: number, supports: string[] = [], undermines: string[] = []): OptionRecord =>
  ({
    index,
    text: `option ${index}`,
    supports,
    undermines,
    why: undefined,
    aside: false,
    differs: undefined,
  }) as unknown as OptionRecord;

function decision(
  ordinal: number,
  step: number,
  id: string,
  chosen: number,
  options = [option(0, ['a']), option(1, [], ['a']), option(2, ['a'], ['b'])],
): DecisionRecord {
  return { ordinal, step, decisionId: id, stage: undefined, situation: [], options, chosen, at: 0 };
}

const branch = (
  id: string,
  path: number[],
  decisions: DecisionRecord[],
  ending?: string,
  endingTitle?: string,
): ExploredBranch => ({ id, path, decisions, ending, endingTitle });

describe('branch map layout', () => {
  it('tones a choice by what it did for the principles', () => {
    expect(toneOf(decision(0, 0, 'd', 0))).toBe('node-supports');
    expect(toneOf(decision(0, 0, 'd', 1))).toBe('node-undermines');
    expect(toneOf(decision(0, 0, 'd', 2))).toBe('node-mixed');
    expect(toneOf(decision(0, 0, 'd', 0, [option(0)]))).toBe('node-neutral');
  });

  it("shares the nodes branches have in common and gives each branch's own tail a row", () => {
    const shared = decision(0, 0, 'first', 0);
    const old = branch('b0', [0, 0, 1], [shared, decision(1, 2, 'second', 1)], 'left-early');
    const current = branch(
      'current',
      [0, 0, 0],
      [shared, decision(1, 2, 'second', 0)],
      'stayed',
      'They stayed for tea',
    );
    const layout = layoutBranchMap([old, current], 'current');
    expect(layout.nodes.map((n) => [n.depth, n.row, n.onPath, n.owner.id])).toEqual([
      [0, 0, true, 'b0'],
      [1, 0, false, 'b0'],
      [1, 1, true, 'current'],
    ]);
    expect(layout.nodes[1]).toMatchObject({ parent: { depth: 0, row: 0 }, pathBefore: [0, 0], endsAt: 'Left early' });
    expect(layout.nodes[2]!.endsAt).toBe('They stayed for tea');
    expect([layout.columns, layout.rows]).toEqual([2, 2]);
    expect(layout.last?.key).toBe(layout.nodes[2]!.key);
    expect(nowCell(layout, true)).toEqual({ depth: 1, row: 1 });
    expect(nowCell(layout, false)).toEqual({ depth: 2, row: 1 });
  });

  it('has one empty cell before any decision', () => {
    const layout = layoutBranchMap([branch('current', [], [])], 'current');
    expect(layout.nodes).toEqual([]);
    expect([layout.columns, layout.rows, layout.last]).toEqual([1, 1, undefined]);
    expect(nowCell(layout, false)).toEqual({ depth: 0, row: 0 });
  });
});
