// A SpeechPort that records what it was asked to say and lets a test end each utterance when it chooses.
import type { SpeechEvents, SpeechPort, SpeechVoice } from '../../src/core/ports.ts';

export class RecordingSpeech implements SpeechPort {
  readonly spoken: string[] = [];
  readonly calls: string[] = [];
  private pending: SpeechEvents | undefined;

  constructor(private readonly voices: readonly SpeechVoice[] = []) {}

  localVoices(): Promise<readonly SpeechVoice[]> {
    return Promise.resolve(this.voices);
  }

  speak(text: string, _options: unknown, events: SpeechEvents): void {
    this.spoken.push(text);
    this.pending = events;
  }

  /** The voice finishes the sentence it is on. */
  finishSentence(): void {
    const events = this.pending;
    this.pending = undefined;
    events?.onEnd();
  }

  pause(): void {
    this.calls.push('pause');
  }

  resume(): void {
    this.calls.push('resume');
  }

  cancel(): void {
    this.calls.push('cancel');
    // As in browsers, cutting an utterance short ends it.
    const events = this.pending;
    this.pending = undefined;
    events?.onEnd();
  }
}
