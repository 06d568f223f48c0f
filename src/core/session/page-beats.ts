// A page cut into beats for reading: the words since the last choice split into screen-sized beats at
// paragraph boundaries, a chapter card wherever a new stage begins, and consecutive lines of one speaker
// under one name plate. Also the backlog: every earlier page of the playthrough. Pure.
import { scenePage, type PageLine, type Speaker } from './scene-page.ts';
import type { SessionView, TranscriptLine } from './session-types.ts';

type PageView = Pick<SessionView, 'transcript' | 'step' | 'scene'> & Partial<Pick<SessionView, 'cast'>>;

/** About how many characters of story a beat holds: seven or eight lines of a 65-character column. */
export const BEAT_CHARACTERS = 520;

/** Consecutive lines of one speaker (or of narration), shown under one name plate. */
export interface SpeakerBlock {
  readonly speaker: Speaker | undefined;
  readonly lines: readonly PageLine[];
}

export type Beat =
  | { readonly kind: 'words'; readonly stage: string | undefined; readonly blocks: readonly SpeakerBlock[] }
  | { readonly kind: 'chapter'; readonly finished: string; readonly next: string };

/** Group lines under name plates: a new block whenever the speaker changes. */
export function speakerBlocks(lines: readonly PageLine[]): SpeakerBlock[] {
  const blocks: { speaker: Speaker | undefined; lines: PageLine[] }[] = [];
  for (const line of lines) {
    const last = blocks.at(-1);
    if (last && last.speaker?.id === line.speaker?.id) last.lines.push(line);
    else blocks.push({ speaker: line.speaker, lines: [line] });
  }
  return blocks;
}

/** Split lines into runs of about equal size, none much over the budget unless one line alone is. */
function splitBySize(lines: readonly PageLine[], budget: number): PageLine[][] {
  const total = lines.reduce((sum, line) => sum + line.text.length, 0);
  const count = Math.max(1, Math.ceil(total / budget));
  const target = total / count;
  const runs: PageLine[][] = [];
  let run: PageLine[] = [];
  let size = 0;
  for (const line of lines) {
    const grown = size + line.text.length;
    if (run.length > 0 && grown > target * 1.15 && grown > budget * 0.6) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(line);
    size += line.text.length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The page's lines (as scenePage gives them) in runs that share a stage, in order. */
function byStage(view: PageView): { stage: string | undefined; lines: PageLine[] }[] {
  const lines = scenePage(view).lines;
  const stages = view.transcript.filter((l) => l.step === view.step && l.text !== '').map((l) => l.stage);
  const runs: { stage: string | undefined; lines: PageLine[] }[] = [];
  lines.forEach((line, i) => {
    const last = runs.at(-1);
    if (last && last.stage === stages[i]) last.lines.push(line);
    else runs.push({ stage: stages[i], lines: [line] });
  });
  return runs;
}

/** The stage the story was in before the page at `step` (undefined on the first page). */
function stageBefore(transcript: readonly TranscriptLine[], step: number): string | undefined {
  return transcript.findLast((line) => line.step < step)?.stage;
}

/** The beats of the current page, in reading order. A page with no words has no beats. */
export function pageBeats(view: PageView, budget = BEAT_CHARACTERS): Beat[] {
  const beats: Beat[] = [];
  let stage = stageBefore(view.transcript, view.step);
  for (const run of byStage(view)) {
    if (stage !== undefined && run.stage !== undefined && run.stage !== stage)
      beats.push({ kind: 'chapter', finished: stage, next: run.stage });
    stage = run.stage ?? stage;
    for (const lines of splitBySize(run.lines, budget))
      beats.push({ kind: 'words', stage: run.stage, blocks: speakerBlocks(lines) });
  }
  return beats;
}

/** The words of the beats before `index` (those already read on this page), chapter cards left out. */
export function linesBefore(beats: readonly Beat[], index: number): PageLine[] {
  return beats.slice(0, index).flatMap((beat) => (beat.kind === 'words' ? beat.blocks.flatMap((b) => b.lines) : []));
}

/** One earlier page for the backlog: its words, and the option taken to leave it (when it was a decision). */
export interface BacklogPage {
  readonly step: number;
  readonly stage: string | undefined;
  readonly blocks: readonly SpeakerBlock[];
  /** The option taken at the end of the page; undefined for "Continue" and other asides. */
  readonly chosen: string | undefined;
}

/** Every page before the current one, oldest first, with what was chosen on each. */
export function backlogPages(view: PageView & Pick<SessionView, 'decisions'>): BacklogPage[] {
  const pages: BacklogPage[] = [];
  for (let step = 0; step < view.step; step++) {
    const lines = scenePage({ ...view, step }).lines;
    const decision = view.decisions.find((d) => d.step === step);
    const chosen = decision?.options[decision.chosen]?.text;
    if (lines.length === 0 && chosen === undefined) continue;
    const stage = view.transcript.findLast((line) => line.step === step)?.stage;
    pages.push({ step, stage, blocks: speakerBlocks(lines), chosen });
  }
  return pages;
}
