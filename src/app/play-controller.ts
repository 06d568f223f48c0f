// Plays one scenario for one profile: takes choices, rewinds, tries other paths (core/session/explored-paths),
// keeps notes, saves by one policy: an autosave at the start and after every change until the story ends, then
// the playthrough goes into the history (once per ending) and its autosave is cleared. A new playthrough may open
// on the story's first part: `prepare()` brings the rest before the first option is taken.
import type { Clock, LearningEvent, LearningRecordPort } from '../core/ports.ts';
import { makeSaveRecord, type SaveRecord } from '../core/save/save-record.ts';
import type { EndingInfluence } from '../core/scoring/ending-influences.ts';
import { tallyPrinciples } from '../core/scoring/tallies.ts';
import { exploredAfterMove, type PathRecord } from '../core/session/explored-paths.ts';
import type { PlaySession } from '../core/session/play-session.ts';
import type { SessionSnapshot, SessionView } from '../core/session/session-types.ts';
import { decisionTaken, playthroughFinished } from './learning-records.ts';
import type { SaveManager } from './save-manager.ts';
import { playthroughBranches, snapshotAt } from './playthrough-branches.ts';
import { inReadingOrder, readingOrder } from './reading-order.ts';
import { placeOf } from './save-place.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import type { StorageOutcome } from './storage-outcome.ts';
import type { ExploredBranch, StoryPlayback } from './story-playback.ts';

export interface PlayDeps {
  readonly saves: SaveManager;
  readonly clock: Clock;
  readonly profileId: string;
  /** Called with the outcome of every save, so the view can say once that saving is unavailable. */
  readonly onSaved: (outcome: StorageOutcome) => void;
  /** "Always show summaries of distressing passages" (a reading setting); off when not given. */
  readonly summariesFirst?: () => boolean;
  /** Where playthrough events go when a learning platform launched the game; nowhere when not given. */
  readonly learning?: LearningRecordPort;
}

export type ControllerResult =
  { readonly ok: true; readonly controller: PlayController } | { readonly ok: false; readonly error: string };

export { CURRENT_BRANCH_ID } from './playthrough-branches.ts';

export class PlayController {
  private notes: Record<string, string>;
  private explored: PathRecord[];
  private finishedRecorded: boolean;
  /** Played from the story's first part (options without reasons) until `prepare()` swaps in the whole story. */
  private onFirstPart: boolean;

  private constructor(
    private readonly playback: StoryPlayback,
    private session: PlaySession,
    private readonly deps: PlayDeps,
    notes: Readonly<Record<string, string>>,
    explored: readonly PathRecord[],
  ) {
    this.notes = { ...notes };
    this.explored = [...explored];
    this.finishedRecorded = session.view().ended;
    this.onFirstPart = !playback.isWhole;
  }

  /** A new playthrough, seeded from the clock, saved at once. */
  static start(playback: StoryPlayback, deps: PlayDeps): ControllerResult {
    const started = playback.start(playback.newSeed());
    if (!started.ok) return started;
    const controller = new PlayController(playback, started.session, deps, {}, []);
    controller.autosave();
    controller.report({ type: 'playthrough-started', ...controller.ids(), resumed: false });
    return { ok: true, controller };
  }

  /** Carry on a saved playthrough (an autosave, a slot, or a finished one for its debrief). */
  static resume(playback: StoryPlayback, record: SaveRecord, deps: PlayDeps): ControllerResult {
    const restored = playback.restore(record.snapshot);
    if (!restored.ok) return restored;
    const controller = new PlayController(playback, restored.session, deps, record.notes, record.otherBranches);
    if (!controller.finishedRecorded)
      controller.report({ type: 'playthrough-started', ...controller.ids(), resumed: true });
    return { ok: true, controller };
  }

  /** The principles this story's own `stage:` tags name, for numbering its stages among its own. */
  get stages(): readonly string[] {
    return this.session.meta.stages;
  }

  get scenario(): ScenarioEntry {
    return this.playback.scenario;
  }

  get playthroughId(): string {
    return `${this.scenario.id}@${this.session.snapshot().startedAt}`;
  }

  /** What to show now: options in reading order (summaries first when the reader asked for them). */
  view(): SessionView {
    const view = this.session.view();
    return inReadingOrder(view, this.readingOrder(view));
  }

  snapshot(): SessionSnapshot {
    return this.session.snapshot();
  }

  /** True when an option can be taken at once; otherwise `prepare()` first. */
  get ready(): boolean {
    return !this.onFirstPart;
  }

  /** Load the rest of the story (the options' reasons) and carry on from the whole of it at the very same place. */
  async prepare(): Promise<string | undefined> {
    const problem = await this.playback.whole();
    if (problem !== undefined || !this.onFirstPart) return problem;
    const restored = this.playback.restore(this.session.snapshot());
    if (!restored.ok) return restored.error;
    this.session = restored.session;
    this.onFirstPart = false;
    return undefined;
  }

  /** Take the option at this position of the options as shown (once `ready`). */
  choose(position: number): string | undefined {
    if (this.onFirstPart) return 'The rest of the story is still loading: choose again in a moment.';
    const from = this.session.snapshot();
    const problem = this.session.choose(this.readingOrder(this.session.view())[position] ?? position);
    if (problem) return problem;
    this.moved(from);
    this.reportDecision();
    this.afterChange();
    return undefined;
  }

  /** Go back to a decision, as it was before it was made (after the story stopped with an error). */
  rewindToDecision(ordinal: number): string | undefined {
    const problem = this.session.rewindToDecision(ordinal);
    if (problem) return problem;
    this.finishedRecorded = false;
    this.autosave();
    return undefined;
  }

  /** "Try this path instead": go back to a decision and take the option with this authored index; this path is kept. */
  tryOtherPath(ordinal: number, authoredIndex: number): string | undefined {
    if (!this.session.view().decisions[ordinal]) return `There is no decision ${ordinal + 1}.`;
    const from = this.session.snapshot();
    const problem = this.session.rewindToDecision(ordinal) ?? this.session.chooseAuthored(authoredIndex);
    if (problem) return problem;
    this.moved(from);
    this.finishedRecorded = false;
    this.reportDecision();
    this.afterChange();
    return undefined;
  }

  /** Every branch of this playthrough, the current one last (id CURRENT_BRANCH_ID), with its decisions. */
  branches(): ExploredBranch[] {
    return playthroughBranches(this.playback, this.explored, this.session.snapshot(), this.session.view());
  }

  /** What would have happened at one decision of this path had another option been taken (a road at a time). */
  influence(ordinal: number): Generator<void, EndingInfluence | undefined, void> {
    const view = this.session.view();
    const reached = { ending: view.ending, endingTitle: view.endingTitle };
    return this.playback.influence(this.session.snapshot(), view.decisions, ordinal, reached);
  }

  /** The fingerprint of the story this playthrough is played against. */
  get storyVersion(): string {
    return this.playback.version;
  }

  note(key: string): string {
    return this.notes[key] ?? '';
  }

  allNotes(): Readonly<Record<string, string>> {
    return this.notes;
  }

  setNote(key: string, text: string): void {
    if (text.trim() === '') this.notes = Object.fromEntries(Object.entries(this.notes).filter(([k]) => k !== key));
    else this.notes[key] = text;
    this.autosave();
    if (text.trim() !== '') this.report({ type: 'note-written', ...this.ids(), noteKey: key });
  }

  record(label?: string): SaveRecord {
    const snapshot = this.session.snapshot();
    return makeSaveRecord(
      this.scenario.id,
      this.playback.version,
      snapshot,
      this.deps.clock.now(),
      this.notes,
      label,
      this.explored.map((e) => snapshotAt(e, snapshot)),
    );
  }

  async saveToSlot(slot: number, label: string): Promise<StorageOutcome> {
    const place = placeOf(this.session.view());
    const outcome = await this.deps.saves.writeSlot(this.deps.profileId, slot, this.record(label), place);
    this.deps.onSaved(outcome);
    return outcome;
  }

  private ids(): { scenarioId: string; playthroughId: string } {
    return { scenarioId: this.scenario.id, playthroughId: this.playthroughId };
  }

  private report(event: LearningEvent | undefined): void {
    if (event) this.deps.learning?.record(event);
  }

  private reportDecision(): void {
    this.report(decisionTaken(this.ids(), this.session.view(), this.session.snapshot().path.length));
  }

  private readingOrder(view: SessionView): number[] {
    return readingOrder(view.options, this.deps.summariesFirst?.() ?? false);
  }

  private moved(from: SessionSnapshot): void {
    this.explored = exploredAfterMove(this.explored, from, this.session.snapshot().path);
  }

  private afterChange(): void {
    const view = this.session.view();
    if (view.ended && !this.finishedRecorded) {
      this.finishedRecorded = true;
      const profile = tallyPrinciples(view.decisions, [...this.playback.principleIds]).map(
        ({ principle, supported, undermined }) => ({ principle, supported, undermined }),
      );
      const finished = {
        id: this.playthroughId,
        scenarioId: this.scenario.id,
        ending: view.ending,
        endingTitle: view.endingTitle,
        endedAt: this.deps.clock.now(),
        record: this.record(),
        profile,
      };
      void this.deps.saves.recordFinished(this.deps.profileId, finished).then(this.deps.onSaved);
      this.report(playthroughFinished(this.ids(), view.ending ?? '', profile));
      return;
    }
    if (!view.ended) this.autosave();
  }

  private autosave(): void {
    const place = placeOf(this.session.view());
    void this.deps.saves.writeAutosave(this.deps.profileId, this.record(), place).then(this.deps.onSaved);
  }
}
