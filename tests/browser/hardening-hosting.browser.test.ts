// The hosting headers shipped with every build: `_headers`, `.htaccess` and `nginx-headers.conf` carry the page's
// own Content-Security-Policy plus frame-ancestors 'none', nosniff and no-referrer; served with those headers the
// game starts with no policy violation, and another site cannot show it in a frame.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveFolder, type StaticServer } from '../../tools/static-server.ts';
import { pagePolicyOf } from '../../tools/vite-plugin-hosting-headers.ts';
import { launch } from './harness.ts';

const DIST = inject('distDir');
const read = (file: string): string => readFileSync(`${DIST}/${file}`, 'utf8');

/** A policy as a map of directive to its sorted sources, so order and spacing do not matter. */
function directives(policy: string): Record<string, string> {
  const entries = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([name, ...sources]): [string, string] => [name!.toLowerCase(), sources.sort().join(' ')]);
  return Object.fromEntries(entries);
}

/** The headers each file sets, by name: one parser per host's syntax. */
function headersIn(file: string): Record<string, string> {
  const text = read(file);
  const found: Record<string, string> = {};
  const patterns: Record<string, RegExp> = {
    _headers: /^\s+([A-Za-z-]+):\s*(.+)$/gm,
    '.htaccess': /^\s*Header always set ([A-Za-z-]+) "(.+)"$/gm,
    'nginx-headers.conf': /^add_header ([A-Za-z-]+) "(.+)" always;$/gm,
  };
  for (const match of text.matchAll(patterns[file]!)) found[match[1]!] = match[2]!;
  return found;
}

const pagePolicy = pagePolicyOf(read('index.html'));

describe('hosting headers', () => {
  for (const file of ['_headers', '.htaccess', 'nginx-headers.conf']) {
    it(`${file} is in the build and its policy is the page's plus frame-ancestors 'none'`, () => {
      expect(pagePolicy).toBeDefined();
      const headers = headersIn(file);
      expect(directives(headers['Content-Security-Policy'] ?? '')).toEqual({
        ...directives(pagePolicy!),
        'frame-ancestors': "'none'",
      });
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('no-referrer');
    });
  }

  describe('served with them', () => {
    let browser: Browser;
    let game: StaticServer;
    let framer: Server;
    let framerUrl: string;
    beforeAll(async () => {
      browser = await launch();
      game = await serveFolder(DIST, { headers: headersIn('_headers') });
      framer = createServer((_request, response) => {
        response.setHeader('Content-Type', 'text/html');
        response.end(`<!doctype html><title>framer</title><iframe src="${game.url}"></iframe>`);
      });
      await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
      framerUrl = `http://127.0.0.1:${(framer.address() as AddressInfo).port}/`;
    });
    afterAll(async () => {
      await browser?.close();
      await game?.close();
      framer?.close();
    });

    it('starts with no policy violation, and cannot be framed by another site', async () => {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
      const response = await page.goto(game.url);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.waitForSelector('#screen h1');
      expect(violations).toEqual([]);
      const framed = await browser.newPage();
      // The framing page's load waits for its frame, which the browser has then refused (an error page instead).
      await framed.goto(framerUrl, { waitUntil: 'load' });
      const child = framed.frames().find((f) => f !== framed.mainFrame());
      expect(child).toBeDefined();
      expect(await child!.$('#app').catch(() => null)).toBeNull();
    });
  });
});
