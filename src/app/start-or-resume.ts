// Starting a scenario from its content notice: a new playthrough, or carrying on its autosave or a named slot.
// The story is loaded once; a save that cannot be read or no longer fits is set aside (never deleted) and a
// fresh start offered, with the reason in words. Returns outcomes; never touches the page.
import type { Clock, LearningRecordPort } from '../core/ports.ts';
import { PlayController, type ControllerResult, type PlayDeps } from './play-controller.ts';
import type { LoadOutcome, SaveManager } from './save-manager.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import type { SaveRecord } from '../core/save/save-record.ts';
import type { StorageOutcome } from './storage-outcome.ts';
import { StoryPlayback } from './story-playback.ts';

export type StartMode = 'new' | 'continue' | { readonly slot: number };

export type StartOutcome =
  /** Play: `storyChanged` when the scenario was updated since the save (the choices still fit). */
  | { readonly kind: 'playing'; readonly controller: PlayController; readonly storyChanged: boolean }
  /** The save could not be used; it has been kept aside and starting again is offered. */
  | { readonly kind: 'offer-fresh'; readonly message: string }
  | { readonly kind: 'failed'; readonly error: string };

export interface StartDeps {
  readonly saves: SaveManager;
  readonly clock: Clock;
  readonly principleIds: ReadonlySet<string>;
  /** The profile playing now ("guest" before any profile exists). */
  readonly profileId: () => string;
  readonly onSaved: (outcome: StorageOutcome) => void;
  /** The reading setting "always show summaries of distressing passages", read at each page. */
  readonly summariesFirst?: () => boolean;
  /** Where playthrough events go (a learning platform); nowhere when not given. */
  readonly learning?: LearningRecordPort;
}

export class PlaythroughStarter {
  constructor(private readonly deps: StartDeps) {}

  async startOrResume(scenario: ScenarioEntry, mode: StartMode): Promise<StartOutcome> {
    // A new playthrough opens on the story's first part; a saved one replays its path on the whole story.
    const firstPartFirst = mode === 'new';
    const loaded = await StoryPlayback.load(scenario, this.deps.principleIds, this.deps.clock, { firstPartFirst });
    if (!loaded.ok) return { kind: 'failed', error: loaded.error };
    const playback = loaded.playback;
    const play = this.playDeps();
    if (mode !== 'new') {
      const read = await this.read(play.profileId, scenario.id, mode, playback.version);
      if (read.kind === 'set-aside' || read.kind === 'storage-failed')
        return { kind: 'offer-fresh', message: read.message };
      if (read.kind === 'loaded') return this.resume(playback, read.record, read.storyChanged, mode, play);
    }
    const started = PlayController.start(playback, play);
    return started.ok
      ? { kind: 'playing', controller: started.controller, storyChanged: false }
      : { kind: 'failed', error: started.error };
  }

  /** A finished playthrough from the history, opened for its debrief. */
  async openFinished(scenario: ScenarioEntry, record: SaveRecord): Promise<ControllerResult> {
    const loaded = await StoryPlayback.load(scenario, this.deps.principleIds, this.deps.clock);
    return loaded.ok ? PlayController.resume(loaded.playback, record, this.playDeps()) : loaded;
  }

  private playDeps(): PlayDeps {
    return {
      saves: this.deps.saves,
      clock: this.deps.clock,
      profileId: this.deps.profileId(),
      onSaved: this.deps.onSaved,
      summariesFirst: this.deps.summariesFirst,
      learning: this.deps.learning,
    };
  }

  private read(
    profileId: string,
    scenarioId: string,
    mode: Exclude<StartMode, 'new'>,
    version: string,
  ): Promise<LoadOutcome> {
    return mode === 'continue'
      ? this.deps.saves.readAutosave(profileId, scenarioId, version)
      : this.deps.saves.readSlot(profileId, mode.slot, scenarioId, version);
  }

  private async resume(
    playback: StoryPlayback,
    record: SaveRecord,
    storyChanged: boolean,
    mode: Exclude<StartMode, 'new'>,
    play: PlayDeps,
  ): Promise<StartOutcome> {
    const resumed = PlayController.resume(playback, record, play);
    if (resumed.ok) return { kind: 'playing', controller: resumed.controller, storyChanged };
    const scenarioId = playback.scenario.id;
    if (mode === 'continue') await this.deps.saves.setAsideAutosave(play.profileId, scenarioId, resumed.error);
    else await this.deps.saves.setAsideSlot(play.profileId, mode.slot, resumed.error);
    return {
      kind: 'offer-fresh',
      message: `Your saved place could not be restored: ${resumed.error} The save has been kept aside, not deleted.`,
    };
  }
}
