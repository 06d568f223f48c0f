// One policy for a story whose paths stop without an `ending:` tag (stories/README.md): a warning that still
// lets it be played, in `npm run check-story` and in the game's own-scenario check alike.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOwnScenario } from '../../src/app/own-scenario-import.ts';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import { PRINCIPLE_IDS } from '../helpers/story-fixtures.ts';

const NO_ENDINGS = `# title: No endings
The bus is late.
* [Wait with Jo # supports: child-voice # undermines: safer-spaces # why: She is not alone, but they stay put.]
    You wait.
* [Walk Jo home # supports: safer-spaces # undermines: child-voice # why: Safer, though she did not ask for it.]
    You walk.
- The evening goes on.
-> END
`;

describe('a story without endings', () => {
  it('is a warning, not an error, in the checker and in the game', async () => {
    const report = checkStory('no-endings.ink', () => NO_ENDINGS, PRINCIPLE_IDS);
    expect(report.pathProblems.map((p) => p.kind)).toEqual(['dead-end']);
    expect(report.errorCount).toBe(0);
    expect(report.warningCount).toBeGreaterThanOrEqual(1);
    const imported = await importOwnScenario([{ name: 'no-endings.ink', text: NO_ENDINGS }], PRINCIPLE_IDS);
    expect(imported.errors).toEqual([]);
    expect(imported.warnings.join(' ')).toMatch(/without an "ending:" tag/);
  });

  it('passes `npm run check-story` (exit 0) while the report lists the dead end', () => {
    const folder = mkdtempSync(join(tmpdir(), 'no-endings-'));
    const file = join(folder, 'main.ink');
    writeFileSync(file, NO_ENDINGS);
    const out = execFileSync('npx', ['tsx', 'tools/check-story-cli.ts', file], { encoding: 'utf8' });
    expect(out).toMatch(/Dead ends: 1/);
    expect(out).toMatch(/0 error\(s\)/);
  });
});
