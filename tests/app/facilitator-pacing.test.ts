// Pacing a group session on the real stories: a session length picks the key decisions to discuss, the rest
// run as "trainer picks", the presenter's "decision 7 of 24 · about 38 minutes left" follows a fake clock,
// and every shipped scenario marks a key decision in each of its stages.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import cassieAndJo from '../../stories/cassie-and-jo/main.ink';
import { FacilitatorSessions } from '../../src/app/facilitator-sessions.ts';
import type { ScenarioEntry } from '../../src/app/scenario-catalogue.ts';
import { stagesWithoutKeyDecision, type PlacedTag } from '../../src/core/checker/key-decision-check.ts';
import { scanSourceTags } from '../../src/core/checker/ink-source-tags.ts';
import { compileInk } from '../../src/core/story/ink-compiler.ts';
import { parseTag } from '../../src/core/story/tags.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { MemorySaveStore } from '../doubles/memory-store.ts';
import { readText } from '../helpers/story-fixtures.ts';

const cassie: ScenarioEntry = {
  id: 'cassie-and-jo',
  title: 'Cassie and Jo',
  summary: '',
  contentNote: '',
  lengthMinutes: 25,
  variantOf: undefined,
  load: async () => cassieAndJo,
};

function sessions(clock = new ManualClock()) {
  return new FacilitatorSessions({
    store: new MemorySaveStore(),
    clock,
    principleIds: DEFAULT_CATALOGUE.ids,
    scenarios: () => [cassie],
    openChannel: undefined,
    onSaved: () => undefined,
    newId: (kind) => `${kind}-1`,
  });
}

describe('pacing a session on Cassie and Jo', () => {
  it('plans between 4 and 8 discussed decisions for 60 minutes, more for longer sessions', async () => {
    const plans = await sessions().plans(cassie, 3);
    const byLength = new Map(plans.map((p) => [p.minutes, p]));
    const hour = byLength.get(60)!;
    expect(hour.decisionCount).toBeGreaterThanOrEqual(20);
    expect(hour.discussed).toBeGreaterThanOrEqual(4);
    expect(hour.discussed).toBeLessThanOrEqual(8);
    const counts = [45, 60, 90, 120].map((m) => byLength.get(m)!.discussed);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[3]).toBeGreaterThan(counts[0]!);
    // Every part of the hour is accounted for, and the plan's time fits it.
    const { opening, story, whatIf, pause, closing } = hour.parts;
    expect(opening + story + whatIf + pause + closing).toBe(60);
    const planned = hour.discussed * hour.discussMinutes + (hour.decisionCount - hour.discussed) * hour.quickMinutes;
    expect(planned).toBeLessThanOrEqual(story);
  });

  it('stops the room only at planned key decisions; the trainer picks the others, or opens one', async () => {
    const created = await sessions().create(cassie, { timerMinutes: 3, mappingsStartHidden: true, sessionMinutes: 60 });
    if (!created.ok) throw new Error(created.error);
    const c = created.controller;
    const plan = c.state.plan!;
    c.show('play');
    let discussed = 0;
    let opened = false;
    for (let guard = 0; guard < 400 && c.point().kind !== 'end'; guard++) {
      const point = c.point();
      if (point.kind !== 'decision') {
        expect(c.choose(0)).toEqual({ ok: true });
        continue;
      }
      if (c.state.phase === 'story') c.advance();
      expect(c.state.phase).toBe('options');
      if (point.discussed) {
        discussed += 1;
        expect(c.advance()).toEqual({ ok: true });
        expect(c.state.phase).toBe('discuss');
      } else if (!opened) {
        // The trainer opens one the plan left out: it becomes a discussion for the room.
        expect(c.advance()).toMatchObject({ ok: false, reason: 'trainer-picks' });
        c.setPhase('discuss');
        expect(c.point().discussed).toBe(true);
        opened = true;
      } else {
        expect(c.advance()).toMatchObject({ ok: false, reason: 'trainer-picks' });
      }
      expect(c.choose(0)).toEqual({ ok: true });
    }
    expect(c.point().kind).toBe('end');
    expect(discussed).toBe(plan.discussed);
    expect(opened).toBe(true);
  });

  it('shows the decision against the plan and the minutes left by the clock', async () => {
    const clock = new ManualClock();
    const created = await sessions(clock).create(cassie, {
      timerMinutes: 3,
      mappingsStartHidden: true,
      sessionMinutes: 60,
    });
    if (!created.ok) throw new Error(created.error);
    const c = created.controller;
    const plan = c.state.plan!;
    expect(c.pacing()).toEqual({ decision: 1, of: plan.decisionCount, minutesLeft: 60, behind: -10 });
    clock.advance(22 * 60_000);
    c.show('play');
    for (let made = 0; made < 6;) {
      const before = c.view().decisions.length;
      c.choose(0);
      made += c.view().decisions.length - before;
    }
    const pacing = c.pacing()!;
    expect(pacing.decision).toBe(7);
    expect(pacing.of).toBe(plan.decisionCount);
    expect(pacing.minutesLeft).toBe(38);
    clock.advance(90 * 60_000);
    expect(c.pacing()!.minutesLeft).toBe(0);
  });

  it('keeps a session without a plan discussing every decision', async () => {
    const created = await sessions().create(cassie, { timerMinutes: 3, mappingsStartHidden: true });
    if (!created.ok) throw new Error(created.error);
    const c = created.controller;
    c.show('play');
    while (c.point().kind !== 'decision') c.choose(0);
    expect(c.point().discussed).toBe(true);
    expect(c.pacing()).toBeUndefined();
  });
});

/** Every tag of a scenario's source files, parsed, in the order the compiler read the files. */
function placedTags(entry: string): PlacedTag[] {
  const compiled = compileInk(resolve(entry), readText);
  if (!compiled.ok) throw new Error(`${entry} did not compile`);
  const sources = compiled.files.map((path) => ({ path, text: readText(path) ?? '' }));
  return scanSourceTags(sources, resolve(entry)).flatMap((t) => {
    const { tag } = parseTag(t.raw, t.place, DEFAULT_CATALOGUE.ids);
    return tag ? [{ file: t.file, line: t.line, tag }] : [];
  });
}

describe('key decisions in the stories', () => {
  const scenarios = readdirSync('stories', { withFileTypes: true })
    .filter((d) => d.isDirectory() && readText(`stories/${d.name}/main.ink`) !== undefined)
    .map((d) => `stories/${d.name}/main.ink`);

  it.each([...scenarios, 'stories/examples/bus-station/main.ink'])(
    '%s marks a key decision in every stage',
    (entry) => {
      const tags = placedTags(entry);
      expect(tags.some((t) => t.tag.key === 'key-decision')).toBe(true);
      expect(stagesWithoutKeyDecision(tags)).toEqual([]);
    },
  );

  it('names a stage that has none', () => {
    const tag = (key: 'stage' | 'key-decision', line: number): PlacedTag => ({
      file: 'a.ink',
      line,
      tag: key === 'stage' ? { key, principle: line === 1 ? 'children-first' : 'child-voice' } : { key },
    });
    expect(stagesWithoutKeyDecision([tag('stage', 1), tag('key-decision', 2), tag('stage', 3)])).toEqual([
      { stage: 'child-voice', file: 'a.ink', line: 3 },
    ]);
  });
});
