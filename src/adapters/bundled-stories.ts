// The scenarios the game ships: every stories/*/main.ink, compiled at build time by the ink plugin. The menu's
// metadata comes eagerly; each story's JSON loads only when the scenario starts, so the first screen stays small.

export interface BundledStories {
  /** Metadata by module path. */
  readonly metas: Record<string, InkScenarioMeta>;
  /** Loaders of the compiled story JSON, by the same paths. */
  readonly loaders: Record<string, () => Promise<string>>;
}

export function bundledStories(): BundledStories {
  return {
    metas: import.meta.glob<InkScenarioMeta>('../../stories/*/main.ink', {
      query: '?meta',
      import: 'default',
      eager: true,
    }),
    loaders: import.meta.glob<string>('../../stories/*/main.ink', { import: 'default' }),
  };
}
