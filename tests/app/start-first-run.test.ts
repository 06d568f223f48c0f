// The first run as data: which scenario is the warm-up and which the case study comes from the stories' `role:`
// tags, and so does the menu order; "Start here" leads from the warm-up to the case study; and the reading
// setting "always show summaries" puts a distressing passage's summary first without changing what is saved.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import caseStudyMeta from '../../stories/cassie-and-jo/main.ink?meta';
import warmUpMeta from '../../stories/first-shift/main.ink?meta';
import boysMeta from '../../stories/what-if-boys/main.ink?meta';
import {
  buildCatalogue,
  nextAfter,
  startHereTarget,
  titleChoices,
  type ScenarioEntry,
} from '../../src/app/scenario-catalogue.ts';
import { PlaythroughStarter } from '../../src/app/start-or-resume.ts';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { parseTag } from '../../src/core/story/tags.ts';
import hardPassage from './fixtures/hard-passage.ink';
import { play, scenarioOf, settle, world } from './app-world.ts';

const load = async () => '{}';
const path = (folder: string) => `../../stories/${folder}/main.ink`;

describe('the title’s choices come from the stories’ metadata', () => {
  it('reads the warm-up and the case study from the shipped stories’ role tags', () => {
    expect(warmUpMeta.role).toBe('warm-up');
    expect(caseStudyMeta.role).toBe('case-study');
    expect(boysMeta.role).toBeUndefined();
  });

  it('orders the menu warm-up first, then the case study, its variants, then the rest', () => {
    const catalogue = buildCatalogue(
      {
        [path('zz-other')]: { id: 'zz-other', title: 'Another story' },
        [path('what-if-b')]: { id: 'what-if-b', title: 'What if: B', variantOf: 'case' },
        [path('case')]: { id: 'case', title: 'The case', role: 'case-study' },
        [path('what-if-a')]: { id: 'what-if-a', title: 'What if: A', variantOf: 'case' },
        [path('warm')]: { id: 'warm', title: 'Warm-up', role: 'warm-up' },
        [path('odd')]: { id: 'odd', title: 'An odd role', role: 'headline' },
      },
      Object.fromEntries(['zz-other', 'what-if-b', 'case', 'what-if-a', 'warm', 'odd'].map((f) => [path(f), load])),
    );
    expect(catalogue.map((e) => e.id)).toEqual(['warm', 'case', 'what-if-a', 'what-if-b', 'odd', 'zz-other']);
    expect(catalogue.find((e) => e.id === 'odd')?.role).toBeUndefined();
    const choices = titleChoices(catalogue);
    expect(choices.warmUp?.id).toBe('warm');
    expect(choices.caseStudy?.id).toBe('case');
    expect(choices.variants.map((e) => e.id)).toEqual(['what-if-a', 'what-if-b']);
    expect(nextAfter(catalogue, choices.warmUp!)?.id).toBe('case');
    expect(nextAfter(catalogue, choices.caseStudy!)).toBeUndefined();
    expect(startHereTarget(choices, new Set())?.id).toBe('warm');
    expect(startHereTarget(choices, new Set(['warm']))?.id).toBe('case');
  });

  it('offers nothing it does not have, and never treats a trainer’s own scenario as the case study', () => {
    const own: ScenarioEntry = { ...scenarioOf('{}', 'mine', 'Mine'), role: 'case-study', own: true };
    expect(titleChoices([own])).toEqual({ warmUp: undefined, caseStudy: undefined, variants: [] });
  });

  it('checks role values as part of the tag contract', () => {
    const ids = DEFAULT_CATALOGUE.ids;
    expect(parseTag('role: warm-up', 'global', ids).tag).toEqual({ key: 'role', role: 'warm-up' });
    expect(parseTag('role: headline', 'global', ids).problem?.message).toContain('"role" is one of');
    expect(parseTag('role: warm-up', 'line', ids).problem?.message).toContain('at the top of the file');
    expect(parseTag('summary-choice', 'choice', ids).tag).toEqual({ key: 'summary-choice' });
  });
});

describe('always show summaries of distressing passages', () => {
  async function start(summariesFirst: boolean) {
    const w = world();
    let setting = summariesFirst;
    const starter = new PlaythroughStarter({
      saves: w.saves,
      clock: w.clock,
      principleIds: DEFAULT_CATALOGUE.ids,
      profileId: () => 'p1',
      onSaved: w.onSaved,
      summariesFirst: () => setting,
    });
    const started = await starter.startOrResume(scenarioOf(hardPassage, 'hard-passage'), 'new');
    if (started.kind !== 'playing') throw new Error(started.kind);
    return { w, starter, controller: started.controller, set: (on: boolean) => (setting = on) };
  }

  it('shows the passage as written when the setting is off', async () => {
    const { controller } = await start(false);
    expect(controller.view().options.map((o) => o.text)).toEqual(['Read what Jo said', 'Read a short summary instead']);
  });

  it('offers the summary first when it is on, and the first option then reads the summary', async () => {
    const { controller } = await start(true);
    expect(controller.view().options.map((o) => o.text)).toEqual(['Read a short summary instead', 'Read what Jo said']);
    expect(controller.choose(0)).toBeUndefined();
    expect(controller.view().transcript.map((l) => l.text)).toContain('In short: Jo was hurt, and has told you.');
  });

  it('saves the story’s own option numbers, so a save resumes the same page whatever the setting is later', async () => {
    const { w, controller, set } = await start(true);
    play(controller, 'Read what Jo said');
    await settle();
    set(false);
    const again = await w.starter.startOrResume(scenarioOf(hardPassage, 'hard-passage'), 'continue');
    if (again.kind !== 'playing') throw new Error(again.kind);
    expect(again.controller.view().transcript.map((l) => l.text)).toContain("Jo's account, in her own words.");
    expect(again.controller.snapshot().path).toEqual(controller.snapshot().path);
  });

  it('leaves practice decisions in their shuffled order', async () => {
    const off = await start(false);
    const on = await start(true);
    play(off.controller, 'Read a short summary instead');
    play(on.controller, 'Read a short summary instead');
    expect(on.controller.view().options.every((o) => !o.aside)).toBe(true);
    expect(on.controller.view().options.map((o) => o.text)).toEqual(off.controller.view().options.map((o) => o.text));
  });
});

describe('the checker and summary-choice', () => {
  it('warns when a summary is offered as a practice decision rather than an aside', () => {
    const entry = resolve('tests/app/fixtures/summary-not-aside.ink');
    const report = checkStory(entry, (path) => readFileSync(path, 'utf8'), [...DEFAULT_CATALOGUE.ids]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('"Read a short summary instead" is marked "summary-choice" but not "aside"'),
      }),
    );
    const fine = checkStory(resolve('tests/app/fixtures/hard-passage.ink'), (path) => readFileSync(path, 'utf8'), [
      ...DEFAULT_CATALOGUE.ids,
    ]);
    expect(fine.findings.filter((f) => f.message.includes('summary-choice'))).toEqual([]);
  });
});
