// The card vote at one decision: one vote per card number, the side seen most recently winning, until the
// trainer closes the vote. Keeps which card chose what only while the vote is open, in memory, to move a
// vote when a card turns; what leaves it is totals and how many cards were seen.
import type { CardSighting } from './card-code.ts';

export interface CardTally {
  readonly open: boolean;
  /** Options available at this decision (sides beyond them are not votes). */
  readonly optionCount: number;
  /** The option each card last showed, by card number. */
  readonly choices: ReadonlyMap<number, number>;
}

export const openTally = (optionCount: number): CardTally => ({ open: true, optionCount, choices: new Map() });

/**
 * Take in one frame's sightings. A card seen twice in a frame showing different sides is left as it was (two
 * copies of one card, or a misread); a side with no option here is ignored. Returns the same tally when
 * nothing changed, and a closed tally never changes.
 */
export function observe(tally: CardTally, sightings: readonly CardSighting[]): CardTally {
  if (!tally.open) return tally;
  const seen = new Map<number, number | null>();
  for (const { card, option } of sightings) {
    if (option < 0 || option >= tally.optionCount) continue;
    const before = seen.get(card);
    seen.set(card, before === undefined || before === option ? option : null);
  }
  let choices: Map<number, number> | undefined;
  for (const [card, option] of seen) {
    if (option === null || tally.choices.get(card) === option) continue;
    choices ??= new Map(tally.choices);
    choices.set(card, option);
  }
  return choices ? { ...tally, choices } : tally;
}

export const closeTally = (tally: CardTally): CardTally => (tally.open ? { ...tally, open: false } : tally);

/** Cards counted per option. */
export function cardTotals(tally: CardTally): number[] {
  const totals = Array.from({ length: tally.optionCount }, () => 0);
  for (const option of tally.choices.values()) totals[option] = (totals[option] ?? 0) + 1;
  return totals;
}

export const cardsSeen = (tally: CardTally): number => tally.choices.size;

/** The changes (+1 or −1 per option, one at a time) that take `from` totals to `to`. */
export function voteSteps(from: readonly number[], to: readonly number[]): { option: number; change: 1 | -1 }[] {
  const steps: { option: number; change: 1 | -1 }[] = [];
  const length = Math.max(from.length, to.length);
  for (let option = 0; option < length; option++) {
    const delta = (to[option] ?? 0) - (from[option] ?? 0);
    for (let i = 0; i < Math.abs(delta); i++) steps.push({ option, change: delta > 0 ? 1 : -1 });
  }
  // Take votes away before adding, so a moved vote never passes through a count above the room's size.
  return steps.sort((a, b) => a.change - b.change);
}
