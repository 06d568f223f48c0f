// Principle names and stage numbers for display, looked up from the catalogue.
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';

export function principleName(catalogue: PrincipleCatalogue, id: string): string {
  return catalogue.principles.find((p) => p.id === id)?.name ?? id;
}

export function stageLabel(catalogue: PrincipleCatalogue, stage: string | undefined): string {
  if (!stage) return '';
  const index = catalogue.principles.findIndex((p) => p.id === stage);
  return index === -1 ? principleName(catalogue, stage) : `Stage ${index + 1} of ${catalogue.principles.length}: ${principleName(catalogue, stage)}`;
}
