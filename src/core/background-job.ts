// The port for long work done away from the page (a Web Worker) or, where none can start, on the page in short
// turns: progress on the way, a way to stop it, and one outcome. Types only; adapters implement it.

export type JobOutcome<R> =
  | { readonly ok: true; readonly value: R }
  | { readonly ok: false; readonly cancelled: true }
  | { readonly ok: false; readonly cancelled: false; readonly message: string };

export interface RunningJob<R> {
  readonly outcome: Promise<JobOutcome<R>>;
  /** Stop the work now; `outcome` then settles as cancelled. */
  cancel(): void;
}

/** Runs one kind of job: `run` starts it at once and reports progress until it settles. */
export interface JobRunner<Q, P, R> {
  run(request: Q, onProgress: (progress: P) => void): RunningJob<R>;
}

/** What a worker running a job posts back to the page. */
export type JobMessage<P, R> =
  | { readonly type: 'progress'; readonly progress: P }
  | { readonly type: 'done'; readonly value: R }
  | { readonly type: 'failed'; readonly message: string };
