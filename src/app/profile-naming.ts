// Who is playing, for the profile screen: play starts as a guest, and naming a profile later keeps the guest's
// progress (autosaves, slots, finished playthroughs move to the new profile). Delegates the list to DeviceData.
import type { DeviceData } from './device-data.ts';
import type { ProfileList } from './profiles.ts';
import type { SaveManager } from './save-manager.ts';
import { GUEST_PROFILE } from './storage-keys.ts';
import type { StorageOutcome } from './storage-outcome.ts';

type People = Pick<DeviceData, 'profiles' | 'addProfile' | 'selectProfile' | 'removeProfile' | 'profileId'>;

export class ProfileNaming {
  constructor(
    private readonly people: People,
    private readonly saves: Pick<SaveManager, 'moveProfile'>,
    private readonly onSaved: (outcome: StorageOutcome) => void = () => undefined,
  ) {}

  get profiles(): ProfileList {
    return this.people.profiles;
  }

  /** Playing as a guest: nobody has named a profile (or chosen one) on this device yet. */
  isGuest(): boolean {
    return this.people.profileId() === GUEST_PROFILE;
  }

  /** Add a profile and play as it; a guest's progress moves to it. A name that cannot be used comes back as a message. */
  async addProfile(name: string): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: string }> {
    const wasGuest = this.isGuest();
    const added = await this.people.addProfile(name);
    if (!added.ok || !wasGuest) return added;
    const moved = await this.saves.moveProfile(GUEST_PROFILE, this.people.profileId());
    this.onSaved(moved);
    return added;
  }

  selectProfile(id: string): Promise<StorageOutcome> {
    return this.people.selectProfile(id);
  }

  removeProfile(id: string): Promise<StorageOutcome> {
    return this.people.removeProfile(id);
  }
}
