// Options are shown in an order shuffled per decision from the playthrough's seed: the same playthrough
// always shows the same order (resume, rewind, replays), a new seed a new one; asides and keep-order stay put.
import { describe, expect, it } from 'vitest';
import order from '../fixtures/ink/order.ink';
import { shownOrder } from '../../src/core/story/option-order.ts';
import { PlaySession } from '../../src/core/session/play-session.ts';
import { DEFAULT_CATALOGUE } from '../../src/core/principles/default-catalogue.ts';
import { ManualClock } from '../doubles/manual-clock.ts';

const practice = { aside: false, keepOrder: false };
const aside = { aside: true, keepOrder: false };
const source = { json: order, principleIds: DEFAULT_CATALOGUE.ids };

function start(seed: number): PlaySession {
  const started = PlaySession.start(source, new ManualClock(), seed);
  if (!started.ok) throw new Error(started.error);
  return started.session;
}
const texts = (session: PlaySession) => session.view().options.map((o) => o.text);

describe('option order', () => {
  it('is a permutation that keeps asides in their written places', () => {
    const options = [practice, aside, practice, practice, practice];
    for (let seed = 1; seed <= 50; seed++) {
      const shown = shownOrder(options, seed, 'knot.0');
      expect([...shown].sort()).toEqual([0, 1, 2, 3, 4]);
      expect(shown[1]).toBe(1);
    }
  });

  it('is the same for the same seed and decision, and varies across seeds and decisions', () => {
    const options = [practice, practice, practice, practice];
    expect(shownOrder(options, 7, 'a.0')).toEqual(shownOrder(options, 7, 'a.0'));
    const orders = new Set(Array.from({ length: 40 }, (_, seed) => shownOrder(options, seed + 1, 'a.0').join('')));
    expect(orders.size).toBeGreaterThan(10);
    const byDecision = new Set(
      ['a.0', 'b.0', 'c.0', 'd.0', 'e.0', 'f.0'].map((id) => shownOrder(options, 7, id).join('')),
    );
    expect(byDecision.size).toBeGreaterThan(1);
  });

  it('keeps the written order when any option is tagged keep-order, or when there is no decision id', () => {
    expect(shownOrder([practice, { aside: false, keepOrder: true }, practice], 3, 'k.0')).toEqual([0, 1, 2]);
    expect(shownOrder([practice, practice, practice], 3, undefined)).toEqual([0, 1, 2]);
  });
});

describe('a playthrough with shuffled options', () => {
  it('shows different orders for different seeds, with the aside in its written place', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const shown = texts(start(seed));
      expect(shown[1]).toBe('Read a short summary instead');
      expect([...shown].sort()).toEqual([
        'Option A',
        'Option B',
        'Option C',
        'Option D',
        'Read a short summary instead',
      ]);
      seen.add(shown.join('|'));
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it('records the authored index in its path, and a restore or a rewind shows the same order again', () => {
    const session = start(42);
    const firstOrder = texts(session);
    const position = firstOrder.indexOf('Option C');
    expect(session.choose(position)).toBeUndefined();
    expect(session.snapshot().path).toEqual([3]);
    const decision = session.view().decisions[0]!;
    expect(decision.options.map((o) => o.text)).toEqual(firstOrder);
    expect(decision.options[decision.chosen]!.text).toBe('Option C');
    const restored = PlaySession.restore(source, session.snapshot(), new ManualClock());
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.session.view()).toEqual(session.view());
    expect(session.rewindToDecision(0)).toBeUndefined();
    expect(texts(session)).toEqual(firstOrder);
  });

  it('keeps a keep-order decision in written order, whatever the seed', () => {
    for (const seed of [1, 2, 3, 99]) {
      const session = start(seed);
      session.chooseAuthored(0);
      expect(texts(session)).toEqual(['Not at all', 'A little', 'All the way']);
    }
  });

  it('names the ending by its title', () => {
    const session = start(5);
    session.chooseAuthored(0);
    session.chooseAuthored(1);
    expect(session.view()).toMatchObject({ ended: true, ending: 'done', endingTitle: 'All done' });
  });

  it('says so when an authored index is not on offer', () => {
    expect(start(1).chooseAuthored(9)).toMatch(/no option 10/);
  });
});
