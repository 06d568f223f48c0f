// Local profiles for people sharing one device: a name each, nothing more, never leaving the device. The
// stored list is read strictly; one that cannot be read is set aside and rebuilt from the saves' profile ids.
import type { SaveStore } from '../core/ports.ts';
import { setAside } from './set-aside.ts';
import { GUEST_PROFILE, PROFILES_KEY } from './storage-keys.ts';
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

/** Characters that reorder or embed text directions (bidi overrides, embeddings, isolates) and other controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are taken out of names.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const PROFILE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type ProfileListRead =
  | { readonly ok: true; readonly list: ProfileList }
  | { readonly ok: false; readonly reason: string; readonly salvaged: readonly Profile[] };

const isProfile = (p: unknown): p is Profile => {
  const v = p as Partial<Profile> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    PROFILE_ID.test(v.id) &&
    typeof v.name === 'string' &&
    cleanProfileName(v.name) !== undefined &&
    v.name.length <= MAX_NAME_LENGTH &&
    typeof v.createdAt === 'number' &&
    Number.isFinite(v.createdAt)
  );
};

/**
 * Read a stored profile list strictly: nothing stored is an empty list; anything else must be a list of valid
 * profiles with distinct ids. An unreadable list says why, with the profiles in it that could still be used.
 */
export function readProfileList(data: unknown): ProfileListRead {
  if (data === undefined || data === null) return { ok: true, list: EMPTY };
  const raw = typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (!raw || !Array.isArray(raw.profiles))
    return { ok: false, reason: 'The profile list is not a list of profiles.', salvaged: [] };
  const entries: unknown[] = raw.profiles;
  const salvaged = entries
    .filter(isProfile)
    .filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i)
    .map((p) => ({ id: p.id, name: cleanProfileName(p.name) ?? p.id, createdAt: p.createdAt }));
  if (salvaged.length !== entries.length || (raw.currentId !== undefined && typeof raw.currentId !== 'string'))
    return { ok: false, reason: 'The profile list holds entries that are not profiles.', salvaged };
  const currentId = salvaged.some((p) => p.id === raw.currentId) ? (raw.currentId as string) : salvaged[0]?.id;
  return { ok: true, list: { profiles: salvaged, currentId } };
}

/**
 * A list rebuilt after the stored one could not be read: the profiles still readable in it, then one for every
 * other profile id that has saves on the device, so no save is left without a profile to reach it.
 */
export function rebuildProfileList(
  salvaged: readonly Profile[],
  storedKeys: readonly string[],
  now: number,
  recoveredName: (n: number) => string,
): ProfileList {
  const profiles = [...salvaged];
  for (const key of storedKeys) {
    const id = /^profile:([^:]+):/.exec(key)?.[1];
    if (!id || id === GUEST_PROFILE || !PROFILE_ID.test(id) || profiles.some((p) => p.id === id)) continue;
    const n = profiles.length + 1;
    const taken = (name: string) => profiles.some((p) => p.name.toLowerCase() === name.toLowerCase());
    let name = cleanProfileName(recoveredName(n)) ?? id;
    for (let extra = n + 1; taken(name); extra++) name = cleanProfileName(recoveredName(extra)) ?? `${id}-${extra}`;
    profiles.push({ id, name, createdAt: now });
  }
  return { profiles, currentId: profiles[0]?.id };
}

/** Tidy a typed name (no control or text-direction characters); undefined when nothing usable is left. */
export function cleanProfileName(name: string): string | undefined {
  const cleaned = name.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
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

export interface ProfileLoad {
  readonly list: ProfileList;
  /** The stored list could not be read: it was set aside and this one rebuilt from the saves on the device. */
  readonly rebuilt: boolean;
}

/** Read the profile list; an unreadable one is set aside (never deleted) and rebuilt from the saves' profile ids. */
export async function loadProfiles(
  store: SaveStore,
  now: number,
  recoveredName: (n: number) => string,
): Promise<ProfileLoad> {
  let data: unknown;
  try {
    data = await store.get(PROFILES_KEY);
  } catch {
    return { list: EMPTY, rebuilt: false };
  }
  const read = readProfileList(data);
  if (read.ok) return { list: read.list, rebuilt: false };
  const keptAside = await setAside(store, PROFILES_KEY, read.reason, now);
  const keys = await store.keys().catch((): string[] => []);
  const list = rebuildProfileList(read.salvaged, keys, now, recoveredName);
  // Only write the rebuilt list once the unreadable one is safely aside: otherwise it stays where it was.
  if (keptAside.ok) await saveProfiles(store, list);
  return { list, rebuilt: true };
}

export function saveProfiles(store: SaveStore, list: ProfileList): Promise<StorageOutcome> {
  return attemptStorage(() => store.set(PROFILES_KEY, list));
}
