// Reading a page aloud: queues its sentences to the speech port one at a time, and offers pause, resume,
// skip and stop. Reports which sentence is being read so the screen can highlight it. Off unless the player
// turns it on; never touches the page.
import type { SpeechPort, SpeechVoice } from '../core/ports.ts';
import { sentencesOfPage, type SpokenSentence } from '../core/story/sentences.ts';

export type ReadAloudStatus = 'idle' | 'reading' | 'paused';

export interface ReadAloudState {
  readonly status: ReadAloudStatus;
  /** The sentence being read (or paused on); undefined when idle. */
  readonly current: SpokenSentence | undefined;
  /** Its place in the page's sentences, from 0. */
  readonly index: number;
  readonly total: number;
}

export interface ReadAloudOptions {
  readonly voiceId: () => string | undefined;
  /** 0.5 to 2, 1 being the voice's usual speed. */
  readonly rate: () => number;
}

/** The sentences of a page's lines, in the locale's own sentence rules, for `read`. */
export function pageSentences(lines: readonly { readonly text: string }[], locale: string): SpokenSentence[] {
  return sentencesOfPage(lines, locale);
}

export class ReadAloud {
  private sentences: readonly SpokenSentence[] = [];
  private index = 0;
  private status: ReadAloudStatus = 'idle';
  /** Counts utterances so that the end of one that was cut short is not taken for the end of the next. */
  private utterance = 0;
  private readonly listeners = new Set<(state: ReadAloudState) => void>();

  constructor(
    private readonly speech: SpeechPort,
    private readonly options: ReadAloudOptions,
  ) {}

  /** Voices that speak on this device; the settings list them, and say so when there are none. */
  voices(): Promise<readonly SpeechVoice[]> {
    return this.speech.localVoices();
  }

  /** Reads these sentences from the first, replacing anything being read. */
  read(sentences: readonly SpokenSentence[]): void {
    this.silence();
    this.sentences = sentences;
    this.index = 0;
    if (sentences.length === 0) {
      this.settle('idle');
      return;
    }
    this.speakCurrent();
  }

  pause(): void {
    if (this.status !== 'reading') return;
    this.speech.pause();
    this.settle('paused');
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.speech.resume();
    this.settle('reading');
  }

  /** Moves on to the next sentence (stops after the last). */
  skip(): void {
    if (this.status === 'idle') return;
    this.silence();
    this.advance();
  }

  stop(): void {
    this.silence();
    this.sentences = [];
    this.index = 0;
    this.settle('idle');
  }

  state(): ReadAloudState {
    return {
      status: this.status,
      current: this.status === 'idle' ? undefined : this.sentences[this.index],
      index: this.index,
      total: this.sentences.length,
    };
  }

  /** Hear every change of state; returns a function that stops listening. */
  onChange(listener: (state: ReadAloudState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Cuts the voice short; the end that cancelling reports belongs to an utterance no longer wanted. */
  private silence(): void {
    this.utterance++;
    this.speech.cancel();
  }

  private speakCurrent(): void {
    const sentence = this.sentences[this.index];
    if (!sentence) {
      this.stop();
      return;
    }
    const mine = ++this.utterance;
    this.settle('reading');
    this.speech.speak(
      sentence.text,
      { voiceId: this.options.voiceId(), rate: this.options.rate() },
      {
        onEnd: () => {
          if (mine === this.utterance) this.advance();
        },
        onError: () => {
          if (mine === this.utterance) this.stop();
        },
      },
    );
  }

  private advance(): void {
    this.index++;
    if (this.index >= this.sentences.length) this.stop();
    else this.speakCurrent();
  }

  private settle(status: ReadAloudStatus): void {
    this.status = status;
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }
}
