// Browser tests: build the game once, serve it on 127.0.0.1, drive it in Debian's headless Chromium, a file per core.
import { defineConfig } from 'vitest/config';
import { inkPlugin } from '../../tools/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    root: '.',
    include: ['tests/browser/**/*.browser.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    // Timeouts only catch a hang: every wait in these tests is for a condition, never a fixed sleep.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // One test file per core, each with its own Chromium: the files share only the built game they read.
    fileParallelism: true,
    maxWorkers: '100%',
  },
});
