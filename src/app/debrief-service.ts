// The solo debrief as a use-case: the model of a playthrough (profile, decisions and roads not taken, branches,
// ending), the comparison with the same person's earlier playthroughs, which decisions led to the ending
// (replayed a decision at a time, the view choosing when to yield), the exports, and "try this path instead".
// Returns data and files; never touches the page.
import type { Clock } from '../core/ports.ts';
import { debriefJson, debriefMarkdown, minutesSpent, type DebriefExportInput } from '../core/export/debrief-export.ts';
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import { buildDebrief, type Debrief, type DebriefDecision } from '../core/scoring/debrief-model.ts';
import type { EndingInfluence } from '../core/scoring/ending-influences.ts';
import { compareProfiles, type PrincipleComparison } from '../core/scoring/profile-comparison.ts';
import { tallyPrinciples } from '../core/scoring/tallies.ts';
import { endingLabel, endingText } from '../core/session/scene-page.ts';
import { fileStem, type ExportFile } from './export-file.ts';
import { CURRENT_BRANCH_ID, type PlayController } from './play-controller.ts';
import type { SaveManager } from './save-manager.ts';
import type { ExploredBranch } from './story-playback.ts';

export interface DebriefDeps {
  readonly saves: SaveManager;
  readonly clock: Clock;
  readonly principles: PrincipleCatalogue;
  /** The profile playing now (whose history the debrief compares with). */
  readonly profileId: () => string;
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

export class DebriefService {
  constructor(private readonly deps: DebriefDeps) {}

  open(controller: PlayController): SoloDebrief {
    return new SoloDebrief(controller, this.deps);
  }
}

export class SoloDebrief {
  readonly debrief: Debrief;
  readonly branches: readonly ExploredBranch[];
  readonly currentBranchId = CURRENT_BRANCH_ID;
  private influences: readonly EndingInfluence[] | undefined;

  constructor(
    private readonly controller: PlayController,
    private readonly deps: DebriefDeps,
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

  /**
   * Play the roads not taken at every decision to see which would have ended elsewhere. `between` is awaited
   * after each decision (the view lets the page breathe and shows progress there).
   */
  async findDecisive(between: (done: number, total: number) => Promise<void>): Promise<DecisiveChoice[]> {
    const total = this.controller.view().decisions.length;
    const found: EndingInfluence[] = [];
    for (let ordinal = 0; ordinal < total; ordinal++) {
      const influence = this.controller.influence(ordinal);
      if (influence) found.push(influence);
      await between(ordinal + 1, total);
    }
    this.influences = found;
    return found
      .filter((i) => i.changedBy.length > 0)
      .map((i) => ({
        ordinal: i.ordinal,
        chosenText: i.chosenText,
        insteadText: i.changedBy[0]!.optionText,
        wouldEndAt: endingLabel(i.changedBy[0]!),
      }));
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
      text: debriefJson(input),
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
      influences: this.influences,
    };
  }
}
