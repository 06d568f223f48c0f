// The page's side of a background job: starts it in a Web Worker (progress, cancel by ending the worker), or,
// where no worker can start (a file:// page whose policy forbids one, an old browser), runs the same steps on
// the page in short turns that hand control back, so the page keeps answering either way.
import type { JobMessage, JobOutcome, JobRunner, RunningJob } from '../core/background-job.ts';

export interface JobSources<Q, P, R> {
  /** A worker running serveJob for this job; may reject where workers are not allowed. */
  readonly makeWorker: () => Promise<Worker>;
  /** The same job's steps, to run on the page when no worker starts. */
  readonly onPage: (request: Q) => Promise<Generator<P, R>>;
}

/** On the page, a turn of work lasts about this long before the page gets control back (well under 200 ms), except
 * the one step that compiles the ink, which the compiler does in a single call. */
const TURN_MS = 30;

export function workerJobRunner<Q, P, R>(sources: JobSources<Q, P, R>): JobRunner<Q, P, R> {
  return {
    run(request: Q, onProgress: (progress: P) => void): RunningJob<R> {
      let cancelled = false;
      let worker: Worker | undefined;
      let settle: (outcome: JobOutcome<R>) => void = () => undefined;
      const outcome = new Promise<JobOutcome<R>>((resolve) => (settle = resolve));
      const onPage = () => void runOnPage(sources.onPage(request), onProgress, () => cancelled).then(settle);
      const finish = (result: JobOutcome<R>) => {
        worker?.terminate();
        settle(result);
      };
      sources.makeWorker().then(
        (started) => {
          if (cancelled) {
            started.terminate();
            return;
          }
          worker = started;
          let heard = false;
          started.onmessage = (event: MessageEvent<JobMessage<P, R>>) => {
            heard = true;
            const message = event.data;
            if (message.type === 'progress') onProgress(message.progress);
            else if (message.type === 'done') finish({ ok: true, value: message.value });
            else finish({ ok: false, cancelled: false, message: message.message });
          };
          started.onerror = (event) => {
            event.preventDefault();
            worker?.terminate();
            worker = undefined;
            // A worker that failed before a word (blocked by policy, unable to load): do the work on the page.
            if (!heard) onPage();
            else settle({ ok: false, cancelled: false, message: event.message || 'The check stopped unexpectedly.' });
          };
          started.postMessage(request);
        },
        () => onPage(),
      );
      return {
        outcome,
        cancel: () => {
          cancelled = true;
          finish({ ok: false, cancelled: true });
        },
      };
    },
  };
}

async function runOnPage<P, R>(
  steps: Promise<Generator<P, R>>,
  onProgress: (progress: P) => void,
  isCancelled: () => boolean,
): Promise<JobOutcome<R>> {
  try {
    const run = await steps;
    let turn = performance.now();
    for (;;) {
      if (isCancelled()) return { ok: false, cancelled: true };
      const next = run.next();
      if (next.done) return { ok: true, value: next.value };
      if (performance.now() - turn >= TURN_MS) {
        onProgress(next.value);
        await new Promise((resolve) => setTimeout(resolve, 0));
        turn = performance.now();
      }
    }
  } catch (error) {
    return { ok: false, cancelled: false, message: error instanceof Error ? error.message : String(error) };
  }
}
