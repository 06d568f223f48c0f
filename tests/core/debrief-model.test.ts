import { describe, expect, it } from 'vitest';
import firstShift from '../fixtures/ink/warm-up.ink';
import cassieAndJo from '../../stories/cassie-and-jo/main.ink';
import { buildDebrief, readTally } from '../../src/core/scoring/debrief-model.ts';
import { influenceOf } from '../../src/core/scoring/ending-influences.ts';
import { compareProfiles } from '../../src/core/scoring/profile-comparison.ts';
import { tallyPrinciples } from '../../src/core/scoring/tallies.ts';
import { debriefJson, debriefMarkdown, mdText } from '../../src/core/export/debrief-export.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { endingLabel, readableId } from '../../src/core/session/scene-page.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { chooseByText, PRINCIPLE_IDS, skipAsides, startSession } from '../helpers/story-fixtures.ts';

function playFirstShift(prefixes: string[]) {
  const clock = new ManualClock();
  const session = startSession(firstShift, clock);
  for (const prefix of prefixes) {
    skipAsides(session);
    clock.advance(60_000);
    chooseByText(session, prefix);
  }
  return { session, clock };
}

describe('debrief model', () => {
  it("gives a profile of all eight principles, with the child's statement and words that describe, not grade", () => {
    const { session } = playFirstShift(['Say that if adults', 'Check his bag', 'Record what you saw']);
    const debrief = buildDebrief(session.view(), DEFAULT_CATALOGUE);
    expect(debrief.profile.map((p) => p.principle)).toEqual(PRINCIPLE_IDS);
    const first = debrief.profile[0]!;
    expect(first).toMatchObject({ supported: 2, undermined: 1, supportedAt: [0, 2], underminedAt: [1] });
    expect(first.feels).toMatch(/^I feel understood/);
    expect(first.reading).toMatch(/supported this principle twice and strained it once/);
    expect(debrief.profile.find((p) => p.principle === 'parents-as-partners')!.reading).toMatch(/None of your choices/);
    expect(debrief.mapped).toBe(true);
    expect(JSON.stringify(debrief)).not.toMatch(/score|grade|correct/i);
  });

  it('lists the roads not taken at every decision, with their mappings and reasons', () => {
    const { session } = playFirstShift(['Ask Marcus', 'Offer him a game', 'Ask the manager']);
    const debrief = buildDebrief(session.view(), DEFAULT_CATALOGUE);
    expect(debrief.decisions).toHaveLength(3);
    const firstDecision = debrief.decisions[0]!;
    expect(firstDecision.chosen.text).toMatch(/^Ask Marcus/);
    expect(firstDecision.notTaken.map((o) => o.text.slice(0, 12))).toEqual(['Agree that M', 'Say that if ']);
    expect(firstDecision.notTaken[0]).toMatchObject({
      undermines: ['children-first', 'strengths-relationships'],
      why: expect.stringMatching(/offender/),
    });
  });

  it('says which decisions led to the ending, by playing the roads not taken on', () => {
    const { session } = playFirstShift(['Say that if adults', 'Tell him gently', 'Leave it for now']);
    expect(session.view().ending).toBe('open-door');
    const source = { json: firstShift, principleIds: DEFAULT_CATALOGUE.ids };
    const view = session.view();
    const second = influenceOf(source, session.snapshot(), view.decisions, 1, new ManualClock());
    expect(second?.changedBy.map((c) => c.optionText.slice(0, 14))).toEqual(['Check his bag ']);
    expect(second?.changedBy[0]).toMatchObject({ ending: 'closed-door', endingTitle: undefined });
    expect(second).toMatchObject({ ending: 'open-door', endingTitle: undefined });
    const third = influenceOf(source, session.snapshot(), view.decisions, 2, new ManualClock());
    expect(third?.changedBy).toEqual([]);
  });

  it('replays every decision of a Cassie and Jo path: the path keeps its ending, and every road named leads elsewhere', () => {
    const session = startSession(cassieAndJo);
    while (!session.view().ended) {
      const offered = session.view().options;
      const careful = offered.findIndex((o) => o.undermines.length === 0 && o.supports.length > 0);
      session.choose(Math.max(0, careful));
    }
    const view = session.view();
    const source = { json: cassieAndJo, principleIds: DEFAULT_CATALOGUE.ids };
    const influences = view.decisions.map((d) =>
      influenceOf(source, session.snapshot(), view.decisions, d.ordinal, new ManualClock())!,
    );
    expect(influences.every((i) => i.ending === view.ending && i.endingTitle === view.endingTitle)).toBe(true);
    expect(influences.flatMap((i) => i.changedBy).every((c) => c.ending !== view.ending)).toBe(true);
  });

  it('compares a profile with the mean of earlier playthroughs', () => {
    const careful = tallyPrinciples(
      playFirstShift(['Say that if adults', 'Tell him gently', 'Record what you saw']).session.view().decisions,
      PRINCIPLE_IDS,
    );
    const defensive = tallyPrinciples(
      playFirstShift(['Agree that Marcus', 'Check his bag', 'Leave it for now']).session.view().decisions,
      PRINCIPLE_IDS,
    );
    const compared = compareProfiles(careful, [defensive, careful]);
    expect(compared[0]).toEqual({
      principle: 'children-first',
      now: { supported: 3, undermined: 0 },
      before: { supported: 1.5, undermined: 1.5 },
    });
    expect(compareProfiles(careful, [])[0]!.before).toBeUndefined();
    expect(readTally({ principle: 'x', supported: 0, undermined: 2, supportedAt: [], underminedAt: [0, 1] })).toMatch(
      /strained this principle twice/,
    );
  });
});

describe('debrief export', () => {
  const { session } = playFirstShift(['Say that if adults', 'Tell him gently', 'Record what you saw']);
  const input = {
    scenarioId: 'first-shift',
    scenarioTitle: 'A first shift at the youth centre',
    exportedAt: Date.UTC(2026, 10, 23, 15),
    startedAt: Date.UTC(2026, 10, 23, 14),
    lastChoiceAt: Date.UTC(2026, 10, 23, 14, 25),
    endingText: 'This is where the real work begins.',
    debrief: buildDebrief(session.view(), DEFAULT_CATALOGUE),
    notes: { 'children-first': 'Kai is fourteen: a child first.\nAsk about the toast.' },
    branchCount: 1,
    influences: undefined,
  };

  it('writes Markdown with the date, time spent, every decision, the roads not taken, the profile and the notes', () => {
    const md = debriefMarkdown(input, DEFAULT_CATALOGUE);
    expect(md).toContain('# Practice Paths debrief: A first shift at the youth centre');
    expect(md).toContain('Exported: 2026-11-23 15:00 UTC');
    expect(md).toContain('about 25 minutes');
    expect(md).toContain('### Decision 3');
    expect(md).toContain('**You chose:** Say that if adults are getting Kai');
    expect(md).toContain('Roads not taken:');
    expect(md).toContain('| Put children and young people first | 3 | 0 |');
    expect(md).toContain('Kai is fourteen: a child first.');
    expect(md).toContain('Ask about the toast.');
  });

  it('keeps story text as text in Markdown', () => {
    expect(mdText('<b>hi</b> *x* [link](y)')).toBe('\\<b\\>hi\\</b\\> \\*x\\* \\[link\\](y)');
  });

  it('names the ending by its title, or by its id made readable when the story gives none', () => {
    expect(debriefMarkdown(input, DEFAULT_CATALOGUE)).toContain(
      '- Ending: Open door — This is where the real work begins.',
    );
    const titled = { ...input, debrief: { ...input.debrief, endingTitle: 'The door stays open' } };
    expect(debriefMarkdown(titled, DEFAULT_CATALOGUE)).toContain('- Ending: The door stays open — ');
    expect(JSON.parse(debriefJson(titled, DEFAULT_CATALOGUE)).ending).toEqual({
      id: 'open-door',
      title: 'The door stays open',
      text: input.endingText,
    });
    expect(readableId('jo-held')).toBe('Jo held');
    expect(endingLabel({ ending: undefined, endingTitle: 'ignored' })).toBeUndefined();
  });

  it('writes JSON with the same content, ending titles, principle names and note titles beside the ids', () => {
    const data = JSON.parse(debriefJson(input, DEFAULT_CATALOGUE));
    expect(data).toMatchObject({
      format: 'practice-paths/debrief',
      minutesSpent: 25,
      ending: { id: 'open-door', title: 'Open door' },
      notes: [
        {
          key: 'children-first',
          title: 'Put children and young people first',
          text: input.notes['children-first'],
        },
      ],
    });
    expect(data.decisions).toHaveLength(3);
    expect(data.decisions[0]).toMatchObject({
      stage: 'children-first',
      stageName: 'Put children and young people first',
      chosen: {
        supports: ['children-first', 'challenge-inequality'],
        supportsNames: [
          'Put children and young people first',
          'Recognise and challenge inequalities, exclusion and discrimination',
        ],
      },
    });
    for (const d of data.decisions)
      for (const o of [d.chosen, ...d.notTaken]) {
        expect(o.supportsNames).toHaveLength(o.supports.length);
        expect(o.underminesNames).toHaveLength(o.undermines.length);
        for (const name of [...o.supportsNames, ...o.underminesNames]) expect(PRINCIPLE_IDS).not.toContain(name);
      }
    expect(data.profile[0]).toMatchObject({ principle: 'children-first', supported: 3, supportedAt: [1, 2, 3] });
    const influenced = {
      ...input,
      influences: [
        {
          ordinal: 0,
          chosenText: 'Say that if adults',
          ending: 'open-door',
          endingTitle: undefined,
          changedBy: [{ optionText: 'Agree', ending: 'door-closed', endingTitle: 'The door closes' }],
        },
      ],
    };
    expect(JSON.parse(debriefJson(influenced, DEFAULT_CATALOGUE)).endingInfluences[0]).toMatchObject({
      ending: 'open-door',
      endingTitle: 'Open door',
      changedBy: [{ ending: 'door-closed', endingTitle: 'The door closes' }],
    });
  });

  it('shows no principle or ending id in the Markdown people read', () => {
    const md = debriefMarkdown(input, DEFAULT_CATALOGUE);
    for (const id of [...PRINCIPLE_IDS, 'open-door']) expect(md, id).not.toContain(id);
    expect(md).toContain('Put children and young people first');
  });
});
