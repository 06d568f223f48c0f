// The tree of paths explored in one playthrough ("try the other path", a group going back to take
// another option): each node is a decision as taken, keyed by the decisions that led to it. Pure data
// for the branch maps in the debrief and in facilitator mode.
import type { DecisionRecord } from './session-types.ts';

export interface Branch {
  readonly id: string;
  readonly decisions: readonly DecisionRecord[];
  readonly ending: string | undefined;
  /** The ending's title (`ending-title:`), when the story gives one. */
  readonly endingTitle?: string | undefined;
}

export interface TreeNode {
  /** The decisions that led here, as "decisionId:chosen" joined by "/". */
  readonly key: string;
  readonly parentKey: string | undefined;
  readonly depth: number;
  readonly decision: DecisionRecord;
  /** Branches that pass through this node. */
  readonly branchIds: readonly string[];
  /** Where to draw it: depth across, row down (each branch's own tail gets its own row). */
  readonly row: number;
}

export interface BranchTree {
  readonly nodes: readonly TreeNode[];
  readonly rows: number;
  readonly depth: number;
}

export const nodeKey = (decisions: readonly DecisionRecord[], upTo: number): string =>
  decisions
    .slice(0, upTo + 1)
    .map((d) => `${d.decisionId}:${d.chosen}`)
    .join('/');

/** Merge branches into one tree; shared beginnings become shared nodes. Rows follow the order branches were explored. */
export function buildBranchTree(branches: readonly Branch[]): BranchTree {
  const nodes = new Map<
    string,
    {
      key: string;
      parentKey: string | undefined;
      depth: number;
      decision: DecisionRecord;
      branchIds: string[];
      row: number;
    }
  >();
  let rows = 0;
  for (const branch of branches) {
    let branchRow: number | undefined;
    branch.decisions.forEach((decision, index) => {
      const key = nodeKey(branch.decisions, index);
      const existing = nodes.get(key);
      if (existing) {
        existing.branchIds.push(branch.id);
        return;
      }
      branchRow ??= rows++;
      nodes.set(key, {
        key,
        parentKey: index === 0 ? undefined : nodeKey(branch.decisions, index - 1),
        depth: index,
        decision,
        branchIds: [branch.id],
        row: branchRow,
      });
    });
  }
  const list = [...nodes.values()];
  return {
    nodes: list,
    rows: Math.max(rows, list.length > 0 ? 1 : 0),
    depth: list.reduce((max, n) => Math.max(max, n.depth + 1), 0),
  };
}

/** The nodes along one branch, in order. */
export function pathOf(tree: BranchTree, branch: Branch): TreeNode[] {
  return branch.decisions
    .map((_, i) => tree.nodes.find((n) => n.key === nodeKey(branch.decisions, i)))
    .filter((n): n is TreeNode => n !== undefined);
}
