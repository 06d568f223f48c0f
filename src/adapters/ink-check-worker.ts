// The worker's side of a background job (the Web Worker's message port): takes a request, runs the job's steps,
// posts progress now and then and the result at the end. Knows nothing of what the job is (the own-scenario
// check, wired in src/check-worker-main.ts).
import type { JobMessage } from '../core/background-job.ts';

/** The little of a worker's global scope this uses. */
export interface WorkerScope {
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

/** Progress is posted at most this often: enough for a progress bar, few enough messages not to slow the work. */
const PROGRESS_EVERY_MS = 100;

export function serveJob<P, R>(
  steps: (request: never) => Generator<P, R>,
  scope: WorkerScope = globalThis as unknown as WorkerScope,
  now: () => number = () => performance.now(),
): void {
  const post = (message: JobMessage<P, R>) => scope.postMessage(message);
  scope.onmessage = (event) => {
    try {
      const run = steps(event.data as never);
      let posted = Number.NEGATIVE_INFINITY;
      for (;;) {
        const next = run.next();
        if (next.done) {
          post({ type: 'done', value: next.value });
          return;
        }
        if (now() - posted >= PROGRESS_EVERY_MS) {
          posted = now();
          post({ type: 'progress', progress: next.value });
        }
      }
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
