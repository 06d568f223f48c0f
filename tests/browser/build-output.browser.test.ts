// The production build (made by this suite's global setup) ships the inkjs runtime but not the compiler,
// loads nothing from other hosts, and keeps story text out of the first JavaScript file.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
const allScript = scripts.map((f) => readFileSync(`dist/assets/${f}`, 'utf8')).join('\n');

describe('the production build', () => {
  it('contains the ink runtime but not the ink compiler', () => {
    expect(allScript).toContain('inkVersionCurrent');
    expect(allScript).not.toContain('InkParser');
    expect(allScript).not.toContain('Expected some kind of logic, conditional or sequence');
  });

  it('refers to no other host for scripts, styles or fonts', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain("script-src 'self'");
  });

  it('loads the long scenario lazily, not in the entry script', () => {
    const entry = readFileSync('dist/index.html', 'utf8').match(/src="\.\/assets\/(index-[^"]+\.js)"/)?.[1];
    expect(entry).toBeDefined();
    const entryScript = readFileSync(`dist/assets/${entry}`, 'utf8');
    expect(entryScript).toContain('Cassie and Jo');
    expect(entryScript).not.toContain('Thursday, four o');
    expect(allScript).toContain('Thursday, four o');
  });
});
