// Opening a trainer's own scenario: the files given, what they are (own-scenario-files.ts), which one is the
// entry (the one no other file INCLUDEs), and the check itself (own-scenario-check.ts: compile, check, explore),
// run by a JobRunner (a Web Worker in the browser) or, here, in this process. The checker and the ink compiler
// are loaded only when this is used, so the game stays small.
import type { JobRunner, RunningJob } from '../core/background-job.ts';
import type { CheckProgress } from '../core/checker/story-checker.ts';
import type { CheckRequest, ImportResult } from './own-scenario-check.ts';
import type { GivenFile } from './own-scenario-files.ts';

export { findEntryFile, type GivenFile } from './own-scenario-files.ts';
export type { CheckRequest, ImportResult } from './own-scenario-check.ts';

export type OwnScenarioChecks = JobRunner<CheckRequest, CheckProgress, ImportResult>;

export const isBlocked = (r: ImportResult): boolean =>
  r.fileProblems.length + r.errors.length + r.pathErrors.length > 0;

/** Check files here, in one go (tests, tools). */
export async function importOwnScenario(
  files: readonly GivenFile[],
  principleIds: readonly string[],
): Promise<ImportResult> {
  const { ownScenarioCheckSteps } = await import('./own-scenario-check.ts');
  const steps = ownScenarioCheckSteps({ files, principleIds });
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs checks in this process, reporting progress: where no worker runner is given (tests, Node). */
export const inProcessChecks: OwnScenarioChecks = {
  run(request, onProgress): RunningJob<ImportResult> {
    let cancelled = false;
    const outcome = import('./own-scenario-check.ts').then(({ ownScenarioCheckSteps }) => {
      const steps = ownScenarioCheckSteps(request);
      for (;;) {
        if (cancelled) return { ok: false as const, cancelled: true as const };
        const next = steps.next();
        if (next.done) return { ok: true as const, value: next.value };
        onProgress(next.value);
      }
    });
    return { outcome, cancel: () => (cancelled = true) };
  },
};
