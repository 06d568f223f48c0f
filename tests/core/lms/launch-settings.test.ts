// The launch settings a package's page carries: read when well formed; anything unsure reports the least
// (completion only, notice never skipped); a page without them, or with garbage, is an ordinary page.
import { describe, expect, it } from 'vitest';
import { readLaunchSettings } from '../../../src/core/lms/launch-settings.ts';

describe('LMS launch settings', () => {
  it('reads what the package build writes', () => {
    const text =
      '{"standard":"scorm2004","reportDecisions":true,"skipNoticeOnResume":true,"scenarios":["first-shift"]}';
    expect(readLaunchSettings(text)).toEqual({
      standard: 'scorm2004',
      reportDecisions: true,
      skipNoticeOnResume: true,
      scenarios: ['first-shift'],
    });
  });

  it('reports the least when unsure, and drops scenario ids that are not ids', () => {
    expect(readLaunchSettings('{"standard":"cmi5","reportDecisions":"yes","scenarios":["a b",1,"ok-1"]}')).toEqual({
      standard: 'cmi5',
      reportDecisions: false,
      skipNoticeOnResume: false,
      scenarios: ['ok-1'],
    });
  });

  it('is no launch at all for a missing element, bad JSON or an unknown standard', () => {
    for (const text of [undefined, '', 'not json', 'null', '[]', '{"standard":"aicc"}'])
      expect(readLaunchSettings(text)).toBeUndefined();
  });
});
