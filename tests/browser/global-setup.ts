// Builds the production game and the single-file build once, into folders of this run's own (so two runs at
// once never share one), serves the game for every browser test file and hands the single file to those that need it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveFolder, type StaticServer } from '../../tools/static-server.ts';
import { featureSwitches, type FeatureSwitches } from './chromium-features.ts';

let server: StaticServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const distDir = `test-output/build-${process.pid}`;
  const singleDir = `${distDir}-single`;
  // The single file builds in a process of its own while this one builds the game: each leaves a core idle.
  const single = promisify(execFile)(process.execPath, ['--import', 'tsx', 'tools/build-single.ts', singleDir]);
  await build({
    configFile: 'vite.config.ts',
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: distDir, emptyOutDir: true },
  });
  process.env.NODE_ENV = nodeEnv;
  await single;
  project.provide('chromiumFeatures', await featureSwitches());
  server = await serveFolder(distDir);
  project.provide('gameUrl', server.url);
  project.provide('distDir', distDir);
  project.provide('singleFile', resolve(join(singleDir, 'practice-paths.html')));
  return async () => {
    await server?.close();
    rmSync(distDir, { recursive: true, force: true });
    rmSync(singleDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    gameUrl: string;
    /** The folder the game was built into for this run. */
    distDir: string;
    /** The single-file build of this run (`tools/build-single.ts`): one HTML file, read-only for the tests. */
    singleFile: string;
    /** Chromium's --disable-features switch for this run, and Playwright's to leave out (chromium-features.ts). */
    chromiumFeatures: FeatureSwitches;
  }
}
