// Plays one scenario for one profile: starts or resumes a session, takes choices, rewinds,
// keeps notes, and autosaves after every decision. The view calls it and renders what it returns.
import type { Clock } from '../core/ports.ts';
import { makeSaveRecord, type SaveRecord } from '../core/save/save-record.ts';
import { storyVersion } from '../core/save/story-version.ts';
import { PlaySession } from '../core/session/play-session.ts';
import type { SessionView } from '../core/session/session-types.ts';
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
  private finishedRecorded = false;

  private constructor(
    readonly scenario: ScenarioEntry,
    private readonly json: string,
    private readonly session: PlaySession,
    private readonly deps: PlayDeps,
    notes: Readonly<Record<string, string>>,
  ) {
    this.notes = { ...notes };
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
    return { ok: true, controller: new PlayController(scenario, json, restored.session, deps, record.notes) };
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
    return makeSaveRecord(this.scenario.id, storyVersion(this.json), this.session.snapshot(), this.deps.clock.now(), this.notes, label);
  }

  async saveToSlot(slot: number, label: string): Promise<StorageOutcome> {
    const outcome = await this.deps.saves.writeSlot(this.deps.profileId, slot, this.record(label));
    this.deps.onSaved(outcome);
    return outcome;
  }

  variable(name: string): unknown {
    return this.session.variable(name);
  }

  private afterChange(): void {
    const view = this.session.view();
    if (view.ended && !this.finishedRecorded) {
      this.finishedRecorded = true;
      void this.deps.saves
        .recordFinished(this.deps.profileId, { scenarioId: this.scenario.id, ending: view.ending, endedAt: this.deps.clock.now(), record: this.record() })
        .then(this.deps.onSaved);
      return;
    }
    if (!view.ended) this.autosave();
  }

  private autosave(): void {
    void this.deps.saves.writeAutosave(this.deps.profileId, this.record()).then(this.deps.onSaved);
  }
}

async function loadStory(scenario: ScenarioEntry): Promise<string | { ok: false; error: string }> {
  try {
    return await scenario.load();
  } catch (error) {
    return { ok: false, error: `The scenario "${scenario.title}" could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
}
