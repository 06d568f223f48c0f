// The guide's timings, worked out by the session planner for a real scenario: for each session length, the
// minutes of each part and how many of the scenario's decisions the room stops to discuss.
import type { SessionPlan } from '../../core/facilitator/session-plan.ts';
import type { GuideSection } from './guide-content.ts';

export interface GuideTimings {
  readonly scenarioTitle: string;
  readonly plans: readonly SessionPlan[];
}

const mins = (n: number): string => (n === 0 ? '—' : `${String(n)} min`);

export function timingsSection(timings: GuideTimings | undefined): GuideSection {
  if (!timings || timings.plans.length === 0)
    return {
      heading: 'Timings',
      paragraphs: [
        'The setup screen shows, for the scenario you choose, how many decisions each session length discusses. The printable guide (?guide) sets out the timings for the case study.',
      ],
    };
  const plans = timings.plans;
  const row = (label: string, cell: (p: SessionPlan) => string): string[] => [label, ...plans.map(cell)];
  return {
    heading: `Timings for ${timings.scenarioTitle}`,
    paragraphs: [
      `Worked out by the game’s planner from the scenario itself: about ${String(plans[0]!.decisionCount)} decisions on a path, a discussed decision taking about ${String(plans[0]!.discussMinutes)} minutes (the options, a three-minute timer, the vote and the reveal) and one you pick about half a minute.`,
    ],
    table: {
      caption: 'Suggested timings by session length',
      head: ['Part', ...plans.map((p) => `${String(p.minutes)} minutes`)],
      rows: [
        row('Welcome, ground rules and support', (p) => mins(p.parts.opening)),
        row('The story, with discussions at key decisions', (p) => mins(p.parts.story)),
        row(
          'Decisions discussed (the rest you pick)',
          (p) => `${String(p.discussed)} of about ${String(p.decisionCount)}`,
        ),
        row('A break', (p) => mins(p.parts.pause)),
        row('“What if?”: rewind and take another option', (p) => mins(p.parts.whatIf)),
        row('Group debrief and closing, with support', (p) => mins(p.parts.closing)),
      ],
    },
  };
}
