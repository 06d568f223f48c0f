// Reading a page aloud: sentences go to the voice one at a time and in order; pause, resume, skip and stop
// do what a listener expects, and an utterance cut short never skips the sentence after it.
import { describe, expect, it } from 'vitest';
import { ReadAloud, type ReadAloudState } from '../../src/app/read-aloud.ts';
import { sentencesOf, sentencesOfPage } from '../../src/core/story/sentences.ts';
import { RecordingSpeech } from '../doubles/recording-speech.ts';

const page = sentencesOfPage([
  { text: 'Mr. Hale meets you at the gate. He looks tired.' },
  { text: '"Where is Jo?" asks Kerry. Nobody answers.' },
]);

function reader(): { speech: RecordingSpeech; read: ReadAloud; states: ReadAloudState[] } {
  const speech = new RecordingSpeech();
  const read = new ReadAloud(speech, { voiceId: () => undefined, rate: () => 1 });
  const states: ReadAloudState[] = [];
  read.onChange((state) => states.push(state));
  return { speech, read, states };
}

describe('sentences of a page', () => {
  it('keeps titles with names and speech with who said it', () => {
    expect(sentencesOf('Mr. Hale said no. DC Priestley nodded.')).toEqual([
      'Mr. Hale said no.',
      'DC Priestley nodded.',
    ]);
    expect(sentencesOf('"Why?" asked Kerry. Jo shrugged.')).toEqual(['"Why?" asked Kerry.', 'Jo shrugged.']);
    expect(page.map((s) => s.line)).toEqual([0, 0, 1, 1]);
  });
});

describe('reading aloud', () => {
  it('speaks the sentences one at a time, in order, and goes idle after the last', () => {
    const { speech, read } = reader();
    read.read(page);
    expect(speech.spoken).toEqual(['Mr. Hale meets you at the gate.']);
    speech.finishSentence();
    speech.finishSentence();
    speech.finishSentence();
    expect(speech.spoken).toEqual([
      'Mr. Hale meets you at the gate.',
      'He looks tired.',
      '"Where is Jo?" asks Kerry.',
      'Nobody answers.',
    ]);
    expect(read.state().status).toBe('reading');
    speech.finishSentence();
    expect(read.state().status).toBe('idle');
  });

  it('pauses and resumes on the same sentence', () => {
    const { speech, read } = reader();
    read.read(page);
    read.pause();
    expect(read.state()).toMatchObject({ status: 'paused', index: 0 });
    read.resume();
    expect(speech.calls).toEqual(['cancel', 'pause', 'resume']);
    expect(read.state()).toMatchObject({ status: 'reading', index: 0 });
  });

  it('skips to the next sentence exactly once, even though cutting one short ends it', () => {
    const { speech, read } = reader();
    read.read(page);
    read.skip();
    expect(speech.spoken).toEqual(['Mr. Hale meets you at the gate.', 'He looks tired.']);
    expect(read.state().current?.text).toBe('He looks tired.');
  });

  it('stops at once and reports each change for the highlight', () => {
    const { read, states } = reader();
    read.read(page);
    read.stop();
    expect(read.state()).toMatchObject({ status: 'idle', current: undefined });
    expect(states.map((s) => s.status)).toEqual(['reading', 'idle']);
  });
});
