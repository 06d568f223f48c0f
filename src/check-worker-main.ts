// The own-scenario check's Web Worker: its composition root, as src/main.ts is the page's. Wires the app's
// stepwise check to the worker's message port; holds no rules.
import { serveJob } from './adapters/ink-check-worker.ts';
import { ownScenarioCheckSteps } from './app/own-scenario-check.ts';

serveJob(ownScenarioCheckSteps);
