// What this device keeps for the people who use it, apart from their playthroughs: the settings, the local
// profiles (who is playing), trainers' own scenarios (listed beside the bundled ones), and the backup of
// everything (export, import, delete all). Every write ends in a StorageOutcome; reads that fail fall back
// to defaults so the game still starts.
import type { Clock, SaveStore } from '../core/ports.ts';
import { checkBackup, deleteAll, exportAll, importAll } from './backup.ts';
import type { ExportFile } from './export-file.ts';
import {
  loadOwnScenarios,
  ownScenarioEntry,
  removeOwnScenario,
  saveOwnScenario,
  type OwnScenario,
} from './own-scenarios.ts';
import { addProfile, loadProfiles, removeProfile, saveProfiles, selectProfile, type ProfileList } from './profiles.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from './settings.ts';
import { GUEST_PROFILE } from './storage-keys.ts';
import type { StorageOutcome } from './storage-outcome.ts';

const EMPTY: ProfileList = { profiles: [], currentId: undefined };

export class DeviceData {
  private settingsValue: Settings = DEFAULT_SETTINGS;
  private profileList: ProfileList = EMPTY;
  /** Bundled scenarios, then the trainer's own (updated in place when they change). */
  readonly scenarios: ScenarioEntry[];

  constructor(
    private readonly store: SaveStore,
    private readonly clock: Clock,
    private readonly bundled: readonly ScenarioEntry[],
    private readonly onSaved: (outcome: StorageOutcome) => void,
  ) {
    this.scenarios = [...bundled];
  }

  /** Read settings, profiles and own scenarios, reporting progress from 0 to 1. */
  async load(onProgress: (fraction: number) => void = () => undefined): Promise<void> {
    this.settingsValue = await loadSettings(this.store);
    onProgress(0.5);
    this.profileList = await loadProfiles(this.store);
    this.listOwn(await loadOwnScenarios(this.store));
    onProgress(1);
  }

  settings(): Settings {
    return this.settingsValue;
  }

  /** Apply a change at once; it is remembered unless storage refuses (then it lasts until the page closes). */
  async updateSettings(patch: Partial<Settings>): Promise<StorageOutcome> {
    this.settingsValue = { ...this.settingsValue, ...patch };
    const outcome = await saveSettings(this.store, this.settingsValue);
    this.onSaved(
      outcome.ok
        ? outcome
        : { ...outcome, message: 'Settings could not be saved on this device; they apply until you close the page.' },
    );
    return outcome;
  }

  get profiles(): ProfileList {
    return this.profileList;
  }

  /** The profile playing now, or the guest profile before any exists. */
  profileId(): string {
    return this.profileList.currentId ?? GUEST_PROFILE;
  }

  profileName(): string {
    return this.profileList.profiles.find((p) => p.id === this.profileList.currentId)?.name ?? '';
  }

  /** Add a profile and play as it; a name that cannot be used comes back as a message. */
  async addProfile(name: string): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: string }> {
    const added = addProfile(this.profileList, name, this.clock.now());
    if ('error' in added) return { ok: false, error: added.error };
    await this.setProfiles(added.list);
    return { ok: true };
  }

  selectProfile(id: string): Promise<StorageOutcome> {
    return this.setProfiles(selectProfile(this.profileList, id));
  }

  /** Take a profile off the list; its saves stay on the device until all data is deleted. */
  removeProfile(id: string): Promise<StorageOutcome> {
    return this.setProfiles(removeProfile(this.profileList, id));
  }

  /** Keep a trainer's scenario on this device and list it; says why when storage refused. */
  async keepOwnScenario(
    scenario: Omit<OwnScenario, 'id' | 'addedAt'>,
  ): Promise<{ readonly ok: true; readonly entry: ScenarioEntry } | { readonly ok: false; readonly message: string }> {
    const saved = await saveOwnScenario(this.store, { ...scenario, addedAt: this.clock.now() });
    if (!saved.ok) return { ok: false, message: `The scenario could not be kept on this device: ${saved.message}` };
    this.listOwn(await loadOwnScenarios(this.store));
    const entry = this.scenarios.find((s) => s.id === saved.entry.id);
    return entry ? { ok: true, entry } : { ok: false, message: 'The scenario could not be kept on this device.' };
  }

  async removeOwnScenario(id: string): Promise<StorageOutcome> {
    const outcome = await removeOwnScenario(this.store, id);
    this.listOwn(await loadOwnScenarios(this.store));
    return outcome;
  }

  /** Everything Practice Paths keeps on this device, as one file. */
  async exportAll(): Promise<ExportFile> {
    const now = this.clock.now();
    const text = JSON.stringify(await exportAll(this.store, now), null, 1);
    return {
      name: `practice-paths-backup-${new Date(now).toISOString().slice(0, 10)}.json`,
      text,
      type: 'application/json',
    };
  }

  /** Check a backup completely, then import it; the message says what happened. */
  async importAll(text: string): Promise<{ readonly ok: boolean; readonly message: string }> {
    const checked = checkBackup(text);
    if (!checked.ok) return { ok: false, message: checked.message };
    const outcome = await importAll(this.store, checked.entries);
    if (!outcome.ok) return { ok: false, message: `${outcome.message} Some data may not have been imported.` };
    this.profileList = await loadProfiles(this.store);
    return { ok: true, message: `Imported ${Object.keys(checked.entries).length} items.` };
  }

  async deleteAll(): Promise<StorageOutcome> {
    const outcome = await deleteAll(this.store);
    this.profileList = EMPTY;
    return outcome;
  }

  private async setProfiles(list: ProfileList): Promise<StorageOutcome> {
    this.profileList = list;
    const outcome = await saveProfiles(this.store, list);
    this.onSaved(outcome);
    return outcome;
  }

  private listOwn(own: readonly OwnScenario[]): void {
    this.scenarios.splice(0, this.scenarios.length, ...this.bundled, ...own.map(ownScenarioEntry));
  }
}
