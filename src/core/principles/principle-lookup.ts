// Looking principles and checkpoints up by id, for display: the one place a view, an export or a debrief
// turns an id into a name. Unknown ids fall back to the id itself (a story may name one the catalogue lacks;
// the checker reports it). Pure.
import type { Checkpoint, Principle, PrincipleCatalogue } from './principle-catalogue.ts';

export function findPrinciple(catalogue: PrincipleCatalogue, id: string | undefined): Principle | undefined {
  return id === undefined ? undefined : catalogue.principles.find((p) => p.id === id);
}

export function findCheckpoint(catalogue: PrincipleCatalogue, id: string | undefined): Checkpoint | undefined {
  return id === undefined ? undefined : catalogue.checkpoints.find((c) => c.id === id);
}

/** The checkpoint ("taking stock") that follows a stage, or the one for "end". */
export function checkpointAfter(catalogue: PrincipleCatalogue, stage: string): Checkpoint | undefined {
  return catalogue.checkpoints.find((c) => c.after === stage);
}

export function principleName(catalogue: PrincipleCatalogue, id: string): string {
  return findPrinciple(catalogue, id)?.name ?? id;
}

export function principleNames(catalogue: PrincipleCatalogue, ids: readonly string[]): string[] {
  return ids.map((id) => principleName(catalogue, id));
}

/** A note's heading: its principle's name, its checkpoint's name, or the key. */
export function noteTitle(catalogue: PrincipleCatalogue, key: string): string {
  return findPrinciple(catalogue, key)?.name ?? findCheckpoint(catalogue, key)?.name ?? key;
}

/** Where a stage's principle sits in the catalogue (1-based), or undefined for an unknown id. */
export function stageNumber(
  catalogue: PrincipleCatalogue,
  stage: string,
): { readonly number: number; readonly of: number } | undefined {
  const index = catalogue.principles.findIndex((p) => p.id === stage);
  return index === -1 ? undefined : { number: index + 1, of: catalogue.principles.length };
}
