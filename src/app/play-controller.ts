// Plays one scenario for one profile: starts or resumes a session, takes choices, rewinds,
// keeps notes, and autosaves after every decision. The view calls it and renders what it returns.
import type { Clock } from '../core/ports.ts';
import { makeSaveRecord, type SaveRecord } from '../core/save/save-record.ts';
import { storyVersion } from '../core/save/story-version.ts';
import type { Branch } from '../core/session/branch-tree.ts';
import { PlaySession, type StorySource } from '../core/session/play-session.ts';
import type { SessionSnapshot, SessionView } from '../core/session/session-types.ts';
import { tallyPrinciples } from '../core/scoring/tallies.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import type { SaveManager, StorageOutcome } from './save-manager.ts';

export interface PlayDeps {
  readonly saves: SaveManager;
  readonly clock: Clock;
  readonly principleIds: ReadonlySet<string>;
  readonly profileId: string;
  /** Called with the outcome of every save, so the view can say once that saving is unavailable. */
  readonly onSaved: (outcome: StorageOutcome) => void;
}

export type ControllerResult = { readonly ok: true; readonly controller: PlayController } | { readonly ok: false; readonly error: string };

export class PlayController {
  private notes: Record<string, string>;
  private otherBranches: SessionSnapshot[];
  private finishedRecorded = false;

  private constructor(
    readonly scenario: ScenarioEntry,
    private readonly json: string,
    private readonly session: PlaySession,
    private readonly deps: PlayDeps,
    notes: Readonly<Record<string, string>>,
    otherBranches: readonly SessionSnapshot[] = [],
  ) {
    this.notes = { ...notes };
    this.otherBranches = [...otherBranches];
    this.finishedRecorded = session.view().ended;
  }

  static async start(scenario: ScenarioEntry, deps: PlayDeps): Promise<ControllerResult> {
    const json = await loadStory(scenario);
    if (typeof json !== 'string') return json;
    const started = PlaySession.start({ json, principleIds: deps.principleIds }, deps.clock, Math.floor(deps.clock.now() % 100000) + 1);
    if (!started.ok) return { ok: false, error: started.error };
    const controller = new PlayController(scenario, json, started.session, deps, {});
    controller.autosave();
    return { ok: true, controller };
  }

  static async resume(scenario: ScenarioEntry, record: SaveRecord, deps: PlayDeps): Promise<ControllerResult> {
    const json = await loadStory(scenario);
    if (typeof json !== 'string') return json;
    const restored = PlaySession.restore({ json, principleIds: deps.principleIds }, record.snapshot, deps.clock);
    if (!restored.ok) return { ok: false, error: restored.error };
    return { ok: true, controller: new PlayController(scenario, json, restored.session, deps, record.notes, record.otherBranches) };
  }

  /** The story's fingerprint, for reading saves made against it. */
  static async versionOf(scenario: ScenarioEntry): Promise<string | undefined> {
    const json = await loadStory(scenario);
    return typeof json === 'string' ? storyVersion(json) : undefined;
  }

  view(): SessionView {
    return this.session.view();
  }

  choose(index: number): string | undefined {
    const problem = this.session.choose(index);
    if (!problem) this.afterChange();
    return problem;
  }

  rewindToDecision(ordinal: number): string | undefined {
    const problem = this.session.rewindToDecision(ordinal);
    if (!problem) {
      this.finishedRecorded = false;
      this.autosave();
    }
    return problem;
  }

  /** "Try the other path": keep this branch, go back to a decision and take another option there. */
  tryOtherPath(ordinal: number, optionIndex: number): string | undefined {
    const current = this.session.snapshot();
    const decision = this.session.view().decisions[ordinal];
    if (!decision) return `There is no decision ${ordinal + 1}.`;
    if (!this.otherBranches.some((b) => samePath(b, current))) this.otherBranches.push(current);
    const problem = this.session.rewindToDecision(ordinal) ?? this.session.choose(optionIndex);
    if (problem) return problem;
    this.finishedRecorded = false;
    this.afterChange();
    return undefined;
  }

  /** Every branch of this playthrough, the current one last, with its decisions (for the branch map). */
  branches(): Branch[] {
    const others = this.otherBranches.flatMap((snapshot, index) => {
      const restored = PlaySession.restore(this.storySource(), snapshot, this.deps.clock);
      return restored.ok ? [{ id: `b${index}`, decisions: restored.session.view().decisions, ending: restored.session.view().ending }] : [];
    });
    const view = this.session.view();
    return [...others, { id: 'current', decisions: view.decisions, ending: view.ending }];
  }

  storySource(): StorySource {
    return { json: this.json, principleIds: this.deps.principleIds };
  }

  snapshot(): SessionSnapshot {
    return this.session.snapshot();
  }

  note(key: string): string {
    return this.notes[key] ?? '';
  }

  allNotes(): Readonly<Record<string, string>> {
    return this.notes;
  }

  setNote(key: string, text: string): void {
    if (text.trim() === '') delete this.notes[key];
    else this.notes[key] = text;
    this.autosave();
  }

  record(label?: string): SaveRecord {
    return makeSaveRecord(this.scenario.id, storyVersion(this.json), this.session.snapshot(), this.deps.clock.now(), this.notes, label, this.otherBranches);
  }

  async saveToSlot(slot: number, label: string): Promise<StorageOutcome> {
    const outcome = await this.deps.saves.writeSlot(this.deps.profileId, slot, this.record(label));
    this.deps.onSaved(outcome);
    return outcome;
  }

  get playthroughId(): string {
    return `${this.scenario.id}@${this.session.snapshot().startedAt}`;
  }

  variable(name: string): unknown {
    return this.session.variable(name);
  }

  private afterChange(): void {
    const view = this.session.view();
    if (view.ended && !this.finishedRecorded) {
      this.finishedRecorded = true;
      const profile = tallyPrinciples(view.decisions, [...this.deps.principleIds]).map(({ principle, supported, undermined }) => ({ principle, supported, undermined }));
      void this.deps.saves
        .recordFinished(this.deps.profileId, { id: this.playthroughId, scenarioId: this.scenario.id, ending: view.ending, endedAt: this.deps.clock.now(), record: this.record(), profile })
        .then(this.deps.onSaved);
      return;
    }
    if (!view.ended) this.autosave();
  }

  private autosave(): void {
    void this.deps.saves.writeAutosave(this.deps.profileId, this.record()).then(this.deps.onSaved);
  }
}

const samePath = (a: SessionSnapshot, b: SessionSnapshot): boolean => a.path.length === b.path.length && a.path.every((n, i) => n === b.path[i]);

async function loadStory(scenario: ScenarioEntry): Promise<string | { ok: false; error: string }> {
  try {
    return await scenario.load();
  } catch (error) {
    return { ok: false, error: `The scenario "${scenario.title}" could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
}
