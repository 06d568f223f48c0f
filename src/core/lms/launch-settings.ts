// Reads the launch settings an LMS package carries (`<script type="application/json" id="lms-launch">`): the
// standard, whether decisions are reported, whether the notice may be skipped on resume, which scenarios.
import type { LmsLaunchSettings } from '../ports.ts';

const STANDARDS = ['scorm12', 'scorm2004', 'cmi5'] as const;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;

/** The settings in `text` (the element's JSON), or undefined when it is not a launch the game understands. */
export function readLaunchSettings(text: string | undefined): LmsLaunchSettings | undefined {
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const raw = data as Record<string, unknown>;
  const standard = STANDARDS.find((s) => s === raw.standard);
  if (!standard) return undefined;
  const scenarios = Array.isArray(raw.scenarios)
    ? raw.scenarios.filter((s): s is string => typeof s === 'string' && ID.test(s))
    : [];
  return {
    standard,
    // Anything but an explicit yes reports the least: completion only, and the notice never skipped.
    reportDecisions: raw.reportDecisions === true,
    skipNoticeOnResume: raw.skipNoticeOnResume === true,
    scenarios,
  };
}
