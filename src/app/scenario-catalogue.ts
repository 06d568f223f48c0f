// The scenario list the menu shows: the bundled stories (found by src/adapters/bundled-stories.ts) in menu
// order, each with its metadata and a loader; story text is loaded only when a scenario starts.

export interface ScenarioEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly contentNote: string;
  readonly lengthMinutes: number | undefined;
  readonly variantOf: string | undefined;
  /** A trainer's own scenario, opened from a file and kept on this device. */
  readonly own?: boolean;
  /** Loads the compiled story JSON. */
  readonly load: () => Promise<string>;
}

type InkMeta = InkScenarioMeta;

const GENERIC_NOTE = 'This scenario may describe child exploitation, abuse, violence and coercion.';

/** Build entries from module maps (Vite globs in the app, plain objects in tests). */
export function buildCatalogue(
  metas: Record<string, InkMeta>,
  loaders: Record<string, () => Promise<string>>,
): ScenarioEntry[] {
  const entries = Object.entries(metas).flatMap(([path, meta]) => {
    const folder = path.split('/').at(-2) ?? path;
    const load = loaders[path];
    if (!load) return [];
    return [
      {
        id: meta.id ?? folder,
        title: meta.title ?? folder,
        summary: meta.summary ?? '',
        contentNote: meta.contentNote ?? GENERIC_NOTE,
        lengthMinutes: meta.lengthMinutes,
        variantOf: meta.variantOf,
        load,
      },
    ];
  });
  return entries.sort(menuOrder);
}

/** The main case first, then its variants, then short practice scenarios. */
function menuOrder(a: ScenarioEntry, b: ScenarioEntry): number {
  const rank = (e: ScenarioEntry) => (e.id === 'cassie-and-jo' ? 0 : e.variantOf ? 1 : 2);
  return rank(a) - rank(b) || a.title.localeCompare(b.title, 'en-GB');
}

export function findScenario(catalogue: readonly ScenarioEntry[], id: string): ScenarioEntry | undefined {
  return catalogue.find((entry) => entry.id === id);
}
