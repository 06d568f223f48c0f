// The Cassie and Jo scenario: checker bars from the issue, scripted playthroughs of careful, defensive and
// mixed practice with their endings and tallies, and an early choice that changes what happens later.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import story from '../../stories/cassie-and-jo/main.ink';
import { checkStory } from '../../src/core/checker/story-checker.ts';
import { formatCheckReport } from '../../src/core/checker/check-report-format.ts';
import { tallyPrinciples } from '../../src/core/scoring/tallies.ts';
import type { TranscriptLine } from '../../src/core/session/session-types.ts';
import { chooseByText, PRINCIPLE_IDS, readText, startSession } from '../helpers/story-fixtures.ts';

/** Option prefixes in order, asides included ("Read what Jo said", "Continue"). */
const CAREFUL = [
  "Tell Marcus you will treat this",
  "Ask about her trainers",
  "Ask who Cassie spends her time with",
  "Ask what evidence sits behind",
  "Propose a National Referral Mechanism",
  "Argue that school is one of the safest",
  "Read what Cassie said",
  "Thank Cassie, tell her honestly",
  "Challenge the remark calmly",
  "Tell Jo yourself",
  "Step in straight away",
  "Read what Jo said",
  "Tell Jo you hear that it feels",
  "Get word to Cassie",
  "Continue",
  "Ask Jo what she plays",
  "Suggest Kerry meets Jo somewhere she chooses",
  "Read what Jo said",
  "Ask the school to replace the exclusion",
  "Acknowledge how they were spoken to",
  "Share what Jo has agreed",
  "Name what happened to the family",
  "Read what Cassie said",
  "Tell her she is not in trouble",
  "Read what Jo said",
  "Link it to everything since",
  "Ask the school to review how it handled",
  "Walk the park with Priya",
  "Put young people's maps at the centre",
  "Ask Cassie and Jo what they want"
];
const DEFENSIVE = [
  "Suggest Marcus reminds Cassie",
  "Ask her directly who gave her the drugs",
  "Note the older brother's police history",
  "Accept the report as the agreed account",
  "Keep the plan youth offending-led",
  "Say that it is the school's decision",
  "Read a short summary instead",
  "Tell Ruth to make the referral",
  "Agree it is complicated",
  "Leave telling Jo and her family",
  "Move the conversation on",
  "Read a short summary instead",
  "Tell her firmly",
  "Leave the friendship",
  "Continue",
  "Ask Jo to put the phone away",
  "Agree that if Jo misses three sessions",
  "Accept the exclusion",
  "Go through the house rules",
  "Tell them the details are confidential",
  "Keep the visit short",
  "Tell Marcus to record it",
  "Close the case, as agreed",
  "Keep the focus on Cassie and Jo",
  "Ask the police for extra patrols",
  "Agree CCTV and locking",
  "Close both cases"
];
const MIXED = [
  "Ask Marcus what he knows",
  "Explain who you are",
  "Ask the school to keep an eye",
  "Say nothing now, and email",
  "Propose a National Referral Mechanism",
  "Ask the school to keep her on roll",
  "Read a short summary instead",
  "Advise Ruth to see Cassie tomorrow",
  "Let the remark pass",
  "Ask the duty team to phone Jo's mum first",
  "Let Gavin finish",
  "Read what Jo said",
  "Explain grooming and coercion",
  "Tell Jo the decision to act was the adults'",
  "Continue",
  "Ask Jo what she plays",
  "Keep the weekly office sessions",
  "Suggest a part-time timetable",
  "Reassure them that nobody is going to take Jo away",
  "Tell them everything you know",
  "Name what happened to the family",
  "Read a short summary instead",
  "Ask her straight away for the man",
  "Tell Jo gently what you know",
  "Ask the school, youth workers and police to look",
  "Ask the police exploitation team to focus",
  "Agree to return to the park when there is money",
  "Step down slowly"
];

function play(prefixes: readonly string[]) {
  const session = startSession(story);
  for (const prefix of prefixes) chooseByText(session, prefix);
  return session;
}

const tallyOf = (prefixes: readonly string[]) =>
  Object.fromEntries(tallyPrinciples(play(prefixes).view().decisions, PRINCIPLE_IDS).map((t) => [t.principle, [t.supported, t.undermined]]));

describe('Cassie and Jo: the checker bars', () => {
  const report = checkStory(resolve('stories/cassie-and-jo/main.ink'), readText, PRINCIPLE_IDS);
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
    for (const seen of report.exploration!.options.values()) if (!seen.option.aside) perPoint.set(seen.decisionId, (perPoint.get(seen.decisionId) ?? 0) + 1);
    for (const [point, count] of perPoint) expect(count, point).toBeGreaterThanOrEqual(3);
  });

  it('starts all eight stages in the order of the case study', () => {
    const session = play(CAREFUL);
    const stages = [...new Set(session.view().transcript.map((l) => l.stage).filter(Boolean))];
    expect(stages).toEqual(PRINCIPLE_IDS);
  });
});

describe('Cassie and Jo: scripted playthroughs', () => {
  it('careful practice reaches steadier ground, supporting every principle', () => {
    const session = play(CAREFUL);
    expect(session.view().ending).toBe('steadier-ground');
    expect(session.view().decisions).toHaveLength(24);
    expect(tallyOf(CAREFUL)).toEqual({ 'children-first': [12, 0], 'challenge-inequality': [8, 0], 'curious-informed': [7, 0], 'child-voice': [10, 1], 'strengths-relationships': [5, 0], 'parents-as-partners': [5, 0], 'trauma-informed': [6, 0], 'safer-spaces': [6, 0] });
  });

  it('defensive practice leaves both girls adrift, straining every principle', () => {
    const session = play(DEFENSIVE);
    expect(session.view().ending).toBe('both-adrift');
    expect(tallyOf(DEFENSIVE)).toEqual({ 'children-first': [3, 7], 'challenge-inequality': [0, 3], 'curious-informed': [0, 5], 'child-voice': [1, 7], 'strengths-relationships': [0, 5], 'parents-as-partners': [0, 4], 'trauma-informed': [0, 9], 'safer-spaces': [0, 5] });
  });

  it('mixed practice holds Cassie but not Jo', () => {
    expect(play(MIXED).view().ending).toBe('cassie-held');
    expect(tallyOf(MIXED)).toEqual({ 'children-first': [6, 0], 'challenge-inequality': [2, 2], 'curious-informed': [10, 2], 'child-voice': [3, 5], 'strengths-relationships': [2, 2], 'parents-as-partners': [4, 1], 'trauma-informed': [4, 2], 'safer-spaces': [4, 2] });
  });
});

describe('Cassie and Jo: an early choice carries', () => {
  const TELL_JO = 'Tell Jo yourself';
  const LEAVE_IT = 'Leave telling Jo and her family';
  const withChoice = (replacement: string) => CAREFUL.map((p) => (p.startsWith(TELL_JO) ? replacement : p));
  const homeVisit = (lines: readonly TranscriptLine[]) => {
    const start = lines.findIndex((l) => l.stage === 'child-voice');
    const end = lines.findIndex((l) => l.stage === 'strengths-relationships');
    return lines.slice(start, end);
  };

  it('telling Jo before the home visit brings her nan in, and Jo does not turn on Cassie', () => {
    const visit = homeVisit(play(CAREFUL).view().transcript);
    expect(visit.some((l) => l.speaker === 'jo-nan')).toBe(true);
    expect(visit.some((l) => l.sfx === 'door-knock')).toBe(false);
    expect(visit.map((l) => l.text).join(' ')).not.toMatch(/kill Cassie/);
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
});
