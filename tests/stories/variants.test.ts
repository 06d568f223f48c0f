// The five "what if" versions of Cassie and Jo (issue 6). Each one: passes the main scenario's checker bars, except
// that a variant may be shorter (ten decisions on every path, three endings); says it is a variant of cassie-and-jo;
// differs from the main story at five or more decision points (points the main story does not have, or options
// whose text or principle mapping changed) and tags those options with `differs:`; plays scripted paths to known
// endings and tallies; and, somewhere, counts the same choice as in the main story differently.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import mainStory from '../../stories/cassie-and-jo/main.ink';
import boysStory from '../../stories/what-if-boys/main.ink';
import lgbtqStory from '../../stories/what-if-lgbtq/main.ink';
import unsafeStory from '../../stories/what-if-unsafe-parents/main.ink';
import brotherStory from '../../stories/what-if-brother/main.ink';
import ldStory from '../../stories/what-if-learning-disability/main.ink';
import { checkStory, type CheckReport } from '../../src/core/checker/story-checker.ts';
import { formatCheckReport } from '../../src/core/checker/check-report-format.ts';
import { InkRunner } from '../../src/core/story/ink-runner.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { tallyPrinciples } from '../../src/core/scoring/tallies.ts';
import type { DecisionRecord } from '../../src/core/session/session-types.ts';
import { chooseByText, PRINCIPLE_IDS, readText, startSession } from '../helpers/story-fixtures.ts';

type Tally = Record<string, [supported: number, undermined: number]>;

function play(json: string, prefixes: readonly string[]) {
  const session = startSession(json);
  for (const prefix of prefixes) chooseByText(session, prefix);
  return session;
}

const tallyOf = (decisions: readonly DecisionRecord[]): Tally =>
  Object.fromEntries(tallyPrinciples(decisions, PRINCIPLE_IDS).map((t) => [t.principle, [t.supported, t.undermined]]));

/** A path written as the main story's path with some choices swapped: each key is replaced by its value(s). */
function edit(base: readonly string[], swaps: Readonly<Record<string, string | readonly string[]>>): string[] {
  for (const key of Object.keys(swaps)) if (!base.includes(key)) throw new Error(`The base path has no "${key}" to swap.`);
  return base.flatMap((p) => (p in swaps ? [swaps[p]!].flat() : [p]));
}

/** The main story's careful path (as in cassie-and-jo.test.ts), which the shared variants start from. */
const MAIN_CAREFUL = [
  'Tell Marcus you will treat this', 'Ask about her trainers', 'Ask who Cassie spends her time with', 'Ask what evidence sits behind',
  'Propose a National Referral Mechanism', 'Argue that school is one of the safest', 'Read what Cassie said', 'Thank Cassie, tell her honestly',
  'Challenge the remark calmly', 'Tell Jo yourself', 'Step in straight away', 'Read what Jo said', 'Tell Jo you hear that it feels',
  'Get word to Cassie', 'Continue', 'Ask Jo what she plays', 'Suggest Kerry meets Jo somewhere she chooses', 'Read what Jo said (art room)',
  'Ask the school to replace the exclusion', 'Acknowledge how they were spoken to', 'Share what Jo has agreed', 'Name what happened to the family',
  'Read what Cassie said', 'Tell her she is not in trouble', 'Read what Jo said (her past)', 'Link it to everything since',
  'Ask the school to review how it handled', 'Walk the park with Priya', "Put young people's maps at the centre", 'Ask Cassie and Jo what they want',
];
/** The labels in brackets only tell repeated asides apart; they are stripped before choosing. */
const strip = (path: readonly string[]) => path.map((p) => p.replace(/ \(.*\)$/, ''));

// ---------------------------------------------------------------------------------------------------------------
// What each variant is tested with

interface SameChoice {
  /** The decision point, the option text taken in both stories, and a path through each that takes it. */
  readonly decisionId: string;
  readonly text: string;
  readonly mainPath: readonly string[];
  readonly variantPath: readonly string[];
  /** When the same choices also end differently. */
  readonly endings?: { readonly main: string; readonly variant: string };
}

interface Scripted {
  readonly name: string;
  readonly path: readonly string[];
  readonly ending: string;
  readonly tally: Tally;
  readonly check?: (session: ReturnType<typeof play>) => void;
}

interface Variant {
  readonly id: string;
  readonly json: string;
  readonly scripted: readonly Scripted[];
  readonly sameChoice: SameChoice;
}

const LGBTQ_CAREFUL = edit(MAIN_CAREFUL, {
  'Challenge the remark calmly': ['Challenge both remarks calmly', "Keep Jo's sexuality out of the referral"],
  'Read what Jo said (art room)': ['Read what Jo said (art room)', 'Tell Jo that threatening to out her'],
});
const LD_CAREFUL = edit(MAIN_CAREFUL, {
  'Challenge the remark calmly': "Ask the school's special educational needs coordinator",
  'Tell Jo yourself': 'Tell Jo yourself before anyone visits, with Sam',
  'Tell Jo you hear that it feels': ['Check what Jo has understood', 'Say that capacity is not the question'],
  'Suggest Kerry meets Jo somewhere she chooses': 'Adapt the work with Jo',
  'Acknowledge how they were spoken to': 'Offer to work with them on safety',
  'Ask Cassie and Jo what they want': "Step down slowly, and plan Jo's move",
});
const UNSAFE_CAREFUL = edit(MAIN_CAREFUL, {
  'Tell Jo yourself': 'Tell Jo yourself, in school, and plan with her',
  'Step in straight away': "Correct Gavin's words",
  'Acknowledge how they were spoken to': 'Listen, ask Michelle what home is like',
  'Share what Jo has agreed': ['Agree with Michelle what she can safely hold', 'Ask Jo who she feels safe with'],
});
const BROTHER_CAREFUL = edit(MAIN_CAREFUL, {
  'Tell her she is not in trouble': ['Tell her she is not in trouble', 'Ask for Daniel to be seen as a young adult', 'Plan with Cassie and her parents'],
  'Ask the school to review how it handled': 'Make sure Josh is thought about too',
});
const BOYS_CAREFUL = [
  'Tell Marcus you will treat this as possible exploitation, and ask why', 'Ask about his trainers', 'Ask what evidence sits behind',
  'Propose a National Referral Mechanism', 'Argue that school is one of the safest', 'Read what he said', 'Thank Cassius',
  'Challenge the remark calmly', "Refer Joe to children's social care", 'Tell Joe yourself', 'Step in straight away', 'Read what Joe said',
  'Tell him that what the men did says nothing', 'Continue', 'Ask Joe what he plays', 'Offer Joe the choice', 'Read what Joe said',
  'Ask the school to replace the exclusion', 'Help Michelle and Lee see', 'Name what happened to the family and to Cassius',
  'Read what Cassius said', 'Tell him he is not in trouble', 'Read what Joe said', 'Link it to everything since',
  "Ask the school to review how it handled Joe's report", 'Walk the park with Priya', 'Ask Cassius and Joe what they want',
];

const VARIANTS: readonly Variant[] = [
  {
    id: 'what-if-boys',
    json: boysStory,
    scripted: [
      {
        name: 'careful practice sees two boys as children, and reaches steadier ground',
        path: BOYS_CAREFUL,
        ending: 'steadier-ground',
        tally: { 'children-first': [13, 0], 'challenge-inequality': [10, 0], 'curious-informed': [6, 0], 'child-voice': [7, 1], 'strengths-relationships': [4, 0], 'parents-as-partners': [4, 0], 'trauma-informed': [7, 0], 'safer-spaces': [4, 0] },
        check: (session) => {
          expect(session.view().decisions).toHaveLength(21);
          expect(session.variable('search_challenged')).toBe(true);
          expect(session.variable('joe_route')).toBe(1);
          // The girls' portraits and name plates are never used for the boys or their families.
          const speakers = new Set(session.view().transcript.map((l) => l.speaker));
          for (const id of ['cassie', 'jo', 'jo-mum', 'jo-mum-partner', 'jo-nan', 'cassie-mum', 'cassie-dad']) expect(speakers.has(id), id).toBe(false);
        },
      },
      {
        name: 'seeing a criminal and a lad who can look after himself leaves both boys adrift',
        path: [
          'Agree the youth offending work is the right place', 'Tell him straight that he needs to keep away', 'Accept the report as the agreed account',
          'Agree to the gangs list', 'Accept the exclusion', 'Read a short summary instead', 'Reassure Cassius that it is probably just Joe',
          'Agree that at sixteen a lad', 'Leave it with the police', 'Leave telling Joe', 'Move the conversation on', 'Read a short summary instead',
          'Tell him he is not as in control', 'Continue', 'Ask Joe to put the phone away', 'Agree that if Joe misses three',
          'Agree the school should call the police', 'Go through the house rules', 'Keep the visit short', 'Tell Marcus to record it',
          "Accept the school's account that it was horseplay", 'Keep the focus on Cassius and Joe', 'Ask the police for extra patrols', 'Close both cases',
        ],
        ending: 'both-adrift',
        tally: { 'children-first': [2, 11], 'challenge-inequality': [0, 10], 'curious-informed': [0, 5], 'child-voice': [0, 4], 'strengths-relationships': [0, 3], 'parents-as-partners': [0, 3], 'trauma-informed': [0, 8], 'safer-spaces': [0, 5] },
        check: (session) => {
          expect(session.variable('gang_listed')).toBe(true);
          expect(session.variable('joe_route')).toBe(-1);
          expect(session.variable('horseplay_accepted')).toBe(true);
        },
      },
    ],
    sameChoice: {
      // Patrols in the park: for the Black boys who use it, more patrols mean more stop and search.
      decisionId: 'stage_8_safer_spaces.0',
      text: 'Ask the police for extra patrols and a dispersal order at weekends',
      mainPath: strip(edit(MAIN_CAREFUL, { 'Walk the park with Priya': 'Ask the police for extra patrols' })),
      variantPath: edit(BOYS_CAREFUL, { 'Walk the park with Priya': 'Ask the police for extra patrols' }),
    },
  },
  {
    id: 'what-if-lgbtq',
    json: lgbtqStory,
    scripted: [
      {
        name: 'keeping Jo\'s sexuality hers, and naming the threat to out her, reaches steadier ground',
        path: strip(LGBTQ_CAREFUL),
        ending: 'steadier-ground',
        tally: { 'children-first': [15, 0], 'challenge-inequality': [8, 0], 'curious-informed': [7, 0], 'child-voice': [12, 1], 'strengths-relationships': [5, 0], 'parents-as-partners': [5, 0], 'trauma-informed': [8, 0], 'safer-spaces': [6, 0] },
        check: (session) => {
          expect(session.variable('jo_outed')).toBe(false);
          expect(session.variable('outing_threat_named')).toBe(true);
        },
      },
      {
        name: 'writing it into the referral means a social worker outs Jo in her front room, and only Cassie is held',
        path: [
          'Ask Marcus what he knows', 'Explain who you are', 'Ask the school to keep an eye', 'Say nothing now, and email', 'Propose a National Referral Mechanism',
          'Ask the school to keep her on roll', 'Read a short summary instead', 'Advise Ruth to see Cassie tomorrow', 'Let the remark pass',
          "Write that Jo's 'sexual identity'", "Ask the duty team to phone Jo's mum first", 'Move the conversation on', 'Read what Jo said',
          'Explain grooming and coercion', "Tell Jo the decision to act was the adults'", 'Continue', 'Ask Jo what she plays', 'Keep the weekly office sessions',
          'Suggest a part-time timetable', 'Reassure them that nobody is going to take Jo away', 'Tell them everything you know', 'Name what happened to the family',
          'Read a short summary instead', 'Ask her straight away for the man', 'Tell Jo gently what you know', 'Ask the school, youth workers and police to look',
          'Ask the police exploitation team to focus', 'Agree to return to the park when there is money', 'Step down slowly',
        ],
        ending: 'cassie-held',
        tally: { 'children-first': [6, 2], 'challenge-inequality': [1, 4], 'curious-informed': [10, 2], 'child-voice': [3, 6], 'strengths-relationships': [2, 2], 'parents-as-partners': [3, 1], 'trauma-informed': [4, 3], 'safer-spaces': [4, 2] },
        check: (session) => {
          expect(session.variable('jo_outed')).toBe(true);
          expect(session.view().transcript.map((l) => l.text).join(' ')).toMatch(/a note here that she may be gay/);
        },
      },
    ],
    sameChoice: {
      // The workbook: every healthy-relationships page in it is about a girl and her boyfriend.
      decisionId: 's5_planning.0',
      text: 'Keep the weekly office sessions and the exploitation workbook, because that is what the plan says',
      mainPath: strip(edit(MAIN_CAREFUL, { 'Suggest Kerry meets Jo somewhere she chooses': 'Keep the weekly office sessions', 'Read what Jo said (art room)': [] })),
      variantPath: strip(edit(LGBTQ_CAREFUL, { 'Suggest Kerry meets Jo somewhere she chooses': 'Keep the weekly office sessions', 'Read what Jo said (art room)': [], 'Tell Jo that threatening to out her': [] })),
    },
  },
  {
    id: 'what-if-unsafe-parents',
    json: unsafeStory,
    scripted: [
      {
        name: 'telling Jo first, meeting her mum alone and letting Jo choose where she sleeps reaches steadier ground',
        path: strip(UNSAFE_CAREFUL),
        ending: 'steadier-ground',
        tally: { 'children-first': [16, 0], 'challenge-inequality': [7, 0], 'curious-informed': [9, 0], 'child-voice': [10, 1], 'strengths-relationships': [6, 0], 'parents-as-partners': [3, 0], 'trauma-informed': [6, 0], 'safer-spaces': [6, 0] },
        check: (session) => {
          expect(session.variable('jo_safe_place')).toBe(1);
          expect(session.variable('lee_alerted')).toBe(false);
          expect(session.variable('michelle_supported')).toBe(true);
        },
      },
    ],
    sameChoice: {
      // Phoning Jo's mum first and reassuring the family: partnership in the main story, a risk to Jo here. The same
      // choices, word for word, reach steadier ground in the main story and leave Jo unheld here, even taking the best
      // option at the one decision (where Jo sleeps) that only this story has.
      decisionId: 's3_referral.0',
      text: "Ask the duty team to phone Jo's mum first, so she can prepare before the visit",
      mainPath: strip(edit(MAIN_CAREFUL, { 'Tell Jo yourself': "Ask the duty team to phone Jo's mum first", 'Acknowledge how they were spoken to': 'Reassure them that nobody is going to take Jo away' })),
      variantPath: strip(edit(MAIN_CAREFUL, {
        'Tell Jo yourself': "Ask the duty team to phone Jo's mum first",
        'Acknowledge how they were spoken to': 'Reassure them that nobody is going to take Jo away',
        'Share what Jo has agreed': ['Share what Jo has agreed', 'Ask Jo who she feels safe with'],
      })),
      endings: { main: 'steadier-ground', variant: 'cassie-held' },
    },
  },
  {
    id: 'what-if-brother',
    json: brotherStory,
    scripted: [
      {
        name: 'a safety plan at home, Daniel seen as exploited too, and Josh thought about reach steadier ground',
        path: strip(BROTHER_CAREFUL),
        ending: 'steadier-ground',
        tally: { 'children-first': [14, 0], 'challenge-inequality': [8, 0], 'curious-informed': [9, 0], 'child-voice': [11, 1], 'strengths-relationships': [5, 0], 'parents-as-partners': [6, 0], 'trauma-informed': [6, 0], 'safer-spaces': [6, 0] },
        check: (session) => {
          expect(session.variable('daniel_response')).toBe(1);
          expect(session.variable('cassie_home')).toBe(1);
          expect(session.variable('josh_safeguarded')).toBe(true);
        },
      },
      {
        name: 'treating the family as the problem costs Cassie her outcome, however much trust came before',
        path: strip(edit(MAIN_CAREFUL, {
          'Tell her she is not in trouble': ['Tell her parents straight away', 'Say the family is the source of the risk', 'Tell them Daniel has to leave today'],
          'Ask the school to review how it handled': 'Keep the focus on Cassie and Jo',
          'Ask Cassie and Jo what they want': 'Close both cases',
        })),
        ending: 'jo-held',
        tally: { 'children-first': [11, 4], 'challenge-inequality': [7, 1], 'curious-informed': [7, 1], 'child-voice': [8, 2], 'strengths-relationships': [4, 1], 'parents-as-partners': [6, 2], 'trauma-informed': [5, 2], 'safer-spaces': [5, 1] },
      },
    ],
    sameChoice: {
      // Recording the threat for a review in three weeks: here Cassie goes home every night to the brother being used.
      decisionId: 's7_threat_full.0.g-0',
      text: 'Record it carefully and take it to the review meeting in three weeks',
      mainPath: strip(edit(MAIN_CAREFUL, { 'Tell her she is not in trouble': 'Record it carefully' })),
      variantPath: strip(edit(BROTHER_CAREFUL, { 'Tell her she is not in trouble': 'Record it carefully' })),
    },
  },
  {
    id: 'what-if-learning-disability',
    json: ldStory,
    scripted: [
      {
        name: 'telling Jo in a way she can follow, and keeping her voice in the capacity argument, reaches steadier ground',
        path: strip(LD_CAREFUL),
        ending: 'steadier-ground',
        tally: { 'children-first': [14, 0], 'challenge-inequality': [6, 0], 'curious-informed': [10, 0], 'child-voice': [12, 1], 'strengths-relationships': [6, 0], 'parents-as-partners': [4, 0], 'trauma-informed': [6, 0], 'safer-spaces': [6, 0] },
        check: (session) => {
          expect(session.variable('capacity_view')).toBe(1);
          expect(session.variable('transition_planned')).toBe(true);
          expect(session.variable('jo_understood')).toBe(4);
        },
      },
      {
        name: 'putting it all down to her needs, and deciding for her, holds Cassie but not Jo',
        path: strip(edit(LD_CAREFUL, {
          "Ask the school's special educational needs coordinator": 'Agree that her needs probably explain most',
          'Tell Jo yourself before anyone visits, with Sam': "Ask the duty team to phone Jo's mum first, since",
          'Check what Jo has understood': 'Explain grooming and coercion',
          'Say that capacity is not the question': 'Agree with Lee that because of her disability',
          'Adapt the work with Jo': 'Keep the weekly office sessions',
          'Read what Jo said (art room)': [],
          'Offer to work with them on safety': 'Go through the house rules',
          'Read what Jo said (her past)': [],
          'Link it to everything since': 'Arrange for the police to interview Jo again',
          "Step down slowly, and plan Jo's move": 'Close both cases',
        })),
        ending: 'cassie-held',
        tally: { 'children-first': [12, 1], 'challenge-inequality': [6, 4], 'curious-informed': [7, 1], 'child-voice': [5, 6], 'strengths-relationships': [3, 3], 'parents-as-partners': [4, 1], 'trauma-informed': [3, 3], 'safer-spaces': [6, 1] },
        check: (session) => {
          expect(session.variable('ld_overshadowed')).toBe(true);
          expect(session.variable('capacity_view')).toBe(-2);
        },
      },
    ],
    sameChoice: {
      // Asking Jo for consent: here her "yes" may only mean she wants a conversation she has not followed to end.
      decisionId: 's3_referral.0',
      text: 'Ask Jo whether she is happy for a referral to be made, and hold off if she says no',
      mainPath: strip(edit(MAIN_CAREFUL, { 'Tell Jo yourself': 'Ask Jo whether she is happy for a referral' })),
      variantPath: strip(edit(LD_CAREFUL, { 'Tell Jo yourself before anyone visits, with Sam': 'Ask Jo whether she is happy for a referral' })),
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The main story's decision points, for comparison

const check = (id: string) => checkStory(resolve('stories', id, 'main.ink'), readText, PRINCIPLE_IDS);
const optionKey = (o: { text: string; supports: readonly string[]; undermines: readonly string[] }) =>
  `${o.text} | supports ${[...o.supports].sort().join(',')} | undermines ${[...o.undermines].sort().join(',')}`;

function pointsOf(report: CheckReport): Map<string, Set<string>> {
  const points = new Map<string, Set<string>>();
  for (const seen of report.exploration!.options.values()) {
    if (seen.option.aside) continue;
    const set = points.get(seen.decisionId) ?? new Set<string>();
    set.add(optionKey(seen.option));
    points.set(seen.decisionId, set);
  }
  return points;
}

const mainPoints = pointsOf(check('cassie-and-jo'));

/** Decision points in the variant that the main story lacks, or whose options (text and mapping) differ from it. */
function differingPoints(report: CheckReport): string[] {
  const out: string[] = [];
  for (const [id, options] of pointsOf(report)) {
    const base = mainPoints.get(id);
    if (!base || base.size !== options.size || [...options].some((o) => !base.has(o))) out.push(id);
  }
  return out;
}

for (const variant of VARIANTS) {
  describe(`${variant.id}`, () => {
    const report = check(variant.id);
    const text = formatCheckReport(report);
    const practice = [...report.exploration!.options.values()].filter((s) => !s.option.aside);

    it('is a "what if" version of cassie-and-jo, with everything the menu needs', () => {
      const created = InkRunner.create(variant.json, DEFAULT_CATALOGUE.ids);
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      expect(created.runner.meta).toMatchObject({ id: variant.id, variantOf: 'cassie-and-jo', title: expect.any(String), summary: expect.any(String), contentNote: expect.any(String), lengthMinutes: expect.any(Number), problems: [] });
    });

    it('passes the checker bars: no errors or warnings, no dead ends, every option tagged and explained', () => {
      expect(report.errorCount, text).toBe(0);
      expect(report.findings.filter((f) => f.severity === 'warning'), text).toEqual([]);
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

    it('has at least ten decisions on every path, reaches at least three endings, and offers three or more options at every point', () => {
      expect(report.exploration!.decisionsPerPath.min, text).toBeGreaterThanOrEqual(10);
      expect(report.exploration!.endings.size, text).toBeGreaterThanOrEqual(3);
      const perPoint = new Map<string, Set<string>>();
      for (const seen of practice) perPoint.set(seen.decisionId, (perPoint.get(seen.decisionId) ?? new Set()).add(seen.option.text));
      for (const [point, options] of perPoint) expect(options.size, point).toBeGreaterThanOrEqual(3);
    });

    it('differs from the main story at five or more decision points, and tags what differs', () => {
      const differing = differingPoints(report);
      expect(differing.length, differing.join('\n')).toBeGreaterThanOrEqual(5);
      const tagged = differing.filter((id) => practice.some((s) => s.decisionId === id && s.option.differs));
      expect(tagged.length, `differing points with a differs: tag\n${tagged.join('\n')}`).toBeGreaterThanOrEqual(5);
      const withDiffers = practice.filter((s) => s.option.differs);
      expect(new Set(withDiffers.map((s) => optionKey(s.option))).size).toBeGreaterThanOrEqual(5);
      // A differs: tag marks a real difference: no tagged option is the main story's option unchanged.
      for (const s of withDiffers) expect(mainPoints.get(s.decisionId)?.has(optionKey(s.option)) ?? false, `${s.decisionId}: ${s.option.text}`).toBe(false);
    });

    it('starts all eight stages in the order of the case study', () => {
      const session = play(variant.json, variant.scripted[0]!.path);
      expect([...new Set(session.view().transcript.map((l) => l.stage).filter(Boolean))]).toEqual(PRINCIPLE_IDS);
    });

    for (const script of variant.scripted) {
      it(`scripted: ${script.name}`, () => {
        const session = play(variant.json, script.path);
        expect(session.view().ended).toBe(true);
        expect(session.view().ending).toBe(script.ending);
        expect(tallyOf(session.view().decisions)).toEqual(script.tally);
        script.check?.(session);
      });
    }

    it(`counts the same choice as in the main story differently: "${variant.sameChoice.text}"`, () => {
      const { decisionId, text: choice, mainPath, variantPath, endings } = variant.sameChoice;
      const inMain = play(mainStory, mainPath);
      const inVariant = play(variant.json, variantPath);
      const at = (session: ReturnType<typeof play>) => session.view().decisions.find((d) => d.decisionId === decisionId)!;
      const m = at(inMain);
      const v = at(inVariant);
      expect(m.options[m.chosen]!.text).toBe(choice);
      expect(v.options[v.chosen]!.text).toBe(choice);
      // Same words, different meaning: the choice supports or strains different principles here, and says why.
      expect(tallyOf([v])).not.toEqual(tallyOf([m]));
      expect(v.options[v.chosen]!.differs).toBeTruthy();
      expect(tallyOf(inVariant.view().decisions)).not.toEqual(tallyOf(inMain.view().decisions));
      if (endings) {
        expect(inMain.view().ending).toBe(endings.main);
        expect(inVariant.view().ending).toBe(endings.variant);
        // Every choice in the main path is made, word for word, in the variant path too.
        const chosenTexts = (s: ReturnType<typeof play>) => s.view().decisions.map((d) => d.options[d.chosen]!.text);
        const variantTexts = new Set(chosenTexts(inVariant));
        for (const t of chosenTexts(inMain)) expect(variantTexts.has(t), t).toBe(true);
      }
    });
  });
}
