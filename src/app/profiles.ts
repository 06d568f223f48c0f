// Local profiles for people sharing one device: a name each, nothing more, never leaving the device.
import type { SaveStore } from '../core/ports.ts';
import { PROFILES_KEY } from './storage-keys.ts';
import { attemptStorage, type StorageOutcome } from './storage-outcome.ts';

export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
}

export interface ProfileList {
  readonly profiles: readonly Profile[];
  readonly currentId: string | undefined;
}

const EMPTY: ProfileList = { profiles: [], currentId: undefined };
export const MAX_NAME_LENGTH = 40;

export function sanitiseProfiles(data: unknown): ProfileList {
  if (typeof data !== 'object' || data === null) return EMPTY;
  const raw = data as Record<string, unknown>;
  const profiles = (Array.isArray(raw.profiles) ? raw.profiles : []).filter(
    (p): p is Profile =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.id === 'string' &&
      typeof p.name === 'string' &&
      typeof p.createdAt === 'number',
  );
  const currentId = profiles.some((p) => p.id === raw.currentId) ? (raw.currentId as string) : profiles[0]?.id;
  return { profiles, currentId };
}

/** Tidy a typed name; undefined when nothing usable is left. */
export function cleanProfileName(name: string): string | undefined {
  const cleaned = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return cleaned === '' ? undefined : cleaned;
}

export function addProfile(
  list: ProfileList,
  name: string,
  now: number,
): { list: ProfileList; profile: Profile } | { error: string } {
  const cleaned = cleanProfileName(name);
  if (!cleaned) return { error: 'Please type a name (or initials) for this profile.' };
  if (list.profiles.some((p) => p.name.toLowerCase() === cleaned.toLowerCase()))
    return { error: `There is already a profile called "${cleaned}".` };
  const profile: Profile = { id: `p${now.toString(36)}${list.profiles.length}`, name: cleaned, createdAt: now };
  return { list: { profiles: [...list.profiles, profile], currentId: profile.id }, profile };
}

export function selectProfile(list: ProfileList, id: string): ProfileList {
  return list.profiles.some((p) => p.id === id) ? { ...list, currentId: id } : list;
}

export function removeProfile(list: ProfileList, id: string): ProfileList {
  const profiles = list.profiles.filter((p) => p.id !== id);
  return { profiles, currentId: list.currentId === id ? profiles[0]?.id : list.currentId };
}

export async function loadProfiles(store: SaveStore): Promise<ProfileList> {
  try {
    return sanitiseProfiles(await store.get(PROFILES_KEY));
  } catch {
    return EMPTY;
  }
}

export function saveProfiles(store: SaveStore, list: ProfileList): Promise<StorageOutcome> {
  return attemptStorage(() => store.set(PROFILES_KEY, list));
}
