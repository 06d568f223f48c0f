// Trainers' own scenarios: kept on this device (compiled JSON plus what the menu shows), listed beside the
// bundled ones, removable. Nothing is uploaded anywhere.
import type { SaveStore } from '../core/ports.ts';
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

/** Add or replace (same title) an own scenario; the stored entry, or why storage refused. */
export async function saveOwnScenario(
  store: SaveStore,
  scenario: Omit<OwnScenario, 'id'>,
): Promise<{ readonly ok: true; readonly entry: OwnScenario } | Extract<StorageOutcome, { ok: false }>> {
  const existing = await loadOwnScenarios(store);
  const slug =
    scenario.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'scenario';
  const entry: OwnScenario = { ...scenario, id: `${OWN_PREFIX}${slug}` };
  const outcome = await attemptStorage(() =>
    store.set(OWN_SCENARIOS_KEY, [...existing.filter((s) => s.id !== entry.id), entry]),
  );
  return outcome.ok ? { ok: true, entry } : outcome;
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
    load: async () => scenario.json,
  };
}
