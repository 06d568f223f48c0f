// Card votes, pure: which side of a card is up from the corners of its code (upright, turned, leaning,
// mirrored, askew), what a card's code says, and the tally: one vote per card, the latest side wins, closing freezes.
import { describe, expect, it } from 'vitest';
import { cardNumberOf, cardPayload, sideUp, sightingsOf } from '../../src/core/facilitator/card-code.ts';
import type { CodeCorners, CodeRead } from '../../src/core/facilitator/card-ports.ts';
import {
  cardsSeen,
  cardTotals,
  closeTally,
  observe,
  openTally,
  voteSteps,
} from '../../src/core/facilitator/card-tally.ts';

/** The corners of a square code of side 100 centred at (cx, cy), turned clockwise by `degrees` on the page. */
function corners(degrees: number, cx = 500, cy = 400, side = 100): CodeCorners {
  const r = (degrees * Math.PI) / 180;
  const at = (x: number, y: number) => ({
    x: cx + x * Math.cos(r) - y * Math.sin(r),
    y: cy + x * Math.sin(r) + y * Math.cos(r),
  });
  const h = side / 2;
  return { topLeft: at(-h, -h), topRight: at(h, -h), bottomRight: at(h, h), bottomLeft: at(-h, h) };
}

const read = (card: number, degrees: number, extra: Partial<CodeRead> = {}): CodeRead => ({
  text: cardPayload(card),
  corners: corners(degrees),
  mirrored: false,
  ...extra,
});

describe('which side of a card is up', () => {
  it('reads A upright, and the side whose edge is at the top when turned', () => {
    expect(sideUp(corners(0))).toBe(0); // A
    expect(sideUp(corners(-90))).toBe(1); // turned anticlockwise: the right edge, B, is at the top
    expect(sideUp(corners(180))).toBe(2); // C
    expect(sideUp(corners(90))).toBe(3); // turned clockwise: the left edge, D, is at the top
  });

  it('allows a card held at a small angle, anywhere in the frame and at any size', () => {
    expect(sideUp(corners(12, 40, 30, 20))).toBe(0);
    expect(sideUp(corners(-20, 1200, 700, 300))).toBe(0);
    expect(sideUp(corners(90 + 25))).toBe(3);
    expect(sideUp(corners(180 - 30))).toBe(2);
    expect(sideUp(corners(-90 - 18))).toBe(1);
  });

  it('leaves a card held halfway between two sides unread, rather than guess', () => {
    expect(sideUp(corners(45))).toBeUndefined();
    expect(sideUp(corners(-135))).toBeUndefined();
    expect(sideUp(corners(40))).toBeUndefined();
  });

  it('swaps left and right for a mirrored picture, so the side at the top is still the one counted', () => {
    const mirror = (c: CodeCorners): CodeCorners => {
      const m = (p: { x: number; y: number }) => ({ x: 1000 - p.x, y: p.y });
      return {
        topLeft: m(c.topLeft),
        topRight: m(c.topRight),
        bottomRight: m(c.bottomRight),
        bottomLeft: m(c.bottomLeft),
      };
    };
    expect(sideUp(mirror(corners(90)), true)).toBe(3);
    expect(sideUp(mirror(corners(-90)), true)).toBe(1);
    expect(sideUp(mirror(corners(0)), true)).toBe(0);
  });

  it('knows its own cards by number, and no other code', () => {
    expect(cardNumberOf(cardPayload(1))).toBe(1);
    expect(cardNumberOf(cardPayload(40))).toBe(40);
    for (const other of ['PP:0', 'PP:41', 'PP:07', 'https://example.org', '23', 'PP:2a'])
      expect(cardNumberOf(other)).toBeUndefined();
    expect(sightingsOf([read(3, 0), read(5, 45), { ...read(4, 0), text: 'hello' }])).toEqual([{ card: 3, option: 0 }]);
  });
});

describe('the tally of a card vote', () => {
  it('counts one vote per card, however often it is seen', () => {
    let tally = openTally(4);
    tally = observe(tally, sightingsOf([read(1, 0), read(2, 180), read(3, 90)]));
    tally = observe(tally, sightingsOf([read(1, 0), read(2, 180)]));
    tally = observe(tally, sightingsOf([read(1, 0), read(1, 0)]));
    expect(cardTotals(tally)).toEqual([1, 0, 1, 1]);
    expect(cardsSeen(tally)).toBe(3);
  });

  it('moves a vote when a card is turned to another side', () => {
    let tally = observe(openTally(3), [{ card: 7, option: 0 }]);
    tally = observe(tally, [{ card: 7, option: 2 }]);
    expect(cardTotals(tally)).toEqual([0, 0, 1]);
  });

  it('ignores a side with no option at this decision, and one card showing two sides in one frame', () => {
    let tally = observe(openTally(2), [{ card: 1, option: 3 }]);
    expect(cardsSeen(tally)).toBe(0);
    tally = observe(tally, [{ card: 2, option: 1 }]);
    tally = observe(tally, [
      { card: 2, option: 0 },
      { card: 2, option: 1 },
    ]);
    expect(cardTotals(tally)).toEqual([0, 1]);
  });

  it('freezes once closed', () => {
    const closed = closeTally(observe(openTally(4), [{ card: 1, option: 1 }]));
    const after = observe(closed, [
      { card: 1, option: 2 },
      { card: 9, option: 0 },
    ]);
    expect(after).toBe(closed);
    expect(cardTotals(after)).toEqual([0, 1, 0, 0]);
  });

  it('turns a change of totals into single steps, taking away before adding', () => {
    expect(voteSteps([2, 1], [1, 3, 1])).toEqual([
      { option: 0, change: -1 },
      { option: 1, change: 1 },
      { option: 1, change: 1 },
      { option: 2, change: 1 },
    ]);
    expect(voteSteps([1, 1], [1, 1])).toEqual([]);
  });
});
