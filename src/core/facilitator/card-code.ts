// Answer cards: what each card's code says (its number), and which side is held at the top, from where the
// code's corners are in the frame. A = the code's own top edge, B its right, C its bottom, D its left.
import type { CodeCorners, CodePoint, CodeRead } from './card-ports.ts';

export const MAX_CARDS = 40;
/** The sides of a card, in option order. */
export const CARD_SIDES = 4;
const PREFIX = 'PP:';
/** How far (degrees) a card may lean from upright, or from lying on a side, and still be read. */
export const LEAN_TOLERANCE = 35;

/** The text in card `number`'s code. */
export const cardPayload = (number: number): string => `${PREFIX}${String(number)}`;

/** The card number a code's text names, or undefined for any other code. */
export function cardNumberOf(text: string): number | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  const digits = text.slice(PREFIX.length);
  if (!/^[1-9]\d?$/.test(digits)) return undefined;
  const number = Number(digits);
  return number <= MAX_CARDS ? number : undefined;
}

const mid = (a: CodePoint, b: CodePoint): CodePoint => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * The side of the card at the top of the frame, as an option index (0 = A … 3 = D), or undefined when the card
 * leans too far between two sides to tell. The printed letter of each side faces out from its edge, so the
 * side held up is the one whose edge is at the top.
 */
export function sideUp(corners: CodeCorners, mirrored = false): number | undefined {
  const centre = mid(mid(corners.topLeft, corners.bottomRight), mid(corners.topRight, corners.bottomLeft));
  const top = mid(corners.topLeft, corners.topRight);
  const dx = (top.x - centre.x) * (mirrored ? -1 : 1);
  const dy = top.y - centre.y;
  if (dx === 0 && dy === 0) return undefined;
  // The angle of the code's top edge, clockwise from straight up (image y grows downwards).
  const degrees = (Math.atan2(dx, -dy) * 180) / Math.PI;
  const turned = (degrees + 360) % 360;
  const quarter = Math.round(turned / 90) % 4;
  if (Math.abs(turned - Math.round(turned / 90) * 90) > LEAN_TOLERANCE) return undefined;
  // Turned clockwise by a quarter, the card's left edge (D) is at the top; by a half, C; by three, B.
  return (4 - quarter) % 4;
}

/** A card seen in a frame: its number and the option held up. */
export interface CardSighting {
  readonly card: number;
  readonly option: number;
}

/** The answer cards among the codes read in one frame (other codes, and cards held askew, are left out). */
export function sightingsOf(reads: readonly CodeRead[]): CardSighting[] {
  return reads.flatMap((read) => {
    const card = cardNumberOf(read.text);
    const option = card === undefined ? undefined : sideUp(read.corners, read.mirrored);
    return card === undefined || option === undefined ? [] : [{ card, option }];
  });
}
