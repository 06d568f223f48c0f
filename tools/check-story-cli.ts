// `npm run check-story -- FILE.ink [FILE.ink …]`: prints the story checker's report for each file
// (every stories/*/main.ink when none is given); exits 1 when any has errors.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { checkStory } from '../src/core/checker/story-checker.ts';
import { formatCheckReport } from '../src/core/checker/check-report-format.ts';
import { DEFAULT_CATALOGUE } from '../src/core/principles/default-catalogue.ts';

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

function allScenarios(): string[] {
  const root = resolve('stories');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(root, d.name, 'main.ink')))
    .map((d) => resolve(root, d.name, 'main.ink'));
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const files = args.length > 0 ? args.map((a) => resolve(a)) : allScenarios();
let failed = 0;
for (const file of files) {
  const started = performance.now();
  const report = checkStory(
    file,
    readText,
    DEFAULT_CATALOGUE.principles.map((p) => p.id),
  );
  const text = formatCheckReport(report).replaceAll(file, relative(process.cwd(), file) || file);
  console.log(text);
  console.log(`(checked in ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  if (report.errorCount > 0) failed++;
}
if (files.length === 0) console.log('No scenarios found: pass an .ink file, or add stories/<name>/main.ink.');
process.exitCode = failed > 0 ? 1 : 0;
