// The app's use-cases built on the ports main.ts hands in: what the screens are given, a narrow service each.
// Builds no adapter and holds no rule of its own.
import type { Clock, SaveStore } from '../core/ports.ts';
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import { DebriefService } from './debrief-service.ts';
import { DeviceData } from './device-data.ts';
import { FacilitatorSessions } from './facilitator-sessions.ts';
import type { SessionChannelFactory } from './facilitator-sync.ts';
import { PlayerProgress } from './player-progress.ts';
import { SaveManager } from './save-manager.ts';
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
}

export interface AppServices {
  readonly device: DeviceData;
  readonly progress: PlayerProgress;
  readonly starter: PlaythroughStarter;
  readonly debriefs: DebriefService;
  readonly facilitator: FacilitatorSessions;
  readonly storage: StorageReports;
}

export function createAppServices(ports: AppPorts): AppServices {
  const { store, clock, principles } = ports;
  const storage = new StorageReports();
  const saves = new SaveManager(store, clock);
  const device = new DeviceData(store, clock, ports.scenarios, storage.report);
  const profileId = () => device.profileId();
  return {
    device,
    storage,
    progress: new PlayerProgress(saves, () => device.profiles.currentId),
    starter: new PlaythroughStarter({ saves, clock, principleIds: principles.ids, profileId, onSaved: storage.report }),
    debriefs: new DebriefService({ saves, clock, principles, profileId }),
    facilitator: new FacilitatorSessions({
      store,
      clock,
      principleIds: principles.ids,
      scenarios: () => device.scenarios,
      openChannel: ports.openChannel,
      onSaved: storage.report,
    }),
  };
}
