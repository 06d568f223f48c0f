// A SCORM 1.2 package keeps the learner's place in cmi.suspend_data, which holds 4,096 characters. The story
// checker plays every path of each shipped scenario (or samples them) and reports any path over its choice limit
// as a loop, so no path is longer than that limit: the bookmark of such a path, with the widest option index the
// scenario has, the largest seed and the latest times, must still fit.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPLORE } from '../../src/core/checker/story-explorer.ts';
import { longestBookmarkLength, SCORM12_SUSPEND_LIMIT } from '../../src/core/lms/suspend-data.ts';
import { shippedStories, storyReports } from '../helpers/story-reports.ts';

const scenarios = shippedStories();
const reports = storyReports(scenarios);

describe('the SCORM 1.2 bookmark on the longest path', () => {
  for (const name of scenarios) {
    it(`${name}: fits in suspend_data`, () => {
      const exploration = reports.get(name)!.exploration!;
      expect(exploration.problems.filter((p) => p.kind === 'loop')).toEqual([]);
      const widest = Math.max(...[...exploration.options.values()].map((seen) => seen.option.index));
      const longest = Array.from({ length: DEFAULT_EXPLORE.maxChoicesPerPath }, () => widest);
      const length = longestBookmarkLength(name, longest);
      expect(length).toBeLessThan(SCORM12_SUSPEND_LIMIT);
      // The bound is not vacuous: the path itself is most of the bookmark.
      expect(length).toBeGreaterThanOrEqual(DEFAULT_EXPLORE.maxChoicesPerPath);
    });
  }
});
