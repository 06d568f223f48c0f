// The catalogue shipped in stories/principles.json, validated at import; a broken file fails loudly in tests.
import raw from '../../../stories/principles.json';
import { validatePrincipleCatalogue, type PrincipleCatalogue } from './principle-catalogue.ts';

function load(): PrincipleCatalogue {
  const result = validatePrincipleCatalogue(raw);
  if (!result.ok) throw new Error(`stories/principles.json is invalid: ${result.problems.join(' ')}`);
  return result.catalogue;
}

export const DEFAULT_CATALOGUE: PrincipleCatalogue = load();
