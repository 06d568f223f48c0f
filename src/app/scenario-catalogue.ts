// The scenarios the game ships (every stories/*/main.ink), with the metadata the menu shows.
// Story text is loaded only when a scenario starts, so the first screen stays small.

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
export function buildCatalogue(metas: Record<string, InkMeta>, loaders: Record<string, () => Promise<string>>): ScenarioEntry[] {
  const entries = Object.entries(metas).flatMap(([path, meta]) => {
    const folder = path.split('/').at(-2) ?? path;
    const load = loaders[path];
    if (!load) return [];
    return [{
      id: meta.id ?? folder,
      title: meta.title ?? folder,
      summary: meta.summary ?? '',
      contentNote: meta.contentNote ?? GENERIC_NOTE,
      lengthMinutes: meta.lengthMinutes,
      variantOf: meta.variantOf,
      load,
    }];
  });
  return entries.sort(menuOrder);
}

/** The main case first, then its variants, then short practice scenarios. */
function menuOrder(a: ScenarioEntry, b: ScenarioEntry): number {
  const rank = (e: ScenarioEntry) => (e.id === 'cassie-and-jo' ? 0 : e.variantOf ? 1 : 2);
  return rank(a) - rank(b) || a.title.localeCompare(b.title, 'en-GB');
}

export function bundledScenarios(): ScenarioEntry[] {
  const metas = import.meta.glob<InkMeta>('../../stories/*/main.ink', { query: '?meta', import: 'default', eager: true });
  const loaders = import.meta.glob<string>('../../stories/*/main.ink', { import: 'default' });
  return buildCatalogue(metas, loaders);
}

export function findScenario(catalogue: readonly ScenarioEntry[], id: string): ScenarioEntry | undefined {
  return catalogue.find((entry) => entry.id === id);
}
