import { describe, expect, it } from 'vitest';
import features from '../fixtures/ink/features.ink';
import stepBudget from '../fixtures/ink/step-budget.ink';
import { DEFAULT_STEP_BUDGET, InkRunner, MAX_LINES_PER_STEP, type StoryStep } from '../../src/core/story/ink-runner.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';

const ids = DEFAULT_CATALOGUE.ids;

function runner(): InkRunner {
  const created = InkRunner.create(features, ids);
  if (!created.ok) throw new Error(created.error);
  return created.runner;
}

describe('ink runner on a fixture using glue, diverts, tunnels, threads, variables, conditionals, lists and sticky choices', () => {
  it("keeps global tags apart from the first line's tags", () => {
    const run = runner();
    expect(run.meta).toMatchObject({ id: 'features-fixture', title: 'Ink features fixture' });
    const step = run.continueStory();
    expect(step.lines[0]).toEqual({
      text: 'Opening line.',
      tags: [
        { key: 'scene', id: 'school-corridor' },
        { key: 'speaker', id: 'cassie' },
      ],
      problems: [],
    });
  });

  it('joins glued text, follows diverts, prints variables and lists', () => {
    const step = runner().continueStory();
    const texts = step.lines.map((l) => l.text);
    expect(texts).toContain('Glued text.');
    expect(step.lines.find((l) => l.text === 'Glued text.')?.tags).toEqual([{ key: 'sfx', id: 'school-bell' }]);
    expect(texts).toContain('Visit 1. Mood is uneasy.');
  });

  it('offers choices with parsed principle tags, including one gathered from a thread, and hides a conditional one', () => {
    const step = runner().continueStory();
    expect(step.options.map((o) => o.text)).toEqual(['Side option from a thread', 'Sticky talk', 'Tell Jo first']);
    expect(step.options[2]).toMatchObject({
      supports: ['children-first', 'child-voice'],
      undermines: ['parents-as-partners'],
      why: 'Honest with Jo, harder for her parents.',
      aside: false,
    });
    expect(step.decisionId).toBeTypeOf('string');
  });

  it('returns from a tunnel, keeps a sticky choice, and shows a conditional choice on the second visit', () => {
    const run = runner();
    run.continueStory();
    expect(run.choose(1)).toBeUndefined();
    const second = run.continueStory();
    expect(second.lines.map((l) => l.text)).toEqual(['You talk for a while.', 'Visit 2. Mood is calm.']);
    expect(second.lines[0]?.tags).toEqual([{ key: 'speaker', id: 'counsellor' }]);
    expect(second.options.map((o) => o.text)).toEqual([
      'Side option from a thread',
      'Sticky talk',
      'Tell Jo first',
      'Only after a second visit',
    ]);
    expect(run.variable('visits')).toBe(2);
  });

  it('follows a variable into a conditional in an INCLUDEd file, uses a fallback choice, and reaches the ending', () => {
    const run = runner();
    run.continueStory();
    run.choose(2);
    const part = run.continueStory();
    expect(part.lines.map((l) => l.text)).toEqual(['Jo knew you were coming.']);
    expect(part.options.map((o) => o.text)).toEqual(['Once-only choice']);
    run.choose(0);
    const end = run.continueStory();
    expect(end.ended).toBe(true);
    expect(end.lines.at(-1)?.tags).toEqual([{ key: 'ending', id: 'fixture-end' }]);
    expect(run.variable('told_jo')).toBe(true);
  });

  it('says, rather than throws, when given a broken story or a choice not on offer', () => {
    expect(InkRunner.create('{"not": "a story"}', ids)).toMatchObject({ ok: false });
    expect(InkRunner.create('<<<', ids)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/could not be loaded/),
    });
    const run = runner();
    run.continueStory();
    expect(run.choose(7)).toMatch(/no option 8/);
    expect(run.loadState('garbage')).toMatch(/could not be restored/);
  });
});

describe('ink runner budgets count work, never time (step-budget.ink)', () => {
  const budgeted = (steps?: number): InkRunner => {
    const created = InkRunner.create(stepBudget, ids, steps === undefined ? {} : { stepBudget: steps });
    if (!created.ok) throw new Error(created.error);
    return created.runner;
  };
  /** Continue, keeping going after every stall, and gather the lines; counts the stalls. */
  const keepGoing = (run: InkRunner, limit = 100_000) => {
    const texts: string[] = [];
    const stalls: number[] = [];
    let step: StoryStep = run.continueStory();
    texts.push(...step.lines.map((l) => l.text));
    while (step.stalled && stalls.length < limit) {
      stalls.push(step.stalled.steps);
      step = run.continueStory();
      texts.push(...step.lines.map((l) => l.text));
    }
    return { texts, stalls, last: step };
  };

  it('plays a long but finite count to its choice within the default budget', () => {
    const step = budgeted().continueStory();
    expect(step).toMatchObject({ stalled: undefined, error: undefined, ended: false });
    expect(step.lines.map((l) => l.text)).toEqual(['Counting starts.', 'Counted to 300.']);
    expect(step.options.map((o) => o.text)).toEqual(['Stop', 'Spin for ever', 'Chatter for ever']);
  });

  it('stops a step that runs past a small budget, says so as data, and keeps going from exactly there', () => {
    const run = budgeted(1000);
    const first = run.continueStory();
    // "Counting starts." is not finished until ink has seen what follows it (glue could join the next text).
    expect(first.stalled).toEqual({ budget: 'steps', steps: 1000, lines: 0 });
    expect(first).toMatchObject({ ended: false, options: [], decisionId: undefined });
    expect(first.error).toMatch(/1000 steps without reaching a choice/);
    const rest = keepGoing(run);
    expect(rest.last.stalled).toBeUndefined();
    expect(rest.texts).toEqual(['Counting starts.', 'Counted to 300.']);
    expect(rest.last.options.map((o) => o.text)).toEqual(['Stop', 'Spin for ever', 'Chatter for ever']);
    // The same budget stops at the same places every time: it is a count, not a stopwatch.
    expect(keepGoing(budgeted(1000)).stalls).toEqual([1000, ...rest.stalls]);
    expect(rest.stalls.length).toBeGreaterThan(5);
  });

  it('gives the same result when every clock reading jumps ten seconds (a machine far busier than any)', () => {
    const calm = keepGoing(budgeted(1000));
    const { now, prototype } = Date;
    // Kept only to be put back on Date.prototype afterwards, never called detached.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const getTime = prototype.getTime;
    let clock = now();
    let busy: ReturnType<typeof keepGoing>;
    let unbudgeted: StoryStep;
    Date.now = () => (clock += 10_000);
    prototype.getTime = () => (clock += 10_000);
    try {
      busy = keepGoing(budgeted(1000));
      unbudgeted = budgeted().continueStory();
    } finally {
      Date.now = now;
      prototype.getTime = getTime;
    }
    expect(clock - now()).toBeGreaterThan(10_000_000);
    expect(busy.stalls).toEqual(calm.stalls);
    expect(busy.texts).toEqual(calm.texts);
    expect(unbudgeted.stalled).toBeUndefined();
  });

  it('stops a knot that diverts to itself after exactly the default budget, every time it is asked to keep going', () => {
    const run = budgeted();
    run.continueStory();
    run.choose(1);
    const spin = run.continueStory();
    expect(spin.stalled).toEqual({ budget: 'steps', steps: DEFAULT_STEP_BUDGET, lines: 0 });
    expect(spin.error).toMatch(/seems to loop here without end/);
    expect(run.continueStory(5000).stalled).toEqual({ budget: 'steps', steps: 5000, lines: 0 });
  });

  it('stops a knot that prints a line for ever at the line limit, with the lines so far', () => {
    const run = budgeted();
    run.continueStory();
    run.choose(2);
    const chatter = run.continueStory();
    expect(chatter.stalled).toMatchObject({ budget: 'lines', lines: MAX_LINES_PER_STEP });
    expect(chatter.lines).toHaveLength(MAX_LINES_PER_STEP);
    expect(chatter.lines[0]?.text).toBe('Again.');
    expect(chatter.ended).toBe(false);
  });

  it('can start again or restore a saved position after a stall it was not asked to keep going from', () => {
    const run = budgeted(50_000);
    run.continueStory();
    const atChoice = run.saveState();
    run.choose(1);
    expect(run.continueStory().stalled).toBeDefined();
    expect(run.loadState(atChoice)).toBeUndefined();
    expect(run.choose(0)).toBeUndefined();
    const end = run.continueStory();
    expect(end).toMatchObject({ ended: true, stalled: undefined });
    expect(end.lines.at(-1)?.tags).toEqual([{ key: 'ending', id: 'stopped' }]);
    run.reset();
    run.continueStory();
    run.choose(1);
    expect(run.continueStory().stalled).toBeDefined();
    run.reset();
    expect(run.continueStory().options).toHaveLength(3);
  });

  it('refuses a budget below one step', () => {
    expect(InkRunner.create(stepBudget, ids, { stepBudget: 0 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/at least 1/),
    });
  });
});
