// Production build of the bare ink player (the benchmark's baseline), with the game's own ink plugin and
// the same build target, so both sides of the comparison are built the same way.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inkPlugin } from '../../tools/vite-plugin-ink.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [inkPlugin()],
  logLevel: 'warn',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
});
