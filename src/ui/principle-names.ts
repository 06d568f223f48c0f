// Principle names and stage numbers for display, looked up through core's principle selectors.
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import { principleName, stageNumber } from '../core/principles/principle-lookup.ts';

export { principleName };

export function stageLabel(catalogue: PrincipleCatalogue, stage: string | undefined): string {
  if (!stage) return '';
  const at = stageNumber(catalogue, stage);
  return at ? `Stage ${at.number} of ${at.of}: ${principleName(catalogue, stage)}` : principleName(catalogue, stage);
}
