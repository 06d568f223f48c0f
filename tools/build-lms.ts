// `npm run build:lms`: learning-platform packages from the single-file build, written to dist-lms/ (or --out):
// practice-paths-scorm12.zip, practice-paths-scorm2004.zip and practice-paths-cmi5.zip, each with its manifest,
// the start page and the organisation's choices (scenarios, decision reporting, notice on resume) inside it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LmsLaunchSettings } from '../src/core/ports.ts';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest, type PackageDescription } from './lms/manifests.ts';
import { parseLmsOptions, type LmsBuildOptions } from './lms/options.ts';
import { withConnectOrigins, withLaunchSettings } from './lms/page.ts';
import { bundledScenarios, chosenScenarios, type PackagedScenario } from './lms/scenarios.ts';
import { writeZip } from './lms/zip.ts';

const START_PAGE = 'practice-paths.html';

/** Runs `tools/build-single.ts` into a folder of its own and returns the page it wrote. */
function singleFilePage(): string {
  const folder = mkdtempSync(join(tmpdir(), 'practice-paths-lms-'));
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'tools/build-single.ts', folder], { stdio: 'inherit' });
    return readFileSync(join(folder, START_PAGE), 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function describePackage(options: LmsBuildOptions, scenarios: readonly PackagedScenario[]): PackageDescription {
  const all = options.scenarios.length === 0;
  const names = scenarios.map((s) => s.title).join('; ');
  const reported = options.reportDecisions
    ? 'Reports completion, each decision (the option chosen and its principles) and the principle profile; never notes.'
    : 'Reports completion only.';
  return {
    identifier: [
      'practice-paths',
      ...(all ? ['all'] : options.scenarios),
      ...(options.reportDecisions ? ['decisions'] : []),
    ]
      .join('-')
      .replace(/[^A-Za-z0-9-]/g, '-'),
    title: all ? 'Practice Paths' : `Practice Paths: ${names}`,
    description: `Branching practice scenarios on the eight Practice Principles. Scenarios: ${names}. ${reported}`,
    launch: START_PAGE,
  };
}

function main(): void {
  const options = parseLmsOptions(process.argv.slice(2));
  const scenarios = chosenScenarios(bundledScenarios(), options.scenarios);
  const about = describePackage(options, scenarios);
  const page = options.page === undefined ? singleFilePage() : readFileSync(options.page, 'utf8');
  const settings = (standard: LmsLaunchSettings['standard']): LmsLaunchSettings => ({
    standard,
    reportDecisions: options.reportDecisions,
    skipNoticeOnResume: options.skipNoticeOnResume,
    scenarios: [...options.scenarios],
  });
  mkdirSync(options.out, { recursive: true });
  const write = (name: string, files: Record<string, string>): void => {
    writeZip(join(options.out, name), files);
    console.log(`Wrote ${join(options.out, name)}`);
  };
  write('practice-paths-scorm12.zip', {
    'imsmanifest.xml': scorm12Manifest(about),
    [START_PAGE]: withLaunchSettings(page, settings('scorm12')),
  });
  write('practice-paths-scorm2004.zip', {
    'imsmanifest.xml': scorm2004Manifest(about),
    [START_PAGE]: withLaunchSettings(page, settings('scorm2004')),
  });
  write('practice-paths-cmi5.zip', {
    'cmi5.xml': cmi5CourseStructure(about),
    [START_PAGE]: withConnectOrigins(withLaunchSettings(page, settings('cmi5')), options.lrsOrigins),
  });
  if (options.lrsOrigins.length === 0)
    console.warn('No --lrs-origin given: the cmi5 package cannot reach a learning record store and will say so.');
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
