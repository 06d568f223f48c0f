// One worker thread running the story checker (checker-worker.ts), with a time limit per check: a check that
// runs past it is reported as 'hang' and the worker is replaced by a standby that has already loaded the checker,
// so a hang costs little more than its time limit. Workers load TypeScript through tsx.
import { Worker } from 'node:worker_threads';
import type { ExploreOptions } from '../../src/core/checker/story-explorer.ts';
import type { CheckReply, CheckRequest, CheckSummary } from './checker-worker.ts';

const WORKER_URL = new URL('./checker-worker.ts', import.meta.url).href;
const BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}); })`;
const WARM_UP: Omit<CheckRequest, 'id' | 'principleIds'> = {
  files: { 'main.ink': 'Hello.\n* [Go]\n    -> END\n' },
  explore: { exhaustiveLimit: 2, samples: 1, seed: 1, maxChoicesPerPath: 2 },
};

export type CheckOutcome =
  | { readonly kind: 'done'; readonly summary: CheckSummary }
  | { readonly kind: 'threw'; readonly error: string }
  | { readonly kind: 'hang' };

interface Booted {
  readonly worker: Worker;
  /** Resolves once the worker has answered one check (the checker and the ink compiler are loaded). */
  readonly ready: Promise<void>;
}

export class CheckerPool {
  private active: Booted | undefined;
  private standby: Booted | undefined;
  private nextId = 1;

  constructor(private readonly principleIds: readonly string[]) {}

  private boot(): Booted {
    const worker = new Worker(BOOT, { eval: true });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    worker.postMessage({ id: 0, principleIds: this.principleIds, ...WARM_UP });
    return { worker, ready };
  }

  /** Boot the first worker and a standby, and wait until the first can check. */
  async start(): Promise<void> {
    this.active ??= this.boot();
    this.standby ??= this.boot();
    await this.active.ready;
  }

  async check(
    files: Readonly<Record<string, string>>,
    explore: ExploreOptions,
    timeoutMs: number,
  ): Promise<CheckOutcome> {
    await this.start();
    const { worker } = this.active!;
    const id = this.nextId++;
    return new Promise<CheckOutcome>((resolve, reject) => {
      const onMessage = (reply: CheckReply): void => {
        if (reply.id !== id) return;
        done();
        resolve('summary' in reply ? { kind: 'done', summary: reply.summary } : { kind: 'threw', error: reply.threw });
      };
      const onError = (error: Error): void => {
        done();
        this.replaceActive();
        reject(error);
      };
      const timer = setTimeout(() => {
        done();
        this.replaceActive();
        resolve({ kind: 'hang' });
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, files, principleIds: this.principleIds, explore } satisfies CheckRequest);
    });
  }

  private replaceActive(): void {
    void this.active?.worker.terminate();
    this.active = this.standby;
    this.standby = this.boot();
  }

  async close(): Promise<void> {
    await Promise.all([this.active?.worker.terminate(), this.standby?.worker.terminate()]);
    this.active = this.standby = undefined;
  }
}
