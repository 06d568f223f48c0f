// `npm run build:lms`: the three packages a learning platform takes (SCORM 1.2, SCORM 2004 4th Edition, cmi5)
// are zips whose manifests are well formed and name files that are in the zip, whose start page carries the
// organisation's choices, and whose cmi5 page may connect to the learning record store named and nothing more.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LmsLaunchSettings } from '../../src/core/ports.ts';
import { parseLmsOptions } from '../../tools/lms/options.ts';
import { withConnectOrigins, withLaunchSettings } from '../../tools/lms/page.ts';
import { chosenScenarios } from '../../tools/lms/scenarios.ts';
import { assertWellFormed, elements } from './xml-lite.ts';

const LRS = 'https://lrs.example.org';
let out: string;
const zips = new Map<string, Record<string, string>>();
const unzipped = (name: string): Record<string, string> => {
  const known = zips.get(name);
  if (known) return known;
  const files = unzipSync(readFileSync(join(out, 'zips', name)));
  const text = Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
  zips.set(name, text);
  return text;
};
const launchSettings = (page: string): LmsLaunchSettings =>
  <LmsLaunchSettings>JSON.parse(/<script type="application\/json" id="lms-launch">([^<]*)<\/script>/.exec(page)![1]!);
const policy = (page: string): string =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(page)![1]!;
const directive = (page: string, name: string): string =>
  policy(page)
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `))!;

/**
 * A start page shaped like the single-file build's (its policy, one inline script), so this test packs in seconds;
 * the browser tests (lms-scorm, lms-cmi5) pack the real single file and play it inside a mock LMS.
 */
const SINGLE_FILE_LIKE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-abc=' 'wasm-unsafe-eval'; connect-src data: blob:; worker-src blob:; object-src 'none'" />
    <title>Practice Paths</title>
  </head>
  <body><div id="app"></div><script type="module">/* the game */</script></body>
</html>
`;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'practice-paths-lms-test-'));
  const page = join(out, 'single.html');
  writeFileSync(page, SINGLE_FILE_LIKE);
  const args = ['--scenarios', 'first-shift,cassie-and-jo', '--decisions', '--lrs-origin', LRS, '--page', page];
  execFileSync(process.execPath, ['--import', 'tsx', 'tools/build-lms.ts', ...args, '--out', join(out, 'zips')], {
    stdio: 'pipe',
  });
}, 600_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the packages', () => {
  it('SCORM 1.2: one SCO launching the start page, the ADL schemas referenced, every named file present', () => {
    const files = unzipped('practice-paths-scorm12.zip');
    const manifest = files['imsmanifest.xml']!;
    assertWellFormed(manifest);
    expect(elements(manifest, 'schemaversion')[0]!.text).toBe('1.2');
    expect(manifest).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(manifest).toMatch(/xsi:schemaLocation="[^"]*adlcp_rootv1p2\.xsd/);
    const resources = elements(manifest, 'resource');
    expect(resources).toHaveLength(1);
    expect(resources[0]!.attributes['adlcp:scormtype']).toBe('sco');
    const launch = resources[0]!.attributes.href!;
    expect(files[launch]).toContain('<html');
    for (const file of elements(manifest, 'file')) expect(Object.keys(files)).toContain(file.attributes.href);
    const item = elements(manifest, 'item')[0]!;
    expect(item.attributes.identifierref).toBe(resources[0]!.attributes.identifier);
    expect(item.text).toContain('A first shift at the youth centre');
  });

  it('SCORM 2004: 4th Edition metadata, a SCO with sequencing set by the content, every named file present', () => {
    const files = unzipped('practice-paths-scorm2004.zip');
    const manifest = files['imsmanifest.xml']!;
    assertWellFormed(manifest);
    expect(elements(manifest, 'schemaversion')[0]!.text).toBe('2004 4th Edition');
    const [resource] = elements(manifest, 'resource');
    expect(resource!.attributes['adlcp:scormType']).toBe('sco');
    expect(files[resource!.attributes.href!]).toContain('<html');
    for (const file of elements(manifest, 'file')) expect(Object.keys(files)).toContain(file.attributes.href);
    expect(elements(manifest, 'imsss:deliveryControls')[0]!.attributes.completionSetByContent).toBe('true');
  });

  it('cmi5: one AU that moves on when completed, its url a file in the zip', () => {
    const files = unzipped('practice-paths-cmi5.zip');
    const structure = files['cmi5.xml']!;
    assertWellFormed(structure);
    const aus = elements(structure, 'au');
    expect(aus).toHaveLength(1);
    expect(aus[0]!.attributes.moveOn).toBe('Completed');
    expect(['AnyWindow', 'OwnWindow']).toContain(aus[0]!.attributes.launchMethod);
    expect(aus[0]!.attributes.id).toMatch(/^[a-z][a-z0-9+.-]*:\S+$/);
    const url = elements(structure, 'url')[0]!.text;
    expect(files[url]).toContain('<html');
    expect(elements(structure, 'description')[0]!.text).toMatch(/each decision/);
  });

  it('every start page holds the chosen options for its own standard', () => {
    for (const [zip, standard] of [
      ['practice-paths-scorm12.zip', 'scorm12'],
      ['practice-paths-scorm2004.zip', 'scorm2004'],
      ['practice-paths-cmi5.zip', 'cmi5'],
    ] as const) {
      expect(launchSettings(unzipped(zip)['practice-paths.html']!)).toEqual({
        standard,
        reportDecisions: true,
        skipNoticeOnResume: false,
        scenarios: ['first-shift', 'cassie-and-jo'],
      });
    }
  });

  it('only the cmi5 page may connect to the learning record store, and only to it', () => {
    const cmi5 = unzipped('practice-paths-cmi5.zip')['practice-paths.html']!;
    const scorm = unzipped('practice-paths-scorm12.zip')['practice-paths.html']!;
    expect(directive(cmi5, 'connect-src')).toBe(`connect-src data: blob: ${LRS}`);
    expect(directive(scorm, 'connect-src')).toBe('connect-src data: blob:');
    expect(policy(cmi5).replace(` ${LRS}`, '')).toBe(policy(scorm));
  });
});

describe('the options', () => {
  it('default to every scenario, completion only and the notice always shown', () => {
    expect(parseLmsOptions([])).toEqual({
      scenarios: [],
      reportDecisions: false,
      skipNoticeOnResume: false,
      lrsOrigins: [],
      out: 'dist-lms',
      page: undefined,
    });
  });

  it('accept several origins and refuse anything but an https origin (http only on this machine)', () => {
    expect(parseLmsOptions(['--lrs-origin=https://lrs.example.org/xapi/,http://localhost:8080']).lrsOrigins).toEqual([
      'https://lrs.example.org',
      'http://localhost:8080',
    ]);
    expect(() => parseLmsOptions(['--lrs-origin', 'http://lrs.example.org'])).toThrow(/https/);
    expect(() => parseLmsOptions(['--lrs-origin', '*'])).toThrow(/not an address/);
    expect(() => parseLmsOptions(['--decision'])).toThrow(/Unknown option/);
    const known = [{ id: 'first-shift', title: 'A first shift' }];
    expect(() => chosenScenarios(known, ['first-shfit'])).toThrow(
      /No scenario "first-shfit"\. The scenarios are: first-shift/,
    );
  });

  it('cannot close the launch settings element early with a crafted value', () => {
    const page = '<html><head><meta http-equiv="Content-Security-Policy" content="connect-src data:"></head></html>';
    const written = withLaunchSettings(page, {
      standard: 'cmi5',
      reportDecisions: false,
      skipNoticeOnResume: false,
      scenarios: ['</script><script>alert(1)</script>'],
    });
    expect(written.match(/<\/script>/g)).toHaveLength(1);
    expect(withConnectOrigins(written, ['https://a.example'])).toContain(
      'content="connect-src data: https://a.example"',
    );
  });
});
