// The solo debrief as a use-case: the model of a playthrough, the comparison with earlier playthroughs, which
// decisions led to the ending and the three turning points (replayed once per finished path: influence-scan),
// the principles that stood out, the other paths tried, the exports and "try this path instead". Returns data.
import type { Clock } from '../core/ports.ts';
import { debriefJson, debriefMarkdown, minutesSpent, type DebriefExportInput } from '../core/export/debrief-export.ts';
import { debriefDocument, type DocumentWriter } from '../core/export/debrief-document.ts';
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import { buildDebrief, type Debrief, type DebriefDecision } from '../core/scoring/debrief-model.ts';
import type { EndingInfluence } from '../core/scoring/ending-influences.ts';
import {
  principleEvidence,
  standoutPrinciples,
  type PrincipleEvidence,
  type Standouts,
} from '../core/scoring/principle-evidence.ts';
import { roomSplits, type RoomSplit, type VotedDecision } from '../core/scoring/room-splits.ts';
import { turningPoints, type TurningPoint } from '../core/scoring/turning-points.ts';
import { compareProfiles, type PrincipleComparison } from '../core/scoring/profile-comparison.ts';
import { tallyPrinciples } from '../core/scoring/tallies.ts';
import { endingLabel, endingText } from '../core/session/scene-page.ts';
import { DOCX_TYPE, fileStem, type BinaryFile, type ExportFile } from './export-file.ts';
import { CURRENT_BRANCH_ID, type PlayController } from './play-controller.ts';
import type { SaveManager } from './save-manager.ts';
import type { ExploredBranch } from './story-playback.ts';
import { breathe, InfluenceScans, type Between } from './influence-scan.ts';

export interface DebriefDeps {
  readonly saves: SaveManager;
  readonly clock: Clock;
  readonly principles: PrincipleCatalogue;
  /** The profile playing now (whose history the debrief compares with). */
  readonly profileId: () => string;
  /** Makes Word files on the device; without it the debrief offers no Word export. */
  readonly writeDocument?: DocumentWriter | undefined;
}

export interface Comparison {
  readonly earlier: number;
  readonly table: readonly PrincipleComparison[];
}

/** A decision that, taken another way with everything else the same, would have ended elsewhere. */
export interface DecisiveChoice {
  readonly ordinal: number;
  readonly chosenText: string;
  readonly insteadText: string;
  /** Where it would have ended, as people read it. */
  readonly wouldEndAt: string | undefined;
}

/** This path's profile beside another path tried in the same playthrough. */
export interface OtherPath {
  readonly ending: { readonly ending: string | undefined; readonly endingTitle: string | undefined };
  readonly decisions: number;
  readonly table: readonly PrincipleComparison[];
}

/** Where a room split in a group session: the most divided decisions on its path (see core/scoring/room-splits). */
export function whereTheRoomSplit(decisions: readonly VotedDecision[]): RoomSplit[] {
  return roomSplits(decisions);
}

export class DebriefService {
  /** The replays behind the turning points, kept per finished path for as long as the app runs. */
  private readonly scans = new InfluenceScans();

  constructor(private readonly deps: DebriefDeps) {}

  open(controller: PlayController): SoloDebrief {
    return new SoloDebrief(controller, this.deps, this.scans);
  }
}

export class SoloDebrief {
  readonly debrief: Debrief;
  readonly branches: readonly ExploredBranch[];
  readonly currentBranchId = CURRENT_BRANCH_ID;

  constructor(
    private readonly controller: PlayController,
    private readonly deps: DebriefDeps,
    private readonly scans: InfluenceScans,
  ) {
    this.debrief = buildDebrief(controller.view(), deps.principles);
    this.branches = controller.branches();
  }

  get scenario() {
    return this.controller.scenario;
  }

  get ended(): boolean {
    return this.controller.view().ended;
  }

  /** The words the path ended on, and the ending's title (or its id made readable). */
  get ending(): { readonly text: string | undefined; readonly label: string | undefined } {
    const view = this.controller.view();
    return { text: endingText(view), label: endingLabel(view) };
  }

  get minutes(): number {
    return minutesSpent(this.times());
  }

  /** Decisions whose chosen option, or a road not taken, is different in this version of the story. */
  get differing(): readonly DebriefDecision[] {
    return this.debrief.decisions.filter((d) => d.chosen.differs || d.notTaken.some((o) => o.differs));
  }

  /** This profile compared with the mean of the person's earlier playthroughs of the scenario; undefined when none. */
  async comparison(): Promise<Comparison | undefined> {
    const history = await this.deps.saves.finished(this.deps.profileId());
    const earlier = history
      .filter((f) => f.scenarioId === this.scenario.id && f.id !== this.controller.playthroughId)
      .map((f) => f.profile);
    if (earlier.length === 0) return undefined;
    const now = tallyPrinciples(
      this.controller.view().decisions,
      this.deps.principles.principles.map((p) => p.id),
    );
    return { earlier: earlier.length, table: compareProfiles(now, earlier) };
  }

  /** The most supported and most strained principles, each with one of the player's own decisions. */
  get standouts(): Standouts {
    return standoutPrinciples(this.debrief);
  }

  /** For each principle, the decisions that supported and strained it. */
  get evidence(): readonly PrincipleEvidence[] {
    return principleEvidence(this.debrief);
  }

  /** The other paths tried in this playthrough (with an ending), each compared with the path followed. */
  get otherPaths(): readonly OtherPath[] {
    const ids = this.deps.principles.principles.map((p) => p.id);
    const now = tallyPrinciples(this.controller.view().decisions, ids);
    return this.branches
      .filter((b) => b.id !== this.currentBranchId && b.ending !== undefined)
      .map((b) => ({
        ending: { ending: b.ending, endingTitle: b.endingTitle },
        decisions: b.decisions.length,
        table: compareProfiles(now, [tallyPrinciples(b.decisions, ids)]),
      }));
  }

  /**
   * Play the roads not taken at every decision to see which would have ended elsewhere. `between` is awaited
   * after each decision (the view lets the page paint, shows progress, and may stop it by resolving false:
   * then undefined). Done once per finished path: a second debrief of it replays nothing.
   */
  scan(between: Between = breathe): Promise<readonly EndingInfluence[] | undefined> {
    return this.scans.scan(this.controller, between);
  }

  /** The turning points when the replays are already done (a debrief opened again), else undefined. */
  get knownTurningPoints(): TurningPoint[] | undefined {
    const known = this.scans.known(this.controller);
    return known && turningPoints(this.debrief.decisions, known);
  }

  /** The three decisions that turned this playthrough most (see core/scoring/turning-points). */
  async turningPoints(between: Between = breathe): Promise<TurningPoint[] | undefined> {
    const found = await this.scan(between);
    return found && turningPoints(this.debrief.decisions, found);
  }

  async findDecisive(between: Between = breathe): Promise<DecisiveChoice[]> {
    return ((await this.scan(between)) ?? [])
      .filter((i) => i.changedBy.length > 0)
      .map((i) => ({
        ordinal: i.ordinal,
        chosenText: i.chosenText,
        insteadText: i.changedBy[0]!.optionText,
        wouldEndAt: endingLabel(i.changedBy[0]!),
      }));
  }

  /** Whether this device can make a Word document. */
  get canWriteDocument(): boolean {
    return this.deps.writeDocument !== undefined;
  }

  /** The debrief as a Word document for a CPD portfolio (the turning points found first). */
  async documentFile(): Promise<BinaryFile | undefined> {
    const write = this.deps.writeDocument;
    if (!write) return undefined;
    const points = (await this.turningPoints()) ?? [];
    const input = this.exportInput();
    const blocks = debriefDocument(
      { ...input, turningPoints: points, standouts: this.standouts, evidence: this.evidence },
      this.deps.principles,
    );
    return {
      name: `${fileStem(this.scenario.id, input.exportedAt)}-debrief.docx`,
      bytes: await write(blocks),
      type: DOCX_TYPE,
    };
  }

  markdownFile(): ExportFile {
    const input = this.exportInput();
    return {
      name: `${fileStem(this.scenario.id, input.exportedAt)}-debrief.md`,
      text: debriefMarkdown(input, this.deps.principles),
      type: 'text/markdown',
    };
  }

  jsonFile(): ExportFile {
    const input = this.exportInput();
    return {
      name: `${fileStem(this.scenario.id, input.exportedAt)}-debrief.json`,
      text: debriefJson(input, this.deps.principles),
      type: 'application/json',
    };
  }

  /** Go back to a decision and take another option (by its authored index); this path is kept. */
  tryOtherPath(ordinal: number, authoredIndex: number): string | undefined {
    return this.controller.tryOtherPath(ordinal, authoredIndex);
  }

  private times(): { startedAt: number; lastChoiceAt: number } {
    const snapshot = this.controller.snapshot();
    return { startedAt: snapshot.startedAt, lastChoiceAt: snapshot.times.at(-1) ?? snapshot.startedAt };
  }

  private exportInput(): DebriefExportInput {
    return {
      scenarioId: this.scenario.id,
      scenarioTitle: this.scenario.title,
      exportedAt: this.deps.clock.now(),
      ...this.times(),
      endingText: this.ending.text,
      debrief: this.debrief,
      notes: this.controller.allNotes(),
      branchCount: this.branches.length,
      influences: this.scans.known(this.controller),
    };
  }
}
