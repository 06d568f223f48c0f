// The packaged start page: the single-file build with the organisation's launch settings written into it
// (<script type="application/json" id="lms-launch">, read by the game at start) and, for cmi5, the learning
// record store's origins added to the Content-Security-Policy's connect-src and nowhere else.
import type { LmsLaunchSettings } from '../../src/core/ports.ts';

/** JSON safe inside a <script> element: no "<" can close it early. */
const scriptSafeJson = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');

export function withLaunchSettings(html: string, settings: LmsLaunchSettings): string {
  if (html.includes('id="lms-launch"')) throw new Error('The page already has launch settings.');
  const element = `<script type="application/json" id="lms-launch">${scriptSafeJson(settings)}</script>`;
  if (!html.includes('</head>')) throw new Error('The single-file page has no </head>.');
  return html.replace('</head>', () => `${element}\n</head>`);
}

/** Adds the given origins to connect-src; the rest of the policy is unchanged. */
export function withConnectOrigins(html: string, origins: readonly string[]): string {
  if (origins.length === 0) return html;
  const meta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;
  const policy = meta.exec(html)?.[2];
  if (policy === undefined) throw new Error('The single-file page has no Content-Security-Policy.');
  const directives = policy.split(';').map((part) => part.trim());
  const at = directives.findIndex((part) => part.startsWith('connect-src '));
  if (at < 0) throw new Error('The page policy has no connect-src.');
  directives[at] = [directives[at], ...origins].join(' ');
  return html.replace(meta, (_all, before: string, _old: string, after: string) =>
    [before, directives.join('; '), after].join(''),
  );
}
