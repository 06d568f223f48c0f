// How long the page's own thread is kept busy by one task, read from a Chromium trace as CPU time (`tdur`):
// a task that merely waited for a busy machine's cores does not count, so the figure is the same on a quiet
// laptop and a loaded CI runner. Worker threads are left out: work there never blocks the page.
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

export interface MainThreadCost {
  /** The longest single task on a page's main thread, in milliseconds of that thread's CPU time. */
  readonly longestTaskMs: number;
  /** How many tasks that thread ran while watched. */
  readonly tasks: number;
}

/** Runs `action` while Chromium traces, and returns what the page main threads spent on their longest task. */
export async function mainThreadCost(
  browser: Browser,
  page: Page,
  action: () => Promise<void>,
): Promise<MainThreadCost> {
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
  try {
    await action();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const pageThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.ph === 'X' && /RunTask$/.test(e.name) && pageThreads.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined,
  );
  const longest = Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
  return { longestTaskMs: Math.round(longest), tasks: tasks.length };
}
