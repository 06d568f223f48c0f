// The command line of `npm run build:lms`: which scenarios, what is reported, whether the content notice may be
// skipped on resume, the learning record store's origin(s) for the cmi5 page's policy, and the output folder.

export interface LmsBuildOptions {
  /** Scenario ids the packages offer; empty means every bundled scenario. */
  readonly scenarios: readonly string[];
  readonly reportDecisions: boolean;
  readonly skipNoticeOnResume: boolean;
  /** Origins (scheme://host[:port]) the cmi5 page may connect to: the LRS and the LMS's token address. */
  readonly lrsOrigins: readonly string[];
  readonly out: string;
  /** A single-file page already built (tools/build-single.ts) to package instead of building one. */
  readonly page: string | undefined;
}

export const LMS_USAGE = `Usage: npm run build:lms -- [--scenarios id,id] [--decisions] [--allow-skip-notice]
  [--lrs-origin https://lrs.example.org[,https://lms.example.org]] [--out folder] [--page built-single-file.html]`;

const FLAGS = new Set(['--decisions', '--allow-skip-notice']);
const VALUED = new Set(['--scenarios', '--lrs-origin', '--out', '--page']);

/** An origin exactly as a Content-Security-Policy source: https, or http only for this machine (tests). */
export function checkedOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--lrs-origin: "${text}" is not an address.`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw new Error(`--lrs-origin: "${text}" must start with https:// (http:// only for localhost).`);
  return url.origin;
}

const list = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

export function parseLmsOptions(argv: readonly string[]): LmsBuildOptions {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (FLAGS.has(name)) flags.add(name);
    else if (VALUED.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`${name} needs a value.\n${LMS_USAGE}`);
      values.set(name, value);
    } else throw new Error(`Unknown option "${argv[i]}".\n${LMS_USAGE}`);
  }
  return {
    scenarios: list(values.get('--scenarios')),
    reportDecisions: flags.has('--decisions'),
    skipNoticeOnResume: flags.has('--allow-skip-notice'),
    lrsOrigins: list(values.get('--lrs-origin')).map(checkedOrigin),
    out: values.get('--out') ?? 'dist-lms',
    page: values.get('--page'),
  };
}
