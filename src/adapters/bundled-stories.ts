// The scenarios the game ships: every stories/*/main.ink, compiled at build time by the ink plugin. The menu's
// metadata comes eagerly; each story loads only when the scenario starts, so the first screen stays small, and
// in two parts (tools/vite-plugin-ink.ts): the story with its options' reasons as markers, then the reasons.
import type { StoryFirstPart } from '../core/story/story-parts.ts';

interface FirstPartModule {
  readonly default: string;
  readonly version: string;
  readonly reasons: () => Promise<readonly string[]>;
}

export interface BundledStories {
  /** Metadata by module path. */
  readonly metas: Record<string, InkScenarioMeta>;
  /** Loaders of each story's first part, by the same paths. */
  readonly firstParts: Record<string, () => Promise<StoryFirstPart>>;
}

export function bundledStories(): BundledStories {
  const modules = import.meta.glob<FirstPartModule>('../../stories/*/main.ink', { query: '?first-part' });
  return {
    metas: import.meta.glob<InkScenarioMeta>('../../stories/*/main.ink', {
      query: '?meta',
      import: 'default',
      eager: true,
    }),
    firstParts: Object.fromEntries(
      Object.entries(modules).map(([path, load]) => [
        path,
        async (): Promise<StoryFirstPart> => {
          const first = await load();
          return { json: first.default, version: first.version, reasons: first.reasons };
        },
      ]),
    ),
  };
}
