// The catalogue shipped in stories/principles.json, validated at import; a broken file fails loudly in tests.
// Named imports only: the file's "source" citation, for people reading the file, stays out of the game's script.
import { checkpoints, principles } from '../../../stories/principles.json';
import { validatePrincipleCatalogue, type PrincipleCatalogue } from './principle-catalogue.ts';

function load(): PrincipleCatalogue {
  const result = validatePrincipleCatalogue({ principles, checkpoints });
  if (!result.ok) throw new Error(`stories/principles.json is invalid: ${result.problems.join(' ')}`);
  return result.catalogue;
}

export const DEFAULT_CATALOGUE: PrincipleCatalogue = load();
