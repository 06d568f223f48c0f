// `npm run build:single`: one self-contained HTML file (dist-single/practice-paths.html) with every script,
// style, picture and sound inside it, for a USB stick or an email attachment, opened as a file:// page.
// Its Content-Security-Policy allows exactly the inlined script and style, by hash, and workers from blob: URLs
// (the own-scenario check's worker is inlined), and nothing else.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/** The output folder: `dist-single`, or the folder given as the first argument (tests use one of their own). */
const OUT = process.argv[2] ?? 'dist-single';
const TEMP = join(OUT, '.build');

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  await build({
    configFile: 'vite.config.ts',
    mode: 'production',
    logLevel: 'warn',
    // One file, no sw.js beside it: registering one would only log a refusal (inside every learning platform too).
    define: { __PRACTICE_PATHS_SERVICE_WORKER__: 'false' },
    build: {
      outDir: TEMP,
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      rolldownOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const html = readFileSync(join(TEMP, 'index.html'), 'utf8');
  const assets = join(TEMP, 'assets');
  const files = readdirSync(assets);
  const script = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8'));
  const style = files
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  if (script.length !== 1)
    throw new Error(`Expected one script after inlining, found ${script.length}: ${files.join(', ')}`);
  const code = script[0]!.replaceAll('</script', '<\\/script');
  const iconUrl = /<link rel="icon"[^>]*href="([^"]+)"/.exec(html)?.[1];
  const policy = [
    "default-src 'none'",
    // WebAssembly (the card reader and writer) may compile; no other eval.
    `script-src ${sha256(code)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    'img-src data: blob:',
    'media-src data: blob:',
    'connect-src data: blob:',
    // The own-scenario check's Web Worker is inlined and started from a blob: only the page's own script can make one.
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const single = html
    .replace(
      /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/,
      `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    )
    .replace(/<script type="module" crossorigin src="[^"]+"><\/script>/, () => '')
    .replace(/<link rel="stylesheet" crossorigin href="[^"]+">/, () => `<style>${style}</style>`)
    .replace(/<link rel="icon"[^>]*>/, () =>
      iconUrl?.startsWith('data:') ? `<link rel="icon" href="${iconUrl}" />` : '',
    )
    .replace('</body>', () => `<script type="module">${code}</script>\n</body>`);
  if (/(src|href)="\.?\/?assets\//.test(single)) throw new Error('The single file still refers to a separate asset.');
  if (!single.includes(`content="${policy}"`))
    throw new Error('The single file kept the page policy instead of its own.');
  mkdirSync(OUT, { recursive: true });
  const target = join(OUT, 'practice-paths.html');
  writeFileSync(target, single);
  rmSync(TEMP, { recursive: true, force: true });
  console.log(
    `Wrote ${target} (${(statSync(target).size / 1024 / 1024).toFixed(1)} MB). Open it in a browser, from a USB stick or an email attachment.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
