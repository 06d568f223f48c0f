// Fails when an arrow of the layering breaks: core imports only core (and inkjs in its two ink modules);
// adapters import one outside library each; nothing but src/game imports Phaser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)];
  return found.map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const files = sourceFiles('src').map((f) => relative('.', f).replaceAll('\\', '/'));
const INK_MODULES = ['src/core/story/ink-runner.ts', 'src/core/story/ink-compiler.ts'];

describe('architecture', () => {
  it('finds the source files', () => {
    expect(files).toContain('src/core/story/ink-runner.ts');
  });

  it('keeps src/core free of Phaser, howler, localforage, the DOM layers and other outside code', () => {
    const leaks = files
      .filter((f) => f.startsWith('src/core/'))
      .flatMap((f) =>
        importsOf(f)
          .filter((spec) => !spec.startsWith('.') && !(spec.startsWith('inkjs') && INK_MODULES.includes(f)))
          .concat(importsOf(f).filter((spec) => /\/(app|game|adapters)\//.test(spec) || /^\.\.\/\.\.\/(app|game|adapters)/.test(spec)))
          .map((spec) => `${f} imports ${spec}`),
      );
    expect(leaks).toEqual([]);
  });

  it('lets only the runner import the inkjs runtime and only the compiler module import the compiler', () => {
    const users = files.flatMap((f) => importsOf(f).filter((s) => s.startsWith('inkjs')).map((s) => `${f}: ${s}`));
    expect(users.filter((u) => !INK_MODULES.some((m) => u.startsWith(m)))).toEqual([]);
    expect(importsOf('src/core/story/ink-runner.ts').filter((s) => s.startsWith('inkjs'))).toEqual(['inkjs']);
  });

  it('keeps Phaser inside src/game, howler and localforage inside their adapters', () => {
    const owners: Record<string, (f: string) => boolean> = {
      phaser: (f) => f.startsWith('src/game/'),
      howler: (f) => f === 'src/adapters/howler-audio.ts',
      localforage: (f) => f === 'src/adapters/localforage-save-store.ts',
    };
    const wrong = files.flatMap((f) =>
      importsOf(f)
        .filter((spec) => spec in owners && !owners[spec]!(f))
        .map((spec) => `${f} imports ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps src/app free of Phaser and of the view', () => {
    const wrong = files
      .filter((f) => f.startsWith('src/app/'))
      .flatMap((f) => importsOf(f).filter((s) => s === 'phaser' || s.includes('/game/')).map((s) => `${f} imports ${s}`));
    expect(wrong).toEqual([]);
  });
});
