import { describe, expect, it } from 'vitest';
import features from '../fixtures/ink/features.ink';
import firstShift from '../fixtures/ink/warm-up.ink';
import { PlaySession } from '../../src/core/session/play-session.ts';
import { tallyPrinciples } from '../../src/core/scoring/tallies.ts';
import { ManualClock } from '../doubles/manual-clock.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { chooseByText, PRINCIPLE_IDS, skipAsides, startSession } from '../helpers/story-fixtures.ts';

describe('play session', () => {
  it('plays the sample scenario from the first line to an ending and records every decision', () => {
    const clock = new ManualClock();
    const session = startSession(firstShift, clock);
    expect(session.view().transcript[0]).toMatchObject({
      text: 'It is a wet Thursday evening at the youth centre.',
      scene: 'youth-centre',
      stage: 'children-first',
    });
    chooseByText(session, 'Say that if adults');
    clock.advance(5000);
    skipAsides(session);
    chooseByText(session, 'Tell him gently');
    chooseByText(session, 'Record what you saw');
    const view = session.view();
    expect(view.ended).toBe(true);
    expect(view.ending).toBe('open-door');
    expect(view.decisions).toHaveLength(3);
    expect(view.decisions[1]).toMatchObject({ ordinal: 1, at: clock.now() });
    expect(view.decisions[1]!.options).toHaveLength(3);
    expect(view.decisions[1]!.options[view.decisions[1]!.chosen]!.text).toMatch(/^Tell him gently/);
    expect(view.decisions[0]!.situation.at(-1)).toMatch(/Want me to have a word/);
  });

  it('tallies each principle from the chosen options, with where it happened and no total', () => {
    const session = startSession(firstShift);
    chooseByText(session, 'Agree that Marcus');
    skipAsides(session);
    chooseByText(session, 'Check his bag');
    chooseByText(session, 'Leave it for now');
    expect(session.view().ending).toBe('closed-door');
    const tallies = tallyPrinciples(session.view().decisions, PRINCIPLE_IDS);
    expect(tallies).toHaveLength(8);
    expect(tallies.find((t) => t.principle === 'children-first')).toEqual({
      principle: 'children-first',
      supported: 0,
      undermined: 3,
      supportedAt: [],
      underminedAt: [0, 1, 2],
    });
    expect(tallies.find((t) => t.principle === 'trauma-informed')).toMatchObject({ undermined: 1, underminedAt: [1] });
    expect(tallies.find((t) => t.principle === 'parents-as-partners')).toMatchObject({ supported: 0, undermined: 0 });
  });

  it('rewinds to an earlier decision; choosing the same option again gives the same state', () => {
    const session = startSession(firstShift);
    chooseByText(session, 'Ask Marcus');
    skipAsides(session);
    chooseByText(session, 'Offer him a game');
    chooseByText(session, 'Ask the manager');
    const before = session.view();
    expect(session.rewindToDecision(1)).toBeUndefined();
    expect(session.view().decisions).toHaveLength(1);
    expect(session.view().options).toEqual(before.decisions[1]!.options);
    chooseByText(session, 'Offer him a game');
    chooseByText(session, 'Ask the manager');
    expect(session.view()).toEqual(before);
  });

  it('rewinds and takes another option, leading somewhere else', () => {
    const session = startSession(firstShift);
    chooseByText(session, 'Say that if adults');
    skipAsides(session);
    chooseByText(session, 'Check his bag');
    chooseByText(session, 'Leave it for now');
    expect(session.view().ending).toBe('closed-door');
    session.rewindToDecision(1);
    chooseByText(session, 'Tell him gently');
    chooseByText(session, 'Leave it for now');
    expect(session.view().ending).toBe('open-door');
    expect(session.rewindToDecision(9)).toMatch(/no decision 10/);
  });

  it('snapshots and restores to exactly the same position, times included', () => {
    const clock = new ManualClock();
    const session = startSession(features, clock);
    session.choose(0);
    clock.advance(1234);
    session.choose(0);
    const restored = PlaySession.restore(
      { json: features, principleIds: DEFAULT_CATALOGUE.ids },
      structuredClone(session.snapshot()),
      new ManualClock(0),
    );
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.session.view()).toEqual(session.view());
    expect(restored.session.snapshot()).toEqual(session.snapshot());
  });

  it('says where a saved path no longer fits the story instead of throwing', () => {
    const restored = PlaySession.restore(
      { json: firstShift, principleIds: DEFAULT_CATALOGUE.ids },
      { seed: 1, path: [0, 0, 9], times: [1, 2, 3], startedAt: 0 },
      new ManualClock(),
    );
    expect(restored).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Choice 3 of the saved path no longer fits/),
    });
    const session = startSession(firstShift);
    expect(session.choose(5)).toMatch(/no option 6/);
  });
});
