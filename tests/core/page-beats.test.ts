// Pages cut into beats: no word lost or reordered, beats a screen's size, a chapter card at every change of
// stage (and only there), one name plate per run of a speaker, and a backlog of every earlier page.
import { describe, expect, it } from 'vitest';
import {
  backlogPages,
  BEAT_CHARACTERS,
  pageBeats,
  speakerBlocks,
  type Beat,
} from '../../src/core/session/page-beats.ts';
import { scenePage, type PageLine } from '../../src/core/session/scene-page.ts';
import type { TranscriptLine } from '../../src/core/session/session-types.ts';
import { compileFile, startSession } from '../helpers/story-fixtures.ts';

const line = (text: string, step: number, extra: Partial<TranscriptLine> = {}): TranscriptLine => ({
  text,
  step,
  speaker: undefined,
  scene: 'office',
  sfx: undefined,
  stage: 'children-first',
  ending: undefined,
  ...extra,
});

const wordsOf = (beats: readonly Beat[]): string[] =>
  beats.flatMap((b) => (b.kind === 'words' ? b.blocks.flatMap((block) => block.lines.map((l) => l.text)) : []));

describe('page beats', () => {
  it('keeps a short page as one beat and groups a speaker’s consecutive lines under one plate', () => {
    const transcript = [
      line('You knock.', 0),
      line('Hello.', 0, { speaker: 'jo' }),
      line('Come in.', 0, { speaker: 'jo' }),
      line('Kettle’s on.', 0, { speaker: 'jo-mum' }),
      line('Thanks.', 0, { speaker: 'you' }),
    ];
    const beats = pageBeats({ transcript, step: 0, scene: 'office' });
    expect(beats).toHaveLength(1);
    const blocks = beats[0]!.kind === 'words' ? beats[0]!.blocks : [];
    expect(blocks.map((b) => [b.speaker?.id, b.lines.length])).toEqual([
      [undefined, 1],
      ['jo', 2],
      ['jo-mum', 1],
      [undefined, 1],
    ]);
  });

  it('splits a long page at paragraph boundaries into beats of about the same size, losing nothing', () => {
    const paragraphs = Array.from({ length: 9 }, (_, i) => `${String(i)} ${'word '.repeat(30 + i * 5).trim()}`);
    const transcript = paragraphs.map((text) => line(text, 0));
    const beats = pageBeats({ transcript, step: 0, scene: undefined });
    expect(wordsOf(beats)).toEqual(paragraphs);
    expect(beats.length).toBeGreaterThan(2);
    const sizes = beats.map((b) =>
      b.kind === 'words' ? b.blocks.flatMap((x) => x.lines).reduce((n, l) => n + l.text.length, 0) : 0,
    );
    for (const size of sizes) expect(size).toBeLessThanOrEqual(BEAT_CHARACTERS * 1.2);
    expect(Math.min(...sizes)).toBeGreaterThan(BEAT_CHARACTERS * 0.4);
  });

  it('puts a chapter card where the stage changes, after the words of the stage just finished', () => {
    const transcript = [
      line('Stage one opens.', 0),
      line('The end of stage one.', 1),
      line('A new stage.', 1, { stage: 'challenge-inequality' }),
    ];
    const beats = pageBeats({ transcript, step: 1, scene: undefined });
    expect(beats.map((b) => b.kind)).toEqual(['words', 'chapter', 'words']);
    expect(beats[1]).toEqual({ kind: 'chapter', finished: 'children-first', next: 'challenge-inequality' });
    expect(beats[0]).toMatchObject({ stage: 'children-first' });
    expect(beats[2]).toMatchObject({ stage: 'challenge-inequality' });
    // A page that opens a new stage right after a choice starts with its card; the first page has none.
    const opening = pageBeats({ transcript: transcript.slice(0, 1), step: 0, scene: undefined });
    expect(opening.map((b) => b.kind)).toEqual(['words']);
  });

  it('gives no plate to narration or the player', () => {
    const lines: PageLine[] = [
      { text: 'a', speaker: undefined, scene: undefined, sfx: undefined, expression: undefined, ending: false },
      { text: 'b', speaker: undefined, scene: undefined, sfx: undefined, expression: undefined, ending: false },
    ];
    expect(speakerBlocks(lines)).toHaveLength(1);
  });
});

describe('Cassie and Jo read in beats', () => {
  const json = compileFile('stories/cassie-and-jo/main.ink');

  it('shows a chapter card at each of the seven stage changes of a playthrough, and every word once, in order', () => {
    const session = startSession(json);
    const cards: string[] = [];
    for (let guard = 0; guard < 200 && !session.view().ended; guard++) {
      const view = session.view();
      const page = scenePage(view);
      const beats = pageBeats(view);
      expect(wordsOf(beats)).toEqual(page.lines.map((l) => l.text));
      for (const beat of beats) if (beat.kind === 'chapter') cards.push(`${beat.finished}>${beat.next}`);
      expect(session.choose(view.options.length - 1)).toBeUndefined();
    }
    expect(cards).toEqual([
      'children-first>challenge-inequality',
      'challenge-inequality>curious-informed',
      'curious-informed>child-voice',
      'child-voice>strengths-relationships',
      'strengths-relationships>parents-as-partners',
      'parents-as-partners>trauma-informed',
      'trauma-informed>safer-spaces',
    ]);
    const backlog = backlogPages(session.view());
    expect(backlog.length).toBeGreaterThanOrEqual(session.view().decisions.length);
    expect(backlog.filter((p) => p.chosen !== undefined)).toHaveLength(session.view().decisions.length);
    expect(backlog[0]!.blocks[0]!.lines[0]!.text).toBe(session.view().transcript[0]!.text);
  });
});
