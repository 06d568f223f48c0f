// Shared helpers for tests: compile an .ink file from disk and start a session on it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileInk } from '../../src/core/story/ink-compiler.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { PlaySession } from '../../src/core/session/play-session.ts';
import { ManualClock } from '../doubles/manual-clock.ts';

export const PRINCIPLE_IDS = DEFAULT_CATALOGUE.principles.map((p) => p.id);

export const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

export function compileFile(relativePath: string): string {
  const result = compileInk(resolve(relativePath), readText);
  if (!result.ok)
    throw new Error(
      `${relativePath} did not compile: ${result.errors.map((e) => `${e.file} line ${e.line}: ${e.message}`).join('; ')}`,
    );
  return result.json;
}

export function startSession(json: string, clock = new ManualClock()): PlaySession {
  const started = PlaySession.start({ json, principleIds: DEFAULT_CATALOGUE.ids }, clock);
  if (!started.ok) throw new Error(started.error);
  return started.session;
}

/** Choose the option whose text starts with `prefix`; fails loudly naming what was on offer. */
export function chooseByText(session: PlaySession, prefix: string): void {
  const options = session.view().options;
  const index = options.findIndex((o) => o.text.toLowerCase().startsWith(prefix.toLowerCase()));
  if (index === -1)
    throw new Error(
      `No option starting "${prefix}". On offer: ${options.map((o) => `"${o.text}"`).join(', ') || '(none)'}`,
    );
  const problem = session.choose(index);
  if (problem) throw new Error(problem);
}

/** Take every aside ("Continue", "Read …") until a practice decision or the end is on offer. */
export function skipAsides(session: PlaySession, preferSummary = false): void {
  for (let guard = 0; guard < 50; guard++) {
    const options = session.view().options;
    if (options.length === 0 || !options.every((o) => o.aside)) return;
    const pick = preferSummary
      ? Math.max(
          0,
          options.findIndex((o) => /summary/i.test(o.text)),
        )
      : 0;
    session.choose(pick);
  }
}
