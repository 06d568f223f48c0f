// The Cassie and Jo scenario: checker bars from the issue, scripted playthroughs of careful, defensive and
// mixed practice with their endings and tallies, the costs that land on the careful path, and an early choice
// that changes what happens later.
import { describe, expect, it } from 'vitest';
import story from '../../stories/cassie-and-jo/main.ink';
import { formatCheckReport } from '../../src/core/checker/check-report-format.ts';
import { tallyPrinciples } from '../../src/core/scoring/tallies.ts';
import type { TranscriptLine } from '../../src/core/session/session-types.ts';
import { chooseByText, PRINCIPLE_IDS, startSession } from '../helpers/story-fixtures.ts';
import { storyReport } from '../helpers/story-reports.ts';

/**
 * Option prefixes in order, asides included ("Read what Jo said", "Continue"). Options are shown shuffled, so
 * every choice is made by its text. The careful path is what a thoughtful practitioner would do, read as a
 * trainer would, not the best-tagged option at each step: several of its choices cost something, and it shows.
 */
const CAREFUL = [
  'Tell Marcus you will treat this', // as possible exploitation: the school takes her off the peer mentors' list
  'Explain who you are', // and what you can and cannot keep private
  'Ask Cassie, before she goes back to class', // whether you can visit her parents
  'Ask what evidence sits behind', // the report's labels, in the room: DC Priestley cools on you
  'Propose a National Referral Mechanism',
  'Argue that school is one of the safest',
  'Read what Cassie said',
  'Thank her, tell her this must be passed on',
  'Name both girls as children harmed', // Cassie too: her parents get a call, and she is grounded
  'Ask Mr Hale for a word in his office', // and challenge the remark there
  'Ask the police to wait until Ruth', // has asked Cassie whether she will be a witness
  'Tell Jo yourself', // before the home visit: the men outside the pub are warned
  'Correct Gavin in the room', // Gavin asks not to be paired with you again
  'Read what Jo said',
  'Tell Jo you hear that it feels',
  'Get word to Cassie',
  'Continue',
  'Take her word for it',
  'Suggest Kerry asks Jo where to meet',
  'Read what Jo said',
  'Tell Jo that Fridays must go to the police', // she misses the next session
  'Ask the head to swap it', // for a support plan: he ends it at half-term
  'Tell them removal is very unlikely', // and why you cannot say never
  'Share what Jo has agreed to',
  'Name how the family were treated',
  'Read what Cassie said',
  'Plan her safety with her today', // at her pace: the police have no name and no statement
  'Read what Jo said',
  'Say it must go to police and social care', // but an interview is her call: she stays away three weeks
  'Ask the school to review how it handled Jo', // the head refers the boys but will not reopen her report
  'Walk the park with Priya',
  "Plan from the young people's maps",
  'Put the request to Cassie with Ruth', // she says not now, so nobody is charged
  'Ask Cassie and Jo what they want',
];
const DEFENSIVE = [
  'Suggest Marcus reminds Cassie',
  'Ask her directly who gave her the drugs',
  "Write down the older brother's police history",
  'Accept the report as the agreed account',
  'Keep the plan youth offending-led',
  'Say the move is a matter for the school',
  'Read a short summary instead',
  'Tell Ruth to make the referral',
  'Describe Friday as both girls',
  'Agree that it is complicated at sixteen',
  'Agree that the police speak to Cassie',
  'Leave telling Jo and her family',
  'Move the conversation on',
  'Read a short summary instead',
  'Tell her she is not in control',
  'Leave the friendship for Cassie and Jo',
  'Continue',
  'Ask Jo to put the phone away',
  'Agree that three missed sessions',
  'Accept the exclusion',
  'Go through house rules',
  'Tell them the details are confidential',
  'Keep the visit short',
  'Tell Marcus to record it',
  'Read a short summary instead',
  'Tell Michelle to let Jo sleep',
  'Close the case for now',
  'Keep the review on Cassie and Jo',
  'Ask the police for weekend patrols',
  'Agree CCTV on the paths',
  'Close both cases',
];
const MIXED = [
  'Ask Marcus what he knows',
  'Explain who you are',
  'Ask the school to keep an eye',
  'Say nothing in the meeting, and email',
  'Propose a National Referral Mechanism',
  'Ask the school to keep her on roll',
  'Read a short summary instead',
  'Advise Ruth to make the referral today',
  'Put the men, the pub and the shop',
  'Let the remark pass',
  'Offer to ask Cassie yourself',
  "Ask the duty team to phone Jo's mum first",
  'Let Gavin finish',
  'Read what Jo said',
  'Explain grooming and coercion',
  "Tell Jo the decision to act was the adults'",
  'Continue',
  'Take her word for it',
  'Keep the weekly office sessions',
  'Suggest a part-time timetable',
  'Say sorry for how they were spoken to', // and promise nobody will take Jo
  'Tell them everything you know',
  'Name how the family were treated',
  'Read a short summary instead',
  'Help Ruth make a safety plan',
  'Tell Jo what you have read',
  'Ask school, youth workers and police to look',
  'Ask the police exploitation team to focus',
  'Agree to come back to the park',
  'Ask DC Priestley to work on him',
  'Step down slowly',
];

function play(prefixes: readonly string[]) {
  const session = startSession(story);
  for (const prefix of prefixes) chooseByText(session, prefix);
  return session;
}

const textOf = (session: ReturnType<typeof play>) =>
  session
    .view()
    .transcript.map((l) => l.text)
    .join('\n');

const tallyOf = (prefixes: readonly string[]) =>
  Object.fromEntries(
    tallyPrinciples(play(prefixes).view().decisions, PRINCIPLE_IDS).map((t) => [
      t.principle,
      [t.supported, t.undermined],
    ]),
  );

describe('Cassie and Jo: the checker bars', () => {
  const report = storyReport('cassie-and-jo');
  const text = formatCheckReport(report);

  it('has no errors, dead ends or runtime errors, and every option is tagged and explained', () => {
    expect(report.errorCount, text).toBe(0);
    expect(report.pathProblems, text).toEqual([]);
    expect(report.optionsWithoutPrinciples, text).toEqual([]);
    expect(report.optionsWithoutWhy, text).toEqual([]);
  });

  it('supports every principle with at least three options and undermines each with at least two', () => {
    for (const row of report.principleTable) {
      expect(row.supportedBy, `${row.principle}\n${text}`).toBeGreaterThanOrEqual(3);
      expect(row.underminedBy, `${row.principle}\n${text}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('has at least sixteen decisions on every path and reaches at least four endings', () => {
    expect(report.exploration!.decisionsPerPath.min, text).toBeGreaterThanOrEqual(16);
    expect(report.exploration!.endings.size, text).toBeGreaterThanOrEqual(4);
  });

  it('offers three or four options at every decision point', () => {
    const perPoint = new Map<string, number>();
    for (const seen of report.exploration!.options.values())
      if (!seen.option.aside) perPoint.set(seen.decisionId, (perPoint.get(seen.decisionId) ?? 0) + 1);
    for (const [point, count] of perPoint) expect(count, point).toBeGreaterThanOrEqual(3);
  });

  it('starts all eight stages in the order of the case study', () => {
    const session = play(CAREFUL);
    const stages = [
      ...new Set(
        session
          .view()
          .transcript.map((l) => l.stage)
          .filter(Boolean),
      ),
    ];
    expect(stages).toEqual(PRINCIPLE_IDS);
  });
});

describe('Cassie and Jo: scripted playthroughs', () => {
  it('careful practice reaches steadier ground, supporting every principle and straining most of them along the way', () => {
    const session = play(CAREFUL);
    expect(session.view().ended).toBe(true);
    expect(session.view().ending).toBe('steadier-ground');
    expect(session.view().decisions).toHaveLength(28);
    expect(tallyOf(CAREFUL)).toEqual({
      'children-first': [14, 2],
      'challenge-inequality': [7, 0],
      'curious-informed': [7, 1],
      'child-voice': [16, 6],
      'strengths-relationships': [4, 4],
      'parents-as-partners': [4, 1],
      'trauma-informed': [9, 3],
      'safer-spaces': [6, 4],
    });
    expect(session.variable('jo_told')).toBe(true);
    expect(session.variable('who_harmed')).toBe(2);
    expect(session.variable('cassie_witness')).toBe(2);
    expect(session.variable('assault_shared')).toBe(2);
    expect(session.variable('park_witness')).toBe(1);
    expect(session.variable('park_plan')).toBe(2);
  });

  it('defensive practice leaves both girls adrift, straining every principle', () => {
    const session = play(DEFENSIVE);
    expect(session.view().ended).toBe(true);
    expect(session.view().ending).toBe('both-adrift');
    expect(session.view().decisions).toHaveLength(27);
    expect(tallyOf(DEFENSIVE)).toEqual({
      'children-first': [0, 10],
      'challenge-inequality': [0, 3],
      'curious-informed': [1, 8],
      'child-voice': [1, 8],
      'strengths-relationships': [0, 6],
      'parents-as-partners': [0, 4],
      'trauma-informed': [1, 10],
      'safer-spaces': [1, 5],
    });
    expect(session.variable('who_harmed')).toBe(-1);
    expect(session.variable('night_response')).toBe(0);
    expect(session.variable('assault_known')).toBe(false);
    expect(session.variable('park_plan')).toBe(1);
  });

  it("mixed practice holds Cassie but not Jo, and the promise made to Jo's family comes back", () => {
    const session = play(MIXED);
    expect(session.view().ended).toBe(true);
    expect(session.view().ending).toBe('cassie-held');
    expect(session.view().decisions).toHaveLength(27);
    expect(tallyOf(MIXED)).toEqual({
      'children-first': [5, 5],
      'challenge-inequality': [3, 1],
      'curious-informed': [9, 3],
      'child-voice': [5, 9],
      'strengths-relationships': [5, 6],
      'parents-as-partners': [4, 1],
      'trauma-informed': [6, 2],
      'safer-spaces': [7, 3],
    });
    expect(session.variable('promised_family')).toBe(true);
    expect(session.variable('told_parents_everything')).toBe(true);
    expect(textOf(session)).toMatch(
      /Gavin's put a note on Jo's file\. Michelle told him at the last review that you'd promised nobody would ever take Jo/,
    );
  });
});

describe('Cassie and Jo: costs land on the careful path', () => {
  it('is not a clean sweep: most of its choices strain a principle, and six or more principles are strained', () => {
    const decisions = play(CAREFUL).view().decisions;
    const strained = decisions.filter((d) => d.options[d.chosen]!.undermines.length > 0);
    expect(strained.length, 'decisions whose chosen option strains something').toBeGreaterThanOrEqual(
      Math.ceil(decisions.length / 2),
    );
    const principlesStrained = tallyPrinciples(decisions, PRINCIPLE_IDS)
      .filter((t) => t.undermined > 0)
      .map((t) => t.principle);
    expect(principlesStrained.length, principlesStrained.join(', ')).toBeGreaterThanOrEqual(6);
  });

  // Each careful choice, the price the story later shows for it, and a choice that does not pay that price.
  const COSTS: readonly { readonly choice: string; readonly cost: RegExp; readonly instead: string }[] = [
    {
      choice: 'Tell Marcus you will treat this',
      cost: /taken off the peer mentors' list/,
      instead: 'Ask Marcus what he knows',
    },
    {
      choice: 'Ask what evidence sits behind',
      cost: /DC Priestley is polite with you, and no more than polite/,
      instead: 'Say nothing in the meeting, and email',
    },
    {
      choice: 'Name both girls as children harmed',
      cost: /Cassie was grounded for a week/,
      instead: 'Put the men, the pub and the shop',
    },
    { choice: 'Tell Jo yourself', cost: /Somebody's been warned/, instead: 'Leave telling Jo and her family' },
    {
      choice: 'Correct Gavin in the room',
      cost: /Gavin has asked not to be paired with you again/,
      instead: 'Ask Michelle and Lee what they have noticed',
    },
    {
      choice: 'Tell Jo that Fridays must go to the police',
      cost: /Jo misses the next session/,
      instead: 'Keep it in your session notes',
    },
    {
      choice: 'Ask the head to swap it',
      cost: /the head ended the later start/,
      instead: 'Suggest a part-time timetable',
    },
    {
      choice: 'Plan her safety with her today',
      cost: /I've got a man feeding the ducks/,
      instead: 'Write it up word for word',
    },
    {
      choice: 'Say it must go to police and social care',
      cost: /She does not come to the art room for the next three weeks/,
      instead: 'Offer her specialist support at her pace',
    },
    {
      choice: 'Ask the school to review how it handled Jo',
      cost: /He will not reopen how staff handled her report/,
      instead: 'Ask school, youth workers and police to look',
    },
    {
      choice: 'Put the request to Cassie with Ruth',
      cost: /"Then I can't charge him,"/,
      instead: 'Ask DC Priestley to work on him',
    },
  ];

  for (const { choice, cost, instead } of COSTS) {
    it(`"${choice}…" costs something the story shows afterwards (${cost.source})`, () => {
      const session = play(CAREFUL);
      const made = session.view().decisions.find((d) => d.options[d.chosen]!.text.startsWith(choice));
      expect(made, `the careful path takes "${choice}"`).toBeDefined();
      const shown = session.view().transcript.find((l) => cost.test(l.text));
      expect(shown, `${cost} in the careful path's transcript`).toBeDefined();
      expect(shown!.step, 'the cost appears after the choice').toBeGreaterThan(made!.step);
      // Without that choice, that cost does not appear.
      expect(textOf(play(CAREFUL.map((p) => (p === choice ? instead : p))))).not.toMatch(cost);
    });
  }

  it('several costs land later in the story, after further decisions, not only in the reply to the choice', () => {
    const session = play(CAREFUL);
    const { decisions, transcript } = session.view();
    const delays = COSTS.map(({ choice, cost }) => {
      const made = decisions.find((d) => d.options[d.chosen]!.text.startsWith(choice))!;
      return transcript.find((l) => cost.test(l.text))!.step - made.step;
    });
    expect(
      delays.filter((d) => d > 1).length,
      `steps between each choice and its cost: ${delays.join(', ')}`,
    ).toBeGreaterThanOrEqual(5);
  });
});

describe('Cassie and Jo: an early choice carries', () => {
  const TELL_JO = 'Tell Jo yourself';
  const LEAVE_IT = 'Leave telling Jo and her family';
  const ASK_JO = 'Tell Jo first, ask whether she agrees';
  const withChoice = (replacement: string) => CAREFUL.map((p) => (p.startsWith(TELL_JO) ? replacement : p));
  const homeVisit = (lines: readonly TranscriptLine[]) => {
    const start = lines.findIndex((l) => l.stage === 'child-voice');
    const end = lines.findIndex((l) => l.stage === 'strengths-relationships');
    return lines.slice(start, end);
  };

  it('telling Jo before the home visit brings her nan in, and Jo does not turn on Cassie', () => {
    const session = play(CAREFUL);
    const visit = homeVisit(session.view().transcript);
    expect(visit.some((l) => l.speaker === 'jo-nan')).toBe(true);
    expect(visit.some((l) => l.sfx === 'door-knock')).toBe(false);
    expect(visit.map((l) => l.text).join(' ')).not.toMatch(/kill Cassie/);
    expect(session.variable('jo_told')).toBe(true);
  });

  it('leaving it to the duty visit means a knock at the door, a stranger on the step and Jo blaming Cassie', () => {
    expect(withChoice(LEAVE_IT)).toContain(LEAVE_IT);
    const session = play(withChoice(LEAVE_IT));
    const visit = homeVisit(session.view().transcript);
    expect(visit.some((l) => l.speaker === 'jo-nan')).toBe(false);
    expect(visit.some((l) => l.sfx === 'door-knock')).toBe(true);
    expect(visit.map((l) => l.text).join(' ')).toMatch(/kill Cassie/);
    expect(session.variable('jo_told')).toBe(false);
  });

  it('asking Jo to agree and then going ahead without her turns her anger on you, and her nan is not there', () => {
    expect(withChoice(ASK_JO)).toContain(ASK_JO);
    const session = play(withChoice(ASK_JO));
    const visit = homeVisit(session.view().transcript);
    const words = visit.map((l) => l.text).join(' ');
    expect(visit.some((l) => l.speaker === 'jo-nan')).toBe(false);
    expect(visit.some((l) => l.sfx === 'door-knock')).toBe(false);
    expect(words).toMatch(/walks away from it without a word/);
    expect(words).toMatch(/You asked me\. Like I had a say\. Then you did it anyway\./);
    expect(session.variable('jo_told')).toBe(false);
    expect(session.variable('jo_consent_overridden')).toBe(true);
  });
});
