// The layering of src/ (tests/architecture/layer-rules.ts) holds on the real tree, and every rule can fail:
// each bad import below, alone in a small graph or added as one line to a real file, is caught.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, importsOf, sourceFiles, type ImportEdge } from './architecture/import-graph.ts';
import { checkLayers, type Violation } from './architecture/layer-check.ts';
import { KNOWN_VIOLATIONS } from './architecture/known-violations.ts';

const graph = importGraph('src');

function edge(
  from: string,
  to: string,
  options: Partial<Pick<ImportEdge, 'typeOnly' | 'dynamic' | 'values'>> = {},
): ImportEdge {
  const typeOnly = options.typeOnly ?? false;
  return {
    from,
    to,
    typeOnly,
    dynamic: options.dynamic ?? false,
    values: typeOnly ? [] : (options.values ?? ['x']),
    line: 1,
  };
}

const rulesBroken = (edges: readonly ImportEdge[]): Violation['rule'][] => checkLayers(edges).map((v) => v.rule);

describe('the rule table on src/', () => {
  it('reads every source file, type imports and dynamic imports included', () => {
    const files = sourceFiles('src');
    expect(files).toContain('src/core/story/ink-runner.ts');
    expect(graph.some((e) => e.typeOnly)).toBe(true);
    expect(graph.some((e) => e.dynamic)).toBe(true);
  });

  it('has no violation beyond the named, shrinking list of known ones', () => {
    const found = checkLayers(graph);
    const known = found.filter((v) => KNOWN_VIOLATIONS.some((k) => k.matches(v.message)));
    if (known.length > 0)
      console.warn(
        `Known layering violations still in src/ (tests/architecture/known-violations.ts):\n${known.map((v) => `  ${v.message}`).join('\n')}`,
      );
    expect(found.filter((v) => !known.includes(v)).map((v) => v.message)).toEqual([]);
    const stale = KNOWN_VIOLATIONS.filter((k) => !found.some((v) => k.matches(v.message)));
    expect(stale.map((k) => `fixed, remove from the known list: ${k.name}`)).toEqual([]);
  });
});

describe('every rule can fail, on a small import graph', () => {
  const good: ImportEdge[] = [
    edge('src/main.ts', 'src/adapters/howler-audio.ts'),
    edge('src/main.ts', 'src/ui/game-app.ts'),
    edge('src/main.ts', 'src/game/phaser-backdrop.ts', { dynamic: true }),
    edge('src/ui/game-app.ts', 'src/app/play-controller.ts'),
    edge('src/ui/game-app.ts', 'src/core/session/session-types.ts', { typeOnly: true }),
    edge('src/ui/facilitator/presenter-view.ts', 'src/core/facilitator/facilitator-state.ts', {
      values: ['optionLetter', 'votesAt'],
    }),
    edge('src/ui/facilitator/presenter-view.ts', 'src/styles/facilitator.css'),
    edge('src/app/play-controller.ts', 'src/core/session/play-session.ts'),
    edge('src/core/session/play-session.ts', 'src/core/story/ink-runner.ts'),
    edge('src/core/story/ink-runner.ts', 'inkjs/engine/Story'),
    edge('src/core/story/ink-compiler.ts', 'inkjs/compiler/Compiler'),
    edge('src/core/principles/default-catalogue.ts', 'stories/principles.json'),
    edge('src/adapters/howler-audio.ts', 'howler'),
    edge('src/adapters/howler-audio.ts', 'src/core/ports.ts', { values: ['StorageError'] }),
    edge('src/adapters/howler-audio.ts', 'assets/audio/sfx/*.mp3'),
    edge('src/game/phaser-backdrop.ts', 'phaser'),
    edge('src/game/backdrop-scene.ts', 'phaser'),
    edge('src/game/phaser-backdrop.ts', 'src/ui/backdrop-port.ts', { typeOnly: true }),
    edge('src/game/phaser-backdrop.ts', 'src/core/story/known-ids.ts', { typeOnly: true }),
  ];

  it('passes a graph that keeps every rule', () => {
    expect(checkLayers(good)).toEqual([]);
  });

  const bad: readonly [string, readonly ImportEdge[], Violation['rule'] | Violation['rule'][]][] = [
    ['core → ui', [edge('src/core/scoring/tallies.ts', 'src/ui/dom.ts')], 'layer'],
    ['core → ui, a type only', [edge('src/core/scoring/tallies.ts', 'src/ui/dom.ts', { typeOnly: true })], 'layer'],
    ['core → app', [edge('src/core/session/play-session.ts', 'src/app/settings.ts')], 'layer'],
    [
      'core → adapters',
      [edge('src/core/scoring/tallies.ts', 'src/adapters/howler-audio.ts', { typeOnly: true })],
      'layer',
    ],
    ['core → game', [edge('src/core/ports.ts', 'src/game/backdrop-layout.ts')], 'layer'],
    ['app → ui', [edge('src/app/profiles.ts', 'src/ui/dom.ts')], 'layer'],
    ['app → ui, a type only', [edge('src/app/profiles.ts', 'src/ui/ui-context.ts', { typeOnly: true })], 'layer'],
    ['app → adapters', [edge('src/app/save-manager.ts', 'src/adapters/localforage-save-store.ts')], 'layer'],
    ['app → game', [edge('src/app/save-manager.ts', 'src/game/idle-loop.ts', { dynamic: true })], 'layer'],
    ['adapters → adapters', [edge('src/adapters/howler-audio.ts', 'src/adapters/silent-audio.ts')], 'layer'],
    ['adapters → app', [edge('src/adapters/howler-audio.ts', 'src/app/settings.ts', { typeOnly: true })], 'layer'],
    ['adapters → ui', [edge('src/adapters/howler-audio.ts', 'src/ui/dom.ts')], 'layer'],
    [
      'adapters → a core value outside the ports',
      [edge('src/adapters/localforage-save-store.ts', 'src/core/save/save-record.ts', { values: ['parseSave'] })],
      'layer',
    ],
    ['ui → adapters', [edge('src/ui/game-app.ts', 'src/adapters/howler-audio.ts')], 'layer'],
    [
      'ui → adapters, a type only',
      [edge('src/ui/game-app.ts', 'src/adapters/howler-audio.ts', { typeOnly: true })],
      'layer',
    ],
    ['ui → game', [edge('src/ui/game-app.ts', 'src/game/phaser-backdrop.ts', { dynamic: true })], 'layer'],
    [
      'ui → a core value that is not a named selector',
      [edge('src/ui/screens/debrief-screen.ts', 'src/core/scoring/debrief-model.ts', { values: ['buildDebrief'] })],
      'core-value-in-ui',
    ],
    [
      'ui → an unlisted value of a selector module',
      [
        edge('src/ui/facilitator/presenter-view.ts', 'src/core/facilitator/facilitator-state.ts', {
          values: ['optionLetter', 'createFacilitatorState'],
        }),
      ],
      'core-value-in-ui',
    ],
    [
      'ui → a core namespace import',
      [edge('src/ui/facilitator/presenter-view.ts', 'src/core/facilitator/facilitator-state.ts', { values: ['*'] })],
      'core-value-in-ui',
    ],
    ['ui → core for side effects', [edge('src/ui/dom.ts', 'src/core/ports.ts', { values: [] })], 'core-value-in-ui'],
    ['game → app', [edge('src/game/backdrop-scene.ts', 'src/app/settings.ts', { typeOnly: true })], 'layer'],
    ['game → a ui value', [edge('src/game/backdrop-scene.ts', 'src/ui/backdrop-port.ts')], 'layer'],
    [
      'game → ui types other than the port',
      [edge('src/game/backdrop-scene.ts', 'src/ui/ui-context.ts', { typeOnly: true })],
      'layer',
    ],
    [
      'game → a core value',
      [edge('src/game/backdrop-art.ts', 'src/core/story/known-ids.ts', { values: ['PLACES'] })],
      'layer',
    ],
    ['a second importer of inkjs', [edge('src/app/own-scenarios.ts', 'inkjs/engine/Story')], 'library-owner'],
    [
      'a second importer of inkjs, in core',
      [edge('src/core/checker/story-explorer.ts', 'inkjs/compiler/Compiler')],
      'library-owner',
    ],
    [
      'inkjs/full, which carries a second copy of the runtime',
      [edge('src/core/story/ink-compiler.ts', 'inkjs/full')],
      'library-entry',
    ],
    [
      'the inkjs bundle, which cannot share the engine with the compiler',
      [edge('src/core/story/ink-runner.ts', 'inkjs')],
      'library-entry',
    ],
    ['a second importer of howler', [edge('src/adapters/silent-audio.ts', 'howler')], 'library-owner'],
    ['a second importer of localforage', [edge('src/app/backup.ts', 'localforage')], 'library-owner'],
    ['a second importer of phaser', [edge('src/ui/backdrop-port.ts', 'phaser', { typeOnly: true })], 'library-owner'],
    ['a library with no owner', [edge('src/core/scoring/tallies.ts', 'lodash')], 'library-owner'],
    ['a Node built-in in src', [edge('src/core/scoring/tallies.ts', 'node:fs')], 'library-owner'],
    [
      'an adapter wrapping two libraries',
      [edge('src/adapters/howler-audio.ts', 'howler'), edge('src/adapters/howler-audio.ts', 'localforage')],
      ['library-owner', 'adapter-libraries'],
    ],
    ['a file in no layer', [edge('src/helpers.ts', 'src/core/ports.ts')], 'unknown-file'],
    ['an import of test code', [edge('src/main.ts', 'tests/helpers/story-fixtures.ts')], 'unknown-file'],
    [
      'a computed dynamic import',
      [edge('src/app/scenario-catalogue.ts', '<computed: name>', { dynamic: true })],
      'computed-import',
    ],
    ['a cycle of value imports', [edge('src/ui/a.ts', 'src/ui/b.ts'), edge('src/ui/b.ts', 'src/ui/a.ts')], 'cycle'],
    [
      'a cycle closed by a type import',
      [
        edge('src/ui/game-app.ts', 'src/ui/screens/menu.ts'),
        edge('src/ui/screens/menu.ts', 'src/ui/game-app.ts', { typeOnly: true }),
      ],
      'cycle',
    ],
    [
      'a longer cycle',
      [
        edge('src/app/a.ts', 'src/app/b.ts'),
        edge('src/app/b.ts', 'src/app/c.ts', { typeOnly: true }),
        edge('src/app/c.ts', 'src/app/a.ts', { dynamic: true }),
      ],
      'cycle',
    ],
    ['a file importing itself', [edge('src/core/a.ts', 'src/core/a.ts')], 'cycle'],
  ];

  it.each(bad)('fails on %s', (_name, edges, rule) => {
    expect(rulesBroken([...good, ...edges])).toEqual(Array.isArray(rule) ? rule : [rule]);
  });
});

describe('every rule can fail, on one line added to a real file', () => {
  // Each line goes into a real file of the layer (the preferred one while it exists), written relative to it,
  // and the file is re-read by the same parser as the real tree.
  const hostIn = (preferred: string): string => {
    if (existsSync(preferred)) return preferred;
    const folder = preferred.slice(0, preferred.lastIndexOf('/'));
    return sourceFiles(folder.split('/').slice(0, 2).join('/'))[0]!;
  };
  const specifier = (host: string, target: string): string => {
    if (!target.startsWith('src/')) return target;
    const path = relative(dirname(host), target).replaceAll('\\', '/');
    return path.startsWith('.') ? path : `./${path}`;
  };
  const lines: readonly [string, string, string, Violation['rule']][] = [
    ['src/core/scoring/tallies.ts', 'src/ui/dom.ts', "import { el } from '%s';", 'layer'],
    ['src/core/scoring/tallies.ts', 'src/ui/ui-context.ts', "import type { UiContext } from '%s';", 'layer'],
    ['src/core/session/play-session.ts', 'src/app/settings.ts', "export { readSettings } from '%s';", 'layer'],
    ['src/core/ports.ts', 'src/adapters/howler-audio.ts', "type Audio = import('%s').HowlerAudio;", 'layer'],
    ['src/app/profiles.ts', 'src/ui/dom.ts', "import { el } from '%s';", 'layer'],
    ['src/app/save-manager.ts', 'src/adapters/localforage-save-store.ts', "const store = () => import('%s');", 'layer'],
    [
      'src/adapters/howler-audio.ts',
      'src/adapters/localforage-save-store.ts',
      "import type { LocalforageSaveStore } from '%s';",
      'layer',
    ],
    ['src/ui/dom.ts', 'src/adapters/howler-audio.ts', "import { HowlerAudio } from '%s';", 'layer'],
    ['src/ui/dom.ts', 'howler', "import { type Howl, Howler } from '%s';", 'library-owner'],
    ['src/game/idle-loop.ts', 'src/app/settings.ts', "import { type Settings } from '%s';", 'layer'],
    [
      'src/ui/screens/title-screen.ts',
      'src/core/scoring/debrief-model.ts',
      "import { buildDebrief as build } from '%s';",
      'core-value-in-ui',
    ],
    ['src/app/profiles.ts', 'inkjs/engine/Story', "import { Story } from '%s';", 'library-owner'],
    ['src/core/story/ink-compiler.ts', 'inkjs/full', "import { Compiler as C } from '%s';", 'library-entry'],
    ['src/app/backup.ts', 'localforage', "import localforage from '%s';", 'library-owner'],
    ['src/ui/dom.ts', 'phaser', "import Phaser from '%s';", 'library-owner'],
  ];

  const baseline = checkLayers(graph).map((v) => v.message);
  const addedRules = (host: string, line: string): Violation['rule'][] => {
    const text = `${readFileSync(host, 'utf8')}\n${line}\n`;
    const changed = [...graph.filter((e) => e.from !== host), ...importsOf(host, text)];
    return checkLayers(changed)
      .filter((v) => !baseline.includes(v.message))
      .map((v) => v.rule);
  };

  it.each(lines)('fails on %s + an import of %s', (preferred, target, form, rule) => {
    const host = hostIn(preferred);
    expect(addedRules(host, form.replace('%s', specifier(host, target)))).toContain(rule);
  });

  it('fails on a type import that closes a cycle', () => {
    const back = graph.find((e) => e.from.startsWith('src/core/') && e.to.startsWith('src/core/') && e.from !== e.to)!;
    expect(addedRules(back.to, `import type { X } from '${specifier(back.to, back.from)}';`)).toContain('cycle');
  });

  it('ignores imports written in comments and strings', () => {
    const text =
      "// import { el } from '../../ui/dom.ts';\nconst s = \"import { el } from '../../ui/dom.ts'\";\n/* import('../../app/settings.ts') */\n";
    expect(importsOf('src/core/scoring/tallies.ts', text)).toEqual([]);
  });
});
