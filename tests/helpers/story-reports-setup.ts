// Global setup for the unit tests: the folder where story-reports.ts files each story's check report, so that
// every story is checked once per run however many test files read it. `npm test` uses a fresh folder each
// run; `npm run test:fast` (PP_STORY_REPORTS=keep) keeps one between runs, so an unchanged story is not checked
// again (its reports are filed under a hash of the story's files, the checker's code and the options).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export const KEPT_REPORTS = 'node_modules/.cache/practice-paths/story-reports';

export default function setup(project: TestProject): () => void {
  const keep = process.env.PP_STORY_REPORTS === 'keep';
  const dir = keep ? resolve(KEPT_REPORTS) : mkdtempSync(join(tmpdir(), 'pp-story-reports-'));
  mkdirSync(dir, { recursive: true });
  project.provide('storyReportDir', dir);
  return () => {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
}
