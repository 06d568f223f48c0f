// The branch map as a grid, for both maps (the solo debrief's and a group session's): every decision taken
// on every branch explored as a node (column = decision number, row = the branch that first reached it), the
// path now followed marked, each node toned by what the choice there did for the principles, and the cell
// for "where we are now". The views only scale and draw it. Pure.
import { buildBranchTree, nodeKey, type TreeNode } from '../core/session/branch-tree.ts';
import { endingLabel } from '../core/session/scene-page.ts';
import type { DecisionRecord } from '../core/session/session-types.ts';
import type { ExploredBranch } from './story-playback.ts';

export type NodeTone = 'node-supports' | 'node-undermines' | 'node-mixed' | 'node-neutral';

export interface Cell {
  readonly depth: number;
  readonly row: number;
}

export interface MapNode extends Cell {
  readonly key: string;
  readonly parent: Cell | undefined;
  readonly decision: DecisionRecord;
  readonly onPath: boolean;
  readonly tone: NodeTone;
  /** The first branch explored through this node (its path leads back to this decision). */
  readonly owner: ExploredBranch;
  /** The path up to this decision, before it was taken. */
  readonly pathBefore: readonly number[];
  /** The owner's ending, as people read it, when this is its last decision. */
  readonly endsAt: string | undefined;
}

export interface BranchMapLayout {
  readonly nodes: readonly MapNode[];
  /** Columns and rows the nodes take (at least one each). */
  readonly columns: number;
  readonly rows: number;
  /** The branch being followed now (the one with the current id), if any. */
  readonly current: ExploredBranch | undefined;
  /** The last decision on the path followed, if any. */
  readonly last: MapNode | undefined;
}

/** Green when a choice supported more principles than it strained, red when it strained more, amber for both. */
export function toneOf(decision: DecisionRecord): NodeTone {
  const chosen = decision.options[decision.chosen];
  const s = chosen?.supports.length ?? 0;
  const u = chosen?.undermines.length ?? 0;
  return s > u ? 'node-supports' : u > s ? 'node-undermines' : u > 0 ? 'node-mixed' : 'node-neutral';
}

export function layoutBranchMap(branches: readonly ExploredBranch[], currentId: string): BranchMapLayout {
  const tree = buildBranchTree(branches);
  const current = branches.find((b) => b.id === currentId);
  const onPath = new Set(current ? current.decisions.map((_, i) => nodeKey(current.decisions, i)) : []);
  const byKey = new Map(tree.nodes.map((n) => [n.key, n]));
  const nodes = tree.nodes.map((node): MapNode => {
    const owner = branches.find((b) => node.branchIds.includes(b.id)) ?? current ?? branches[0]!;
    const parent = node.parentKey === undefined ? undefined : byKey.get(node.parentKey);
    const isLast = node.depth === owner.decisions.length - 1;
    return {
      key: node.key,
      depth: node.depth,
      row: node.row,
      parent: parent && cellOf(parent),
      decision: node.decision,
      onPath: onPath.has(node.key),
      tone: toneOf(node.decision),
      owner,
      pathBefore: owner.path.slice(0, node.decision.step),
      endsAt: isLast ? endingLabel(owner) : undefined,
    };
  });
  const lastKey =
    current && current.decisions.length > 0 ? nodeKey(current.decisions, current.decisions.length - 1) : undefined;
  return {
    nodes,
    columns: Math.max(1, tree.depth),
    rows: Math.max(1, tree.rows),
    current,
    last: nodes.find((n) => n.key === lastKey),
  };
}

/** Where the group is now: beside the last decision taken, or on it once the path has ended. */
export function nowCell(layout: BranchMapLayout, ended: boolean): Cell {
  const last = layout.last;
  if (!last) return { depth: 0, row: 0 };
  return { depth: ended ? last.depth : last.depth + 1, row: last.row };
}

const cellOf = (node: TreeNode): Cell => ({ depth: node.depth, row: node.row });
