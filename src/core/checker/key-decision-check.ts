// Which stages of a story mark no decision `key-decision`: a group session's pacing plan discusses key
// decisions, so a stage with none is one the room would pass through without stopping. Advice (a warning).
import type { Tag } from '../story/tags.ts';

export interface PlacedTag {
  readonly file: string;
  readonly line: number;
  readonly tag: Tag;
}

export interface KeyDecisionGap {
  readonly stage: string;
  readonly file: string;
  readonly line: number;
}

/** Stages (in the order their `stage:` tags are written) with no `key-decision` before the next stage starts. */
export function stagesWithoutKeyDecision(tags: readonly PlacedTag[]): KeyDecisionGap[] {
  const stages: { gap: KeyDecisionGap; keys: number }[] = [];
  for (const placed of tags) {
    if (placed.tag.key === 'stage') {
      const principle = placed.tag.principle;
      const known = stages.find((s) => s.gap.stage === principle);
      // A stage written again later (another knot of it) takes the key decisions that follow.
      if (known) stages.push(stages.splice(stages.indexOf(known), 1)[0]!);
      else stages.push({ gap: { stage: principle, file: placed.file, line: placed.line }, keys: 0 });
    } else if (placed.tag.key === 'key-decision' && stages.length > 0) {
      stages[stages.length - 1]!.keys += 1;
    }
  }
  return stages.filter((s) => s.keys === 0).map((s) => s.gap);
}
