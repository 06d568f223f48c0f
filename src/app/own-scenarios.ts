// Trainers' own scenarios: kept on this device (compiled JSON plus what the menu shows), listed beside the
// bundled ones, removable. Nothing is uploaded anywhere.
import type { SaveStore, StorageFailure } from '../core/ports.ts';
import type { ScenarioEntry } from './scenario-catalogue.ts';
import { attemptStorage, type StorageOutcome } from './storage-outcome.ts';

export const OWN_SCENARIOS_KEY = 'device:own-scenarios';
const OWN_PREFIX = 'own-';

export interface OwnScenario {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly contentNote: string | undefined;
  readonly lengthMinutes: number | undefined;
  readonly json: string;
  readonly files: readonly string[];
  readonly addedAt: number;
}

const isOwnScenario = (value: unknown): value is OwnScenario => {
  const v = value as Partial<OwnScenario> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    v.id.startsWith(OWN_PREFIX) &&
    typeof v.title === 'string' &&
    typeof v.json === 'string' &&
    typeof v.addedAt === 'number'
  );
};

export async function loadOwnScenarios(store: SaveStore): Promise<OwnScenario[]> {
  try {
    const data = await store.get(OWN_SCENARIOS_KEY);
    return Array.isArray(data) ? data.filter(isOwnScenario) : [];
  } catch {
    return [];
  }
}

/**
 * A new own scenario's id: unique and independent of its content, so two scenarios with similar titles
 * ("Bus station", "Bus-station!") or titles in any script never share one, nor each other's saves. Ids of
 * scenarios kept by earlier versions (a slug of the title) stay as they are: their saves still find them.
 */
export function newOwnScenarioId(random: () => number = Math.random): string {
  // randomUUID exists only in secure contexts (and a file:// page may not be one): fall back to random numbers.
  const crypto = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  const uuid = crypto?.randomUUID?.call(crypto);
  if (uuid) return `${OWN_PREFIX}${uuid}`;
  const part = () =>
    Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return `${OWN_PREFIX}${part()}-${part()}-${part()}-${part()}`;
}

/**
 * Keep an own scenario: a new one under a new id, or, with `replaces`, in place of that one (keeping its id,
 * so its saves carry on). The stored entry, or why storage refused (the entry is still built, to play from memory).
 */
export async function saveOwnScenario(
  store: SaveStore,
  scenario: Omit<OwnScenario, 'id'>,
  replaces?: string,
): Promise<
  | { readonly ok: true; readonly entry: OwnScenario }
  | (Extract<StorageOutcome, { ok: false }> & { readonly entry: OwnScenario })
> {
  const existing = await loadOwnScenarios(store);
  const id = replaces && existing.some((s) => s.id === replaces) ? replaces : newOwnScenarioId();
  const entry: OwnScenario = { ...scenario, id };
  const outcome = await attemptStorage(() =>
    store.set(OWN_SCENARIOS_KEY, [...existing.filter((s) => s.id !== entry.id), entry]),
  );
  return outcome.ok ? { ok: true, entry } : { ...outcome, entry };
}

export async function removeOwnScenario(store: SaveStore, id: string): Promise<StorageOutcome> {
  const existing = await loadOwnScenarios(store);
  return attemptStorage(() =>
    store.set(
      OWN_SCENARIOS_KEY,
      existing.filter((s) => s.id !== id),
    ),
  );
}

export function ownScenarioEntry(scenario: OwnScenario): ScenarioEntry {
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    contentNote:
      scenario.contentNote ??
      'This is a scenario written by a trainer. Its content has not been checked by Practice Paths: it may describe exploitation, abuse, violence and coercion.',
    lengthMinutes: scenario.lengthMinutes,
    variantOf: undefined,
    own: true,
    load: () => Promise.resolve(scenario.json),
  };
}

/** What keeping an own scenario came to: kept on this device, or (storage refused) listed for this visit only. */
export type KeptOwnScenario =
  | { readonly kept: true; readonly entry: ScenarioEntry }
  | { readonly kept: false; readonly entry: ScenarioEntry; readonly failure: StorageFailure };
