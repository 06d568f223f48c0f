// The order in which a decision's options are shown: shuffled per decision from the playthrough's seed,
// so the best option cannot be found by its place. Asides keep their authored places; `keep-order` opts out.
// Pure and deterministic: the same seed and decision always give the same order.

export interface OrderableOption {
  readonly aside: boolean;
  readonly keepOrder: boolean;
}

/** Positions into `options`, in the order to show them. */
export function shownOrder(
  options: readonly OrderableOption[],
  seed: number,
  decisionId: string | undefined,
): number[] {
  const authored = options.map((_, i) => i);
  if (decisionId === undefined || options.some((o) => o.keepOrder)) return authored;
  const slots = authored.filter((i) => !options[i]!.aside);
  if (slots.length < 2) return authored;
  const random = seededRandom(hashText(`${seed}|${decisionId}`));
  const shuffled = [...slots];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const order = [...authored];
  slots.forEach((slot, k) => {
    order[slot] = shuffled[k]!;
  });
  return order;
}

/** FNV-1a: a small, stable hash of text to 32 bits. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: a small seeded generator, enough for shuffling a handful of options. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
