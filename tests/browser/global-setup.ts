// Builds the production game once into a folder of this run's own (so two runs at once never share one)
// and serves it for every browser test file.
import { rmSync } from 'node:fs';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveFolder, type StaticServer } from '../../tools/static-server.ts';

let server: StaticServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const distDir = `test-output/build-${process.pid}`;
  await build({
    configFile: 'vite.config.ts',
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: distDir, emptyOutDir: true },
  });
  process.env.NODE_ENV = nodeEnv;
  server = await serveFolder(distDir);
  project.provide('gameUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server?.close();
    rmSync(distDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    gameUrl: string;
    /** The folder the game was built into for this run. */
    distDir: string;
  }
}
