// The reader's choice before a distressing passage: with "always show summaries" on, the short summary
// (`summary-choice`) comes first, as the default, and the full account after it. Only aside-only choice points
// change, so decisions, tallies and saves (which keep the story's own option numbers) are untouched. Pure.
import type { OptionRecord, SessionView } from '../core/session/session-types.ts';

/** Positions into `options` in the order to show them. */
export function readingOrder(
  options: readonly Pick<OptionRecord, 'aside' | 'summaryChoice'>[],
  summariesFirst: boolean,
): number[] {
  const positions = options.map((_, i) => i);
  if (!summariesFirst || !options.every((o) => o.aside) || !options.some((o) => o.summaryChoice)) return positions;
  return [
    ...positions.filter((i) => options[i]!.summaryChoice),
    ...positions.filter((i) => !options[i]!.summaryChoice),
  ];
}

/** The view with its options in reading order. */
export function inReadingOrder(view: SessionView, order: readonly number[]): SessionView {
  if (order.every((position, i) => position === i)) return view;
  return { ...view, options: order.map((position) => view.options[position]!) };
}
