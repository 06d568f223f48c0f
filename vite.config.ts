// Build, dev server and test runner configuration. `.ink` files are compiled at build time by the ink plugin.
/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { inkPlugin } from './tools/vite-plugin-ink.ts';
import { hostingHeadersPlugin } from './tools/vite-plugin-hosting-headers.ts';
import { offlinePlugin } from './tools/vite-plugin-offline.ts';
import { principlesPlugin } from './tools/vite-plugin-principles.ts';

export default defineConfig(({ command }) => ({
  base: './',
  define: {
    // True in served builds (where sw.js exists), whatever NODE_ENV the build ran under; the single-file build
    // (tools/build-single.ts) has no sw.js and turns it off.
    __PRACTICE_PATHS_SERVICE_WORKER__: JSON.stringify(command === 'build'),
  },
  plugins: [inkPlugin(), principlesPlugin(), offlinePlugin(), hostingHeadersPlugin()],
  resolve: {
    // localforage's build without its Promise polyfill: every browser the game supports has Promise (1 KiB less).
    alias: [{ find: /^localforage$/, replacement: 'localforage/dist/localforage.nopromises.js' }],
  },
  build: {
    target: 'es2022',
    // Sounds stay separate files, fetched when first played, never inlined into the first script.
    assetsInlineLimit: (file: string) => (file.endsWith('.mp3') ? false : undefined),
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    // Every story is checked once per run, shared between test files and shared out between workers.
    globalSetup: ['tests/helpers/story-reports-setup.ts'],
    // One worker per core (vitest's default leaves one core idle, which on two cores halves the speed).
    maxWorkers: '100%',
    // The test files share each worker's loaded modules (no test mocks a module or patches a global), so inkjs,
    // the stories and the core are loaded twice per run, not once per file.
    isolate: false,
    // Timeouts only catch a hang: every budget that decides a result counts work, so a busy machine is slower, not different.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
}));
