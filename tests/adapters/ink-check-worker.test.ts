// The background-job adapters, with a stand-in worker: progress passes through, Cancel ends the worker and says
// so, and where no worker starts (or one fails before a word) the same steps run on the page to the same result.
import { describe, expect, it } from 'vitest';
import { serveJob, type WorkerScope } from '../../src/adapters/ink-check-worker.ts';
import { workerJobRunner } from '../../src/adapters/ink-check-worker-client.ts';

function* countTo(n: number): Generator<number, string> {
  for (let i = 1; i <= n; i++) yield i;
  return `counted to ${n}`;
}

/** A worker whose other side is serveJob, in this process: messages cross as they would (asynchronously). */
function fakeWorker(steps: (n: number) => Generator<number, string>) {
  const scope: WorkerScope = {
    onmessage: null,
    postMessage: (data) => queueMicrotask(() => worker.onmessage?.({ data })),
  };
  let clock = 0;
  // Each reading of the clock moves it 200 ms on, so every step posts its progress.
  serveJob(steps, scope, () => (clock += 200));
  const worker = {
    terminated: false,
    onmessage: null as null | ((event: { data: unknown }) => void),
    onerror: null as null | ((event: { message: string; preventDefault(): void }) => void),
    postMessage: (data: unknown) => queueMicrotask(() => !worker.terminated && scope.onmessage?.({ data })),
    terminate: () => void (worker.terminated = true),
  };
  return worker;
}

describe('background jobs', () => {
  it('runs in a worker, passing progress on, to its result', async () => {
    const worker = fakeWorker(countTo);
    const runner = workerJobRunner<number, number, string>({
      makeWorker: () => Promise.resolve(worker as unknown as Worker),
      onPage: () => Promise.reject(new Error('not used')),
    });
    const progress: number[] = [];
    const outcome = await runner.run(3, (p) => progress.push(p)).outcome;
    expect(outcome).toEqual({ ok: true, value: 'counted to 3' });
    expect(progress).toEqual([1, 2, 3]);
    expect(worker.terminated).toBe(true);
  });

  it('ends the worker on Cancel and says it was cancelled', async () => {
    const never = {
      terminated: false,
      onmessage: null,
      onerror: null,
      postMessage: () => undefined,
      terminate: () => void (never.terminated = true),
    };
    const runner = workerJobRunner<number, number, string>({
      makeWorker: () => Promise.resolve(never as unknown as Worker),
      onPage: () => Promise.reject(new Error('not used')),
    });
    const job = runner.run(3, () => undefined);
    await Promise.resolve();
    await Promise.resolve();
    job.cancel();
    expect(await job.outcome).toEqual({ ok: false, cancelled: true });
    expect(never.terminated).toBe(true);
  });

  it('runs the same steps on the page, in turns, where no worker may start', async () => {
    const runner = workerJobRunner<number, number, string>({
      makeWorker: () => Promise.reject(new Error('Workers are not allowed here.')),
      onPage: (n) => Promise.resolve(countTo(n)),
    });
    expect(await runner.run(100_000, () => undefined).outcome).toEqual({ ok: true, value: 'counted to 100000' });
  });

  it('runs on the page when the worker fails before a word', async () => {
    const failing = {
      onmessage: null,
      onerror: null as null | ((event: { message: string; preventDefault(): void }) => void),
      postMessage: () =>
        queueMicrotask(() => failing.onerror?.({ message: 'blocked', preventDefault: () => undefined })),
      terminate: () => undefined,
    };
    const runner = workerJobRunner<number, number, string>({
      makeWorker: () => Promise.resolve(failing as unknown as Worker),
      onPage: (n) => Promise.resolve(countTo(n)),
    });
    expect(await runner.run(5, () => undefined).outcome).toEqual({ ok: true, value: 'counted to 5' });
  });
});
