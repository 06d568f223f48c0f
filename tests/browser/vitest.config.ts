// Browser tests: build the game once, serve it on 127.0.0.1, drive it in Debian's headless Chromium.
import { defineConfig } from 'vitest/config';
import { inkPlugin } from '../../tools/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    root: '.',
    include: ['tests/browser/**/*.browser.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
