// The app's use-cases built on the ports main.ts hands in: what the screens are given, a narrow service each.
// Builds no adapter and holds no rule of its own.
import type { DocumentWriter } from '../core/export/debrief-document.ts';
import type { Clock, LearningRecordPort, SaveStore, SpeechPort } from '../core/ports.ts';
import type { CardCodePorts } from '../core/facilitator/card-ports.ts';
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import type { DebriefService } from './debrief-service.ts';
import { DeviceData } from './device-data.ts';
import type { FacilitatorSessions } from './facilitator-sessions.ts';
import type { SessionChannelFactory } from './facilitator-sync.ts';
import { inProcessChecks, type OwnScenarioChecks } from './own-scenario-import.ts';
import { guarded, NO_LEARNING_RECORDS } from './learning-records.ts';
import { PlayerProgress } from './player-progress.ts';
import { ReadAloud } from './read-aloud.ts';
import { ProfileNaming } from './profile-naming.ts';
import { SaveManager } from './save-manager.ts';
import { SaveSlots } from './save-slots.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import { PlaythroughStarter } from './start-or-resume.ts';
import { StorageReports } from './storage-reports.ts';

export interface AppPorts {
  readonly store: SaveStore;
  readonly clock: Clock;
  readonly principles: PrincipleCatalogue;
  /** The scenarios the game ships. */
  readonly scenarios: readonly ScenarioEntry[];
  /** Opens a channel between the windows of a group session; undefined runs each window on its own. */
  readonly openChannel: SessionChannelFactory | undefined;
  /** The camera, card decoder and card writer for card votes and the session pack (loaded when first used). */
  readonly cardCodes?: CardCodePorts;
  /** Checks a trainer's own scenario away from the page (a Web Worker); in this process when not given. */
  readonly ownScenarioChecks?: OwnScenarioChecks;
  /** The device's own voices, for reading pages aloud. */
  readonly speech: SpeechPort;
  /** A learning platform's record of playthroughs (SCORM, cmi5); nothing is reported when not given. */
  readonly learning?: LearningRecordPort;
  /** Makes Word documents on the device (the debrief's .docx export); main.ts loads it lazily. */
  readonly writeDocument?: DocumentWriter;
}

export interface AppServices {
  readonly device: DeviceData;
  readonly progress: PlayerProgress;
  readonly starter: PlaythroughStarter;
  /** Loaded when a debrief first opens, so the first story page does not wait for the scoring and exports. */
  readonly debriefs: () => Promise<DebriefService>;
  /** Loaded on facilitator mode's own route, so solo play never fetches it. */
  readonly facilitator: () => Promise<FacilitatorSessions>;
  readonly storage: StorageReports;
  /** The Save/Load dialog: autosave and named slots of the profile playing. */
  readonly saveSlots: SaveSlots;
  /** Who is playing: naming a profile keeps the guest's progress. */
  readonly people: ProfileNaming;
  /** Checks a trainer's own scenario before it is kept: progress, cancel. */
  readonly ownScenarioChecks: OwnScenarioChecks;
  /** Reads the page aloud, sentence by sentence, when the player asks. */
  readonly readAloud: ReadAloud;
}

export function createAppServices(ports: AppPorts): AppServices {
  const { store, clock, principles } = ports;
  const storage = new StorageReports();
  const saves = new SaveManager(store, clock, storage.setAside);
  const device = new DeviceData(store, clock, ports.scenarios, storage.report, storage.setAside);
  const profileId = () => device.profileId();
  return {
    device,
    storage,
    readAloud: new ReadAloud(ports.speech, {
      voiceId: () => device.settings().speechVoice,
      rate: () => device.settings().speechRate,
    }),
    ownScenarioChecks: ports.ownScenarioChecks ?? inProcessChecks,
    progress: new PlayerProgress(saves, profileId),
    saveSlots: new SaveSlots({ saves, profileId, scenarios: () => device.scenarios }),
    people: new ProfileNaming(device, saves, storage.report),
    starter: new PlaythroughStarter({
      saves,
      clock,
      principleIds: principles.ids,
      profileId,
      onSaved: storage.report,
      summariesFirst: () => device.settings().summariesFirst,
      learning: guarded(ports.learning ?? NO_LEARNING_RECORDS),
    }),
    debriefs: once(async () => {
      const { DebriefService } = await import('./debrief-service.ts');
      return new DebriefService({ saves, clock, principles, profileId, writeDocument: ports.writeDocument });
    }),
    facilitator: once(async () => {
      const { FacilitatorSessions } = await import('./facilitator-sessions.ts');
      return new FacilitatorSessions({
        store,
        clock,
        principleIds: principles.ids,
        scenarios: () => device.scenarios,
        openChannel: ports.openChannel,
        cardCodes: ports.cardCodes,
        onSaved: storage.report,
      });
    }),
  };
}

/** The value `make` gives, made on the first call and shared by every later one. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  // A load that failed (offline before the file was cached) is tried again next time.
  return () =>
    (made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
}
