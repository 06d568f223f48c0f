// Every key the game stores under, in one place, so nothing is written where export and delete can't find it.

/** The profile id saves are kept under before anyone has made a profile. */
export const GUEST_PROFILE = 'guest';

export const PROFILES_KEY = 'device:profiles';
export const SETTINGS_KEY = 'device:settings';
export const NOTICE_KEY = 'device:notice-acknowledged';

export const profilePrefix = (profileId: string): string => `profile:${profileId}:`;
export const autosaveKey = (profileId: string, scenarioId: string): string =>
  `${profilePrefix(profileId)}autosave:${scenarioId}`;
export const slotKey = (profileId: string, slot: number): string => `${profilePrefix(profileId)}slot:${slot}`;
export const historyKey = (profileId: string): string => `${profilePrefix(profileId)}history`;
export const setAsideKey = (originalKey: string, at: number): string => `set-aside:${at}:${originalKey}`;

export const SLOT_COUNT = 3;
