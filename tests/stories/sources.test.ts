// stories/SOURCES.md names the source of every factual claim in the stories: each file it cites must exist
// and each line number must fall inside that file, so a trainer checking a claim can find it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sources = readFileSync('stories/SOURCES.md', 'utf8');
const cited = [...sources.matchAll(/^- `(stories\/[^`:]+?)(?::([0-9][0-9,–\- ]*))?`/gm)].map((m) => ({
  file: m[1]!,
  lines: (m[2] ?? '')
    .split(/[,–\- ]+/)
    .filter(Boolean)
    .map(Number),
}));

describe('stories/SOURCES.md', () => {
  it('cites claims in every scenario folder', () => {
    const folders = new Set(cited.map((c) => c.file.split('/').slice(0, -1).join('/')));
    for (const folder of [
      'cassie-and-jo',
      'what-if-boys',
      'what-if-brother',
      'what-if-learning-disability',
      'what-if-lgbtq',
      'what-if-unsafe-parents',
    ]) {
      expect(folders, folder).toContain(`stories/${folder}`);
    }
  });

  it('names files that exist, at lines inside them', () => {
    const wrong: string[] = [];
    for (const { file, lines } of cited) {
      if (!existsSync(file)) {
        wrong.push(`${file} does not exist`);
        continue;
      }
      const length = readFileSync(file, 'utf8').split('\n').length;
      for (const line of lines)
        if (line < 1 || line > length) wrong.push(`${file}:${line} is past its last line (${length})`);
    }
    expect(wrong).toEqual([]);
    expect(cited.length).toBeGreaterThan(50);
  });
});
