// What a group session shows, read from its state and the story replayed to match: the point the room is at,
// the branches explored, the branch map with the hands at each decision, what comes after each option, the
// group debrief and its export. Read-only: the controller changes the state; this answers questions about it.
import type { PointInfo } from '../core/facilitator/facilitator-flow.ts';
import { branchEnds } from '../core/facilitator/facilitator-branches.ts';
import {
  isRevealed,
  pointKey,
  type FacilitatorState,
  type PathRecord,
  type Phase,
} from '../core/facilitator/facilitator-state.ts';
import { groupDebriefMarkdown } from '../core/facilitator/group-debrief-export.ts';
import { buildGroupDebrief, type GroupBranch, type GroupDebrief } from '../core/facilitator/group-debrief.ts';
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import type { PlaySession } from '../core/session/play-session.ts';
import { endingText, pageHasText } from '../core/session/scene-page.ts';
import type { DecisionRecord, SessionView } from '../core/session/session-types.ts';
import { layoutBranchMap, nowCell, type BranchMapLayout, type Cell, type MapNode } from './branch-map-layout.ts';
import { fileStem, type ExportFile } from './export-file.ts';
import { discussedHere } from './facilitator-pacing.ts';
import { FacilitatorReplays, followPath } from './facilitator-replays.ts';
import type { StoryPlayback } from './story-playback.ts';

export const CURRENT_BRANCH = 'current';

export interface GroupMapNode extends MapNode {
  readonly votes: readonly number[];
  /** Whether its mapping may be coloured in: always for the presenter, once revealed for the room. */
  readonly shown: boolean;
}

export interface GroupMap {
  readonly layout: BranchMapLayout;
  readonly nodes: readonly GroupMapNode[];
  readonly now: Cell;
  readonly columns: number;
  readonly rows: number;
  readonly ended: boolean;
  /** Hands at the room's point when it is a decision not yet on the map. */
  readonly hereVotes: readonly number[];
  readonly branches: readonly GroupBranch[];
  /** Hands raised before a decision along a path. */
  readonly votesBefore: (pathBefore: readonly number[]) => readonly number[];
}

export class FacilitatorRoom {
  private readonly replays: FacilitatorReplays;

  constructor(
    private readonly playback: StoryPlayback,
    private readonly session: PlaySession,
    private readonly state: () => FacilitatorState,
  ) {
    this.replays = new FacilitatorReplays(playback);
  }

  view(): SessionView {
    return this.session.view();
  }

  /** What kind of point the room is at, and the step before it. */
  point(): PointInfo {
    const view = this.session.view();
    const { path, times } = this.state().position;
    const last = path.length - 1;
    return {
      kind: view.error ? 'stopped' : view.ended ? 'end' : view.options.every((o) => o.aside) ? 'aside' : 'decision',
      optionCount: view.options.length,
      hasText: pageHasText(view),
      discussed: discussedHere(this.state(), view),
      previous:
        last < 0
          ? undefined
          : {
              path: path.slice(0, last),
              times: times.slice(0, last),
              wasDecision: view.decisions.some((d) => d.step === last),
            },
    };
  }

  /** Bring the replayed story to the state's position; says where the path stopped fitting. */
  follow(): string | undefined {
    const state = this.state();
    return followPath(this.session, state.position, state.createdAt);
  }

  returnPhase(target: PathRecord, midBranch: boolean): { phase: Phase } | { error: string } {
    return this.replays.returnPhase(this.state(), target, midBranch);
  }

  /** Every branch explored, the one the room is on last (id CURRENT_BRANCH), with its decisions. */
  branches(): GroupBranch[] {
    const state = this.state();
    const ends = branchEnds(state.explored, state.position);
    const current = this.session.view();
    return ends.map((end, index) =>
      index === ends.length - 1
        ? {
            id: CURRENT_BRANCH,
            path: [...end.path],
            decisions: current.decisions,
            ending: current.ending,
            endingTitle: current.endingTitle,
          }
        : this.replays.branch(state, end),
    );
  }

  /** The first words the story shows after the option at this position (for the presenter's notes). */
  preview(position: number): string | undefined {
    return this.replays.preview(this.state(), position);
  }

  /** The words the room's path ended on, once it has ended. */
  endingText(): string | undefined {
    return endingText(this.session.view());
  }

  debrief(catalogue: PrincipleCatalogue): GroupDebrief {
    return buildGroupDebrief(this.state(), this.branches(), CURRENT_BRANCH, catalogue);
  }

  /** The group debrief as a Markdown file for the trainer's records. */
  debriefFile(catalogue: PrincipleCatalogue, now: number): ExportFile {
    const state = this.state();
    const scenario = this.playback.scenario;
    const text = groupDebriefMarkdown(
      {
        scenarioTitle: scenario.title,
        exportedAt: now,
        startedAt: state.createdAt,
        endingText: this.endingText(),
        group: this.debrief(catalogue),
      },
      catalogue,
    );
    return { name: `${fileStem(scenario.id, now)}-group-session.md`, text, type: 'text/markdown' };
  }

  /** The branch map: every branch's decisions with the hands raised, coloured where the mapping may be shown. */
  map(revealAll: boolean): GroupMap {
    const state = this.state();
    const branches = this.branches();
    const layout = layoutBranchMap(branches, CURRENT_BRANCH);
    const votesBefore = (pathBefore: readonly number[]) => state.votes[pointKey(pathBefore)] ?? [];
    const nodes = layout.nodes.map((node) => ({
      ...node,
      votes: votesBefore(node.pathBefore),
      shown: revealAll || isRevealed(state, pointKey(node.pathBefore)),
    }));
    const ended = this.point().kind === 'end';
    const now = nowCell(layout, ended);
    const occupied = layout.nodes.some((n) => n.depth === now.depth && n.row === now.row);
    const here = votesBefore(state.position.path);
    const hereVotes =
      !occupied && this.point().kind === 'decision' && here.some((n) => n > 0)
        ? this.session.view().options.map((_, i) => here[i] ?? 0)
        : [];
    const columns = Math.max(layout.nodes.length ? layout.columns : 0, now.depth + 1);
    const rows = Math.max(layout.nodes.length ? layout.rows : 0, now.row + 1);
    return { layout, nodes, now, columns, rows, ended, hereVotes, branches, votesBefore };
  }
}

/** Hands for each option of a decision, in the order shown. */
export const handsFor = (decision: DecisionRecord, votes: readonly number[]): number[] =>
  decision.options.map((_, i) => votes[i] ?? 0);
