// Types for `.ink` imports, compiled by tools/vite-plugin-ink.ts, and for build-time constants.

/** What the ink plugin reads from a story's top-of-file tags, for the scenario menu. */
interface InkScenarioMeta {
  readonly id?: string;
  readonly title?: string;
  readonly summary?: string;
  readonly contentNote?: string;
  readonly lengthMinutes?: number;
  readonly variantOf?: string;
  readonly role?: string;
  readonly problems?: readonly string[];
}

declare module '*.ink' {
  const json: string;
  export default json;
  export const meta: InkScenarioMeta;
}

declare module '*.ink?meta' {
  const meta: InkScenarioMeta;
  export default meta;
}

/** The story in two downloads (src/core/story/story-parts.ts): options' reasons as markers, then the reasons. */
declare module '*.ink?first-part' {
  const json: string;
  export default json;
  /** The fingerprint of the whole story, as `storyVersion` gives it for the joined text. */
  export const version: string;
  export const reasons: () => Promise<readonly string[]>;
}

/** The principles' ids and names alone (tools/vite-plugin-principles.ts). */
declare module '*principles.json?names' {
  const names: import('./core/principles/catalogue-in-parts.ts').PrincipleNames;
  export default names;
}

/** Set by vite.config.ts: true where the build ships sw.js (not in the single file, which has none to register). */
declare const __PRACTICE_PATHS_SERVICE_WORKER__: boolean;
