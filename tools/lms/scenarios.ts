// The bundled scenarios a package may offer, read from the header tags of stories/*/main.ink (scenario id and
// title), and the choice of some of them by id with a clear error for an id that isn't there.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface PackagedScenario {
  readonly id: string;
  readonly title: string;
}

const tag = (source: string, name: string): string | undefined =>
  new RegExp(`^#\\s*${name}:\\s*(.+)$`, 'm').exec(source)?.[1]?.trim();

export function bundledScenarios(storiesFolder = 'stories'): PackagedScenario[] {
  return readdirSync(storiesFolder)
    .map((folder) => join(storiesFolder, folder, 'main.ink'))
    .filter((file) => existsSync(file))
    .map((file) => {
      const source = readFileSync(file, 'utf8');
      const id = tag(source, 'scenario');
      if (!id) throw new Error(`${file} has no "# scenario:" tag.`);
      return { id, title: tag(source, 'title') ?? id };
    });
}

/** The scenarios named (in the order given), or all of them when none are named. */
export function chosenScenarios(all: readonly PackagedScenario[], ids: readonly string[]): PackagedScenario[] {
  if (ids.length === 0) return [...all];
  return ids.map((id) => {
    const found = all.find((scenario) => scenario.id === id);
    if (!found) throw new Error(`No scenario "${id}". The scenarios are: ${all.map((s) => s.id).join(', ')}.`);
    return found;
  });
}
