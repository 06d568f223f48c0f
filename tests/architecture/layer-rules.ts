// The layering of src/ as data: which layer each file belongs to, which layers it may import (and whether
// values or only types), who owns each outside library, and the few pure core selectors a view may call.
// tests/architecture.test.ts checks the real tree against this table and proves every rule can fail.

export type Layer = 'core' | 'app' | 'adapters' | 'ui' | 'game' | 'main' | 'styles' | 'content';

/**
 * What one layer may take from another: `'values'` (anything), or types from the listed files (`'all'`: any
 * file of that layer) plus values only from the listed files and names. A layer pair missing from the
 * table may not be imported at all, not even for a type.
 */
export type Allowance =
  | 'values'
  | { readonly types: 'all' | readonly string[]; readonly values?: Readonly<Record<string, readonly string[]>> };

/** Pure selectors over core data that a view may call directly: lookups and formatting of state it was given. */
export const UI_CORE_SELECTORS: Readonly<Record<string, readonly string[]>> = {
  'src/core/facilitator/facilitator-state.ts': [
    'pointKey',
    'currentPoint',
    'isRevealed',
    'votesAt',
    'totalHands',
    'majorityOf',
    'leadersOf',
    'timerRemaining',
    'timerRunning',
    'optionLetter',
    'TIMER_CHOICES_MINUTES',
  ],
  'src/core/facilitator/facilitator-flow.ts': ['viewKey'],
  'src/core/principles/principle-lookup.ts': [
    'findPrinciple',
    'findCheckpoint',
    'checkpointAfter',
    'principleName',
    'principleNames',
    'noteTitle',
    'stageNumber',
  ],
  'src/core/session/scene-page.ts': [
    'PLAYER_ID',
    'speakerOf',
    'scenePage',
    'pageHasText',
    'lastPageLine',
    'endingText',
    'readableId',
    'endingLabel',
  ],
  'src/core/session/branch-tree.ts': ['nodeKey'],
  'src/core/session/page-beats.ts': ['BEAT_CHARACTERS', 'speakerBlocks', 'pageBeats', 'backlogPages', 'linesBefore'],
};

/** The port the ui owns and the Phaser backdrop implements: the only ui file src/game may know, for its types. */
export const BACKDROP_PORT = 'src/ui/backdrop-port.ts';

/** The contracts adapters implement: core's only values an adapter may take (error and outcome types that are classes). */
export const PORTS = 'src/core/ports.ts';

export const LAYER_RULES: Readonly<Record<Layer, Partial<Record<Layer, Allowance>>>> = {
  // Pure model code: itself and the story content (principles.json) only.
  core: { core: 'values', content: 'values' },
  // Use-cases: core and itself; never the screens, the picture layer or a concrete adapter (they come in through ports).
  app: { app: 'values', core: 'values', content: 'values' },
  // One browser API or library each: core's types and its port contracts, the asset files it plays; never another adapter.
  adapters: { core: { types: 'all', values: { [PORTS]: ['*'] } }, content: 'values' },
  // Screens: what app gives them, core types and the named selectors; never an adapter or the picture layer.
  ui: {
    ui: 'values',
    app: 'values',
    core: { types: 'all', values: UI_CORE_SELECTORS },
    styles: 'values',
    content: 'values',
  },
  // The picture layer: draws plain data through the port the ui owns; never app.
  game: { game: 'values', core: { types: 'all' }, ui: { types: [BACKDROP_PORT] }, content: 'values' },
  // The composition root: builds the adapters and wires everything.
  main: {
    // src/main.ts starts the own-scenario check's worker, whose own composition root is src/check-worker-main.ts.
    main: 'values',
    core: 'values',
    app: 'values',
    adapters: 'values',
    ui: 'values',
    game: 'values',
    styles: 'values',
    content: 'values',
  },
  styles: { styles: 'values', content: 'values' },
  content: {},
};

/**
 * One owner per outside library: the files (or folders, ending in `/`) that may import each package, and the
 * entry points they may use. inkjs is taken from its per-module files so that the runner and the lazily
 * loaded compiler share one copy of the engine: `inkjs` and `inkjs/full` each bundle their own.
 */
export const LIBRARY_OWNERS: Readonly<
  Record<string, { readonly owners: readonly string[]; readonly entries: readonly string[] }>
> = {
  inkjs: {
    owners: ['src/core/story/ink-runner.ts', 'src/core/story/ink-compiler.ts'],
    entries: ['inkjs/engine/', 'inkjs/compiler/'],
  },
  howler: { owners: ['src/adapters/howler-audio.ts'], entries: ['howler'] },
  localforage: { owners: ['src/adapters/localforage-save-store.ts'], entries: ['localforage'] },
  phaser: { owners: ['src/game/'], entries: ['phaser'] },
  // The card reader (camera votes) and writer (the printed pack): one adapter, each half loaded only when used.
  'zxing-wasm': {
    owners: ['src/adapters/card-codes-zxing.ts'],
    entries: ['zxing-wasm/reader', 'zxing-wasm/writer', 'zxing-wasm/reader/', 'zxing-wasm/writer/'],
  },
  docx: { owners: ['src/adapters/docx-writer.ts'], entries: ['docx'] },
  '@xapi/cmi5': { owners: ['src/adapters/cmi5-connection.ts'], entries: ['@xapi/cmi5'] },
};

/** Files that must never import a value from a module that pulls in the ink compiler (it is loaded lazily). */
export const INK_COMPILER_ENTRY = 'inkjs/compiler/';

export function layerOf(path: string): Layer | undefined {
  // The composition roots: the page's, the own-scenario check's Web Worker's, and a learning platform's package's
  // (src/lms-boot.ts, loaded by main.ts only when the page carries an lms-launch element).
  if (path === 'src/main.ts' || path === 'src/check-worker-main.ts' || path === 'src/lms-boot.ts') return 'main';
  const match = /^src\/(core|app|adapters|ui|game|styles)\//.exec(path);
  if (match) return match[1] as Layer;
  if (/^(stories|assets)\//.test(path)) return 'content';
  return undefined;
}

/** `@scope/name/x` → `@scope/name`; `name/x` → `name`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export const isPackage = (target: string): boolean =>
  !target.startsWith('.') &&
  !target.startsWith('/') &&
  layerOf(target) === undefined &&
  !/^(src|tests|tools|bench)\//.test(target);
