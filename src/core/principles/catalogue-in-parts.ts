// The principle catalogue in two parts, so the first page carries only what it shows: ids and names (for
// option tags, coach mode and the stage banner) at once, the longer texts (each principle's "how it should
// feel", summary and questions, the checkpoints' questions) when `complete()` has loaded them. Until then the
// texts read as empty; everything that shows them waits for `complete()`. Pure.
import type { Checkpoint, Principle, PrincipleCatalogue } from './principle-catalogue.ts';

/** The names part of stories/principles.json (built by tools/vite-plugin-principles.ts). */
export interface PrincipleNames {
  readonly principles: readonly Pick<Principle, 'id' | 'name' | 'short'>[];
  readonly checkpoints: readonly Pick<Checkpoint, 'id' | 'name' | 'after'>[];
}

export interface CatalogueInParts {
  readonly catalogue: PrincipleCatalogue;
  /** True once the texts are here. */
  readonly isComplete: () => boolean;
  /** Load the texts (once, however often asked); a failed load is tried again at the next call. */
  readonly complete: () => Promise<void>;
}

export function catalogueInParts(
  names: PrincipleNames,
  loadWhole: () => Promise<PrincipleCatalogue>,
): CatalogueInParts {
  let whole: PrincipleCatalogue | undefined;
  let loading: Promise<void> | undefined;
  const principle = (id: string) => whole?.principles.find((p) => p.id === id);
  const checkpoint = (id: string) => whole?.checkpoints.find((c) => c.id === id);
  const principles: Principle[] = names.principles.map(({ id, name, short }) => ({
    id,
    name,
    short,
    get feels() {
      return principle(id)?.feels ?? '';
    },
    get summary() {
      return principle(id)?.summary ?? '';
    },
    get questions() {
      return principle(id)?.questions ?? [];
    },
  }));
  const checkpoints: Checkpoint[] = names.checkpoints.map(({ id, name, after }) => ({
    id,
    name,
    after,
    get questions() {
      return checkpoint(id)?.questions ?? [];
    },
  }));
  return {
    catalogue: { principles, checkpoints, ids: new Set(principles.map((p) => p.id)) },
    isComplete: () => whole !== undefined,
    complete: () =>
      (loading ??= loadWhole().then(
        (loaded) => {
          whole = loaded;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}
