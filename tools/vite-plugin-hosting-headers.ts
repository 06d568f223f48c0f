// Security headers for a hosted copy, written into every build beside index.html: `_headers` (Netlify and
// Cloudflare Pages read it from the published folder), `.htaccess` (Apache with mod_headers) and
// `nginx-headers.conf` (an nginx snippet to include). Their Content-Security-Policy is the page's own <meta>
// policy, taken from the built index.html so the two can never drift apart, plus `frame-ancestors 'none'`,
// which only a header can set: the game cannot be framed by another site.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The headers every hosted copy should send, for a page whose <meta> policy is `pagePolicy`. */
export function securityHeaders(pagePolicy: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${pagePolicy.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // For browsers too old to read frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}

/** The <meta http-equiv="Content-Security-Policy"> policy of an HTML page, or undefined. */
export function pagePolicyOf(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
}

export function hostingFiles(pagePolicy: string): Record<string, string> {
  const headers = Object.entries(securityHeaders(pagePolicy));
  return {
    _headers: [
      '# Practice Paths: security headers for Netlify and Cloudflare Pages (read from the published folder).',
      '/*',
      ...headers.map(([name, value]) => `  ${name}: ${value}`),
      '',
    ].join('\n'),
    '.htaccess': [
      '# Practice Paths: security headers for Apache (needs mod_headers; AllowOverride FileInfo or All).',
      '<IfModule mod_headers.c>',
      ...headers.map(([name, value]) => `  Header always set ${name} "${value}"`),
      '</IfModule>',
      '',
    ].join('\n'),
    'nginx-headers.conf': [
      '# Practice Paths: security headers for nginx. Include this file inside the server { } or location { }',
      '# block that serves the game: include /path/to/nginx-headers.conf;',
      ...headers.map(([name, value]) => `add_header ${name} "${value}" always;`),
      '',
    ].join('\n'),
  };
}

export function hostingHeadersPlugin(): Plugin {
  return {
    name: 'practice-paths-hosting-headers',
    apply: 'build',
    writeBundle(options) {
      const outDir = options.dir ?? 'dist';
      const page = join(outDir, 'index.html');
      const policy = existsSync(page) ? pagePolicyOf(readFileSync(page, 'utf8')) : undefined;
      if (!policy) this.error('index.html has no Content-Security-Policy <meta>: the hosting headers copy it.');
      for (const [fileName, source] of Object.entries(hostingFiles(policy)))
        writeFileSync(join(outDir, fileName), source);
    },
  };
}
