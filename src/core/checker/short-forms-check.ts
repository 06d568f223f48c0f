// The short forms of an option (`short:`, `why-short:`) that the projector's reveal shows where the full text and
// reason will not fit the wall at 36 px: written together, and short enough to fit four to a 720-line screen.
import type { PlacedTag } from './key-decision-check.ts';

/** The longest `short:` and `why-short:` that still fit four options to a 1280×720 screen at 36 px. */
export const SHORT_FORM_LIMITS = { short: 40, 'why-short': 60 } as const;

export interface ShortFormProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Problems with the short forms written on each choice line: one without the other, or too long to fit. */
export function shortFormProblems(tags: readonly PlacedTag[]): ShortFormProblem[] {
  const byChoice = new Map<string, PlacedTag[]>();
  for (const placed of tags) {
    if (placed.tag.key !== 'short' && placed.tag.key !== 'why-short') continue;
    const key = `${placed.file}\n${String(placed.line)}`;
    byChoice.set(key, [...(byChoice.get(key) ?? []), placed]);
  }
  const problems: ShortFormProblem[] = [];
  for (const placedTags of byChoice.values()) {
    const { file, line } = placedTags[0]!;
    const keys = new Set(placedTags.map((p) => p.tag.key));
    if (keys.size === 1) {
      const missing = keys.has('short') ? 'why-short' : 'short';
      problems.push({
        file,
        line,
        message: `This option has "${[...keys][0]!}" without "${missing}": write both, or the projector shows the full text.`,
      });
    }
    for (const { tag } of placedTags) {
      if (tag.key !== 'short' && tag.key !== 'why-short') continue;
      const limit = SHORT_FORM_LIMITS[tag.key];
      if (tag.text.length > limit)
        problems.push({
          file,
          line,
          message: `"${tag.key}" is ${String(tag.text.length)} characters; keep it to ${String(limit)} so four options fit a 1280×720 projector at 36 px.`,
        });
    }
  }
  return problems;
}
