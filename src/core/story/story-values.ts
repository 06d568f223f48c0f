// Turns what inkjs hands back (choice text and tags, global tags, source paths, the compiled JSON) into the
// runner's plain values. Pure: no engine import, so it is testable on its own.
import { findTag, parseTags } from './tags.ts';
import type { ScenarioMeta, StoryOption } from './story-types.ts';

export function toOption(
  choice: { readonly text: string; readonly tags: string[] | null; readonly sourcePath: string },
  index: number,
  principleIds: ReadonlySet<string>,
): StoryOption {
  const { tags, problems } = parseTags(choice.tags, 'choice', principleIds);
  return {
    index,
    text: choice.text.trim(),
    sourcePath: choice.sourcePath,
    supports: findTag(tags, 'supports')?.principles ?? [],
    undermines: findTag(tags, 'undermines')?.principles ?? [],
    why: findTag(tags, 'why')?.text,
    shortText: findTag(tags, 'short')?.text,
    shortWhy: findTag(tags, 'why-short')?.text,
    differs: findTag(tags, 'differs')?.text,
    aside: findTag(tags, 'aside') !== undefined,
    keepOrder: findTag(tags, 'keep-order') !== undefined,
    summaryChoice: findTag(tags, 'summary-choice') !== undefined,
    keyDecision: findTag(tags, 'key-decision') !== undefined,
    problems,
  };
}

export function readMeta(
  globals: readonly string[],
  principleIds: ReadonlySet<string>,
  json: string | object,
): ScenarioMeta {
  const { tags, problems } = parseTags(globals, 'global', principleIds);
  return {
    id: findTag(tags, 'scenario')?.id,
    title: findTag(tags, 'title')?.text,
    summary: findTag(tags, 'summary')?.text,
    contentNote: findTag(tags, 'content-note')?.text,
    lengthMinutes: findTag(tags, 'length')?.minutes,
    variantOf: findTag(tags, 'variant-of')?.id,
    role: findTag(tags, 'role')?.role,
    stages: storyStages(typeof json === 'string' ? json : JSON.stringify(json), principleIds),
    problems,
  };
}

/** A static tag in compiled ink: `"#","^stage: x","/#"` (ink 21) or `{"#":"stage: x"}` (older). */
const STAGE_TAG = /(?:"#","\^|\{"#":")\s*stage:\s*([a-z0-9-]+)/g;

/** The known principles a story names in `stage:` tags, each once, in the order written. */
export function storyStages(json: string, principleIds: ReadonlySet<string>): string[] {
  const found = [...json.matchAll(STAGE_TAG)].map((m) => m[1]!).filter((id) => principleIds.has(id));
  return [...new Set(found)];
}

/** "knot.stitch.0.c-1" names one choice; its choice point is the path without the last part. */
export function decisionIdFromPath(sourcePath: string): string {
  const parts = sourcePath.split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : sourcePath;
}
