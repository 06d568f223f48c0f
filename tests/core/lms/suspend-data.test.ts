// The bookmark kept by a learning platform: it round-trips, says its version, refuses garbage without throwing,
// and stays far inside SCORM 1.2's 4,096 characters.
import { describe, expect, it } from 'vitest';
import {
  decodeBookmark,
  encodeBookmark,
  longestBookmarkLength,
  SCORM12_SUSPEND_LIMIT,
  type Bookmark,
} from '../../../src/core/lms/suspend-data.ts';

const mark: Bookmark = {
  scenarioId: 'first-shift',
  storyVersion: '0a1b2c3d',
  seed: 48213,
  startedAt: 1_795_000_000_000,
  savedAt: 1_795_000_360_000,
  path: [0, 2, 1, 0, 3, 40, 1, 35, 36],
  ended: false,
};

describe('suspend-data bookmark', () => {
  it('round-trips scenario, seed, times, path (wide indexes too) and whether it ended', () => {
    expect(decodeBookmark(encodeBookmark(mark))).toEqual(mark);
    const ended = { ...mark, path: [], ended: true };
    expect(decodeBookmark(encodeBookmark(ended))).toEqual(ended);
  });

  it('is versioned: text from another format version is not read', () => {
    const text = encodeBookmark(mark);
    expect(text.startsWith('pp1|')).toBe(true);
    expect(decodeBookmark(text.replace(/^pp1/, 'pp2'))).toBeUndefined();
  });

  it('turns garbage into undefined without throwing', () => {
    const text = encodeBookmark(mark);
    const garbage: unknown[] = [
      undefined,
      null,
      42,
      '',
      '{}',
      'pp1',
      text.replace('first-shift', 'first shift'),
      text.replace('0a1b2c3d', 'zz'),
      `${text}|x`,
      `${text}!`,
      `${text}_1`,
      text.replace('|p|', '|q|'),
      'pp1|a|00000000|zzzzzzzzzzz|1|1|p|0',
      'x'.repeat(100_000),
    ];
    for (const g of garbage) expect(decodeBookmark(g)).toBeUndefined();
  });

  it('refuses to write what it could not read back', () => {
    expect(() => encodeBookmark({ ...mark, path: [-1] })).toThrow(RangeError);
    expect(() => encodeBookmark({ ...mark, scenarioId: 'a|b' })).toThrow(RangeError);
  });

  it('stays under SCORM 1.2 limit for a path far longer than any scenario has', () => {
    const path = Array.from({ length: 1000 }, (_, i) => i % 4);
    expect(longestBookmarkLength('cassie-and-jo', path)).toBeLessThan(SCORM12_SUSPEND_LIMIT);
    expect(longestBookmarkLength('cassie-and-jo', path)).toBeGreaterThan(1000);
  });
});
