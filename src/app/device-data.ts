// What this device keeps for the people who use it, apart from their playthroughs: the settings, the local
// profiles (who is playing), trainers' own scenarios (listed beside the bundled ones), and the backup of
// everything (export, import, delete all). Every write ends in a StorageOutcome; reads that fail fall back
// to defaults so the game still starts.
import type { Clock, SaveStore } from '../core/ports.ts';
import type { BackupPreview, BackupProblem } from './backup.ts';
import type { ExportFile } from './export-file.ts';
import {
  OWN_SCENARIOS_KEY,
  loadOwnScenarios,
  ownScenarioEntry,
  removeOwnScenario,
  saveOwnScenario,
  type KeptOwnScenario,
  type OwnScenario,
} from './own-scenarios.ts';
import { addProfile, loadProfiles, removeProfile, saveProfiles, selectProfile, type ProfileList } from './profiles.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import { readOrSetAside } from './set-aside.ts';
import { DEFAULT_SETTINGS, sanitiseSettings, saveSettings, type Settings } from './settings.ts';
import { GUEST_PROFILE, SETTINGS_KEY } from './storage-keys.ts';
import type { SetAsideNotice } from './storage-reports.ts';
import type { StorageOutcome } from './storage-outcome.ts';

const EMPTY: ProfileList = { profiles: [], currentId: undefined };
/** The backup (and the record checks behind it) loads when first used, not with the first page. */
const backup = () => import('./backup.ts');

export interface LoadOptions {
  /** The name for the n-th profile of a list rebuilt from the saves, in the player's language. */
  readonly recoveredName?: (n: number) => string;
}

export type ImportCheck =
  { readonly ok: true; readonly preview: BackupPreview } | { readonly ok: false; readonly problem: BackupProblem };

export class DeviceData {
  private settingsValue: Settings = DEFAULT_SETTINGS;
  private profileList: ProfileList = EMPTY;
  /** Own scenarios storage refused: playable this visit only. */
  private ownInMemory: OwnScenario[] = [];
  private recoveredName = (n: number): string => `Profile ${String(n)}`;
  /** Bundled scenarios, then the trainer's own (updated in place when they change). */
  readonly scenarios: ScenarioEntry[];

  constructor(
    private readonly store: SaveStore,
    private readonly clock: Clock,
    private readonly bundled: readonly ScenarioEntry[],
    private readonly onSaved: (outcome: StorageOutcome) => void,
    private readonly onSetAside: (notice: SetAsideNotice) => void = () => undefined,
  ) {
    this.scenarios = [...bundled];
  }

  /**
   * Read settings, profiles and own scenarios, reporting progress from 0 to 1. A record that cannot be read is
   * set aside and reported; an unreadable profile list is rebuilt from the saves, so every save stays reachable.
   */
  async load(onProgress: (fraction: number) => void = () => undefined, options: LoadOptions = {}): Promise<void> {
    const now = this.clock.now();
    const settings = await readOrSetAside(this.store, SETTINGS_KEY, readSettings, now);
    if (settings.kind === 'set-aside') this.onSetAside({ record: 'settings' });
    this.settingsValue = settings.kind === 'read' ? settings.value : DEFAULT_SETTINGS;
    onProgress(0.5);
    if (options.recoveredName) this.recoveredName = options.recoveredName;
    const profiles = await loadProfiles(this.store, now, this.recoveredName);
    this.profileList = profiles.list;
    if (profiles.rebuilt) this.onSetAside({ record: 'profile-list', rebuiltProfiles: profiles.list.profiles.length });
    const own = await readOrSetAside(this.store, OWN_SCENARIOS_KEY, readList, now);
    if (own.kind === 'set-aside') this.onSetAside({ record: 'own-scenarios' });
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

  /**
   * Keep a trainer's scenario on this device and list it (`replaces`: in place of that one, keeping its id).
   * When storage refuses it is still listed and playable for this visit, from memory (`kept: false`).
   */
  async keepOwnScenario(scenario: Omit<OwnScenario, 'id' | 'addedAt'>, replaces?: string): Promise<KeptOwnScenario> {
    const saved = await saveOwnScenario(this.store, { ...scenario, addedAt: this.clock.now() }, replaces);
    this.ownInMemory = this.ownInMemory.filter((s) => s.id !== saved.entry.id);
    if (!saved.ok) this.ownInMemory.push(saved.entry);
    this.listOwn(await loadOwnScenarios(this.store));
    const entry = this.scenarios.find((s) => s.id === saved.entry.id) ?? ownScenarioEntry(saved.entry);
    return saved.ok ? { kept: true, entry } : { kept: false, entry, failure: saved.failure };
  }

  async removeOwnScenario(id: string): Promise<StorageOutcome> {
    const outcome = await removeOwnScenario(this.store, id);
    this.ownInMemory = this.ownInMemory.filter((s) => s.id !== id);
    this.listOwn(await loadOwnScenarios(this.store));
    return outcome;
  }

  /** Everything Practice Paths keeps on this device, as one file. */
  async exportAll(): Promise<ExportFile> {
    const now = this.clock.now();
    const text = JSON.stringify(await (await backup()).exportAll(this.store, now), null, 1);
    return {
      name: `practice-paths-backup-${new Date(now).toISOString().slice(0, 10)}.json`,
      text,
      type: 'application/json',
    };
  }

  /** Check every record of a backup file, and say what importing it would replace; nothing is written yet. */
  async checkImport(text: string): Promise<ImportCheck> {
    const { checkBackup, previewImport } = await backup();
    const checked = checkBackup(text);
    if (!checked.ok) return checked;
    try {
      return { ok: true, preview: await previewImport(this.store, checked.entries) };
    } catch {
      return { ok: true, preview: { entries: checked.entries, total: 0, added: 0, replaced: [] } };
    }
  }

  /** Write a checked backup once the person has agreed to what it replaces; profiles are read again after. */
  async applyImport(preview: BackupPreview): Promise<StorageOutcome> {
    const outcome = await (await backup()).importAll(this.store, preview.entries);
    const profiles = await loadProfiles(this.store, this.clock.now(), this.recoveredName);
    this.profileList = profiles.list;
    if (profiles.rebuilt) this.onSetAside({ record: 'profile-list', rebuiltProfiles: profiles.list.profiles.length });
    this.listOwn(await loadOwnScenarios(this.store));
    return outcome;
  }

  async deleteAll(): Promise<StorageOutcome> {
    const outcome = await (await backup()).deleteAll(this.store);
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
    const stored = own.filter((s) => !this.ownInMemory.some((m) => m.id === s.id));
    this.scenarios.splice(
      0,
      this.scenarios.length,
      ...this.bundled,
      ...[...stored, ...this.ownInMemory].map(ownScenarioEntry),
    );
  }
}

const readSettings = (data: unknown) =>
  typeof data === 'object' && data !== null && !Array.isArray(data)
    ? { ok: true as const, value: sanitiseSettings(data) }
    : { ok: false as const, reason: 'The settings are not a set of settings.' };

const readList = (data: unknown) =>
  Array.isArray(data) ? { ok: true as const, value: data } : { ok: false as const, reason: 'This is not a list.' };
