import { describe, expect, it } from 'vitest';
import firstShift from '../fixtures/ink/warm-up.ink';
import { buildBranchTree, pathOf, type Branch } from '../../src/core/session/branch-tree.ts';
import { chooseByText, skipAsides, startSession } from '../helpers/story-fixtures.ts';

function branch(id: string, prefixes: string[]): Branch {
  const session = startSession(firstShift);
  for (const prefix of prefixes) {
    skipAsides(session);
    chooseByText(session, prefix);
  }
  return { id, decisions: session.view().decisions, ending: session.view().ending };
}

describe('branch tree', () => {
  const a = branch('a', ['Ask Marcus', 'Offer him a game', 'Record what you saw']);
  const b = branch('b', ['Ask Marcus', 'Check his bag', 'Leave it for now']);
  const c = branch('c', ['Agree that Marcus', 'Offer him a game', 'Record what you saw']);

  it('shares the beginning two branches have in common and splits where they part', () => {
    const tree = buildBranchTree([a, b]);
    expect(tree.nodes).toHaveLength(5);
    const root = tree.nodes.filter((n) => n.parentKey === undefined);
    expect(root).toHaveLength(1);
    expect(root[0]!.branchIds).toEqual(['a', 'b']);
    const second = tree.nodes.filter((n) => n.depth === 1);
    expect(second.map((n) => n.decision.options[n.decision.chosen]!.text.slice(0, 10))).toEqual([
      'Offer him ',
      'Check his ',
    ]);
    expect(second.every((n) => n.parentKey === root[0]!.key)).toBe(true);
  });

  it("gives each branch's own tail a row of its own, in the order explored", () => {
    const tree = buildBranchTree([a, b, c]);
    expect(tree.rows).toBe(3);
    expect(tree.depth).toBe(3);
    expect(pathOf(tree, a).map((n) => n.row)).toEqual([0, 0, 0]);
    expect(pathOf(tree, b).map((n) => n.row)).toEqual([0, 1, 1]);
    expect(pathOf(tree, c).map((n) => n.row)).toEqual([2, 2, 2]);
  });

  it('is empty for no branches', () => {
    expect(buildBranchTree([])).toEqual({ nodes: [], rows: 0, depth: 0 });
  });
});
