// Runs the story checker in a worker thread for the fuzz test, so a story that makes it run forever can be
// stopped (and reported) instead of hanging the test run. Loaded through tsx by checker-pool.ts.
import { parentPort } from 'node:worker_threads';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import type { ExploreOptions } from '../../src/core/checker/story-explorer.ts';

export interface CheckRequest {
  readonly id: number;
  readonly files: Readonly<Record<string, string>>;
  readonly principleIds: readonly string[];
  readonly explore: ExploreOptions;
}

export interface CheckSummary {
  readonly compiled: boolean;
  readonly hasJson: boolean;
  readonly findings: readonly {
    readonly severity: string;
    readonly file: unknown;
    readonly line: unknown;
    readonly message: unknown;
  }[];
  readonly pathProblems: readonly { readonly kind: string; readonly message: string }[];
  readonly errorCount: number;
  readonly warningCount: number;
}

export type CheckReply =
  { readonly id: number; readonly summary: CheckSummary } | { readonly id: number; readonly threw: string };

parentPort?.on('message', (request: CheckRequest) => {
  let reply: CheckReply;
  try {
    const report = checkStory('main.ink', (path) => request.files[path], request.principleIds, request.explore);
    reply = {
      id: request.id,
      summary: {
        compiled: report.compiled,
        hasJson: report.json !== undefined,
        findings: report.findings.map((f) => ({
          severity: f.severity,
          file: f.file,
          line: f.line,
          message: f.message,
        })),
        pathProblems: report.pathProblems.map((p) => ({ kind: p.kind, message: p.message })),
        errorCount: report.errorCount,
        warningCount: report.warningCount,
      },
    };
  } catch (error) {
    reply = { id: request.id, threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  parentPort?.postMessage(reply);
});
