// Runs the story-checker timing (bench/engine.ts) in a worker thread, so the benchmark can time it on the second
// CPU while the browser soak runs, whose own timing is not a target. Started by runCheckerInWorker() in run.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { measureChecker } from './engine.ts';

parentPort?.postMessage(measureChecker((workerData as { checkRuns: number }).checkRuns));
