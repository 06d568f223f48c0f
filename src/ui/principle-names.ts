// Principle names and stage numbers for display, looked up through core's principle selectors. A story with
// its own stages (fewer than the eight) is numbered among its own: "Stage 2 of 2", never "Stage 6 of 8".
import type { PrincipleCatalogue } from '../core/principles/principle-catalogue.ts';
import { principleName, stageNumber } from '../core/principles/principle-lookup.ts';

export { principleName };

/**
 * "Stage n of m: name". `storyStages`, the principles the story's own `stage:` tags name, numbers the stage
 * among them (in the catalogue's order); without it, or for a stage the story does not list, among all eight.
 */
export function stageLabel(
  catalogue: PrincipleCatalogue,
  stage: string | undefined,
  storyStages: readonly string[] = [],
): string {
  if (!stage) return '';
  const own = catalogue.principles.filter((p) => storyStages.includes(p.id));
  const index = own.findIndex((p) => p.id === stage);
  const at = index === -1 ? stageNumber(catalogue, stage) : { number: index + 1, of: own.length };
  return at ? `Stage ${at.number} of ${at.of}: ${principleName(catalogue, stage)}` : principleName(catalogue, stage);
}
