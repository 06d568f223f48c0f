// Builds the production game once and serves it for every browser test file.
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveFolder, type StaticServer } from '../../tools/static-server.ts';

let server: StaticServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn', build: { outDir: 'dist' } });
  process.env.NODE_ENV = nodeEnv;
  server = await serveFolder('dist');
  project.provide('gameUrl', server.url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    gameUrl: string;
  }
}
