// The browser's speech synthesis behind the SpeechPort. Offers only voices the browser marks as local
// (`localService`), so no words leave the device; does nothing where speech synthesis is missing.
import type { SpeechEvents, SpeechPort, SpeechVoice } from '../core/ports.ts';

/** How long to wait for the browser to list its voices (it fills the list asynchronously, once). */
const VOICE_LIST_WAIT_MS = 3000;

export class BrowserSpeech implements SpeechPort {
  constructor(private readonly synth: SpeechSynthesis | undefined = globalThis.speechSynthesis) {}

  async localVoices(): Promise<readonly SpeechVoice[]> {
    const voices = await this.allVoices();
    return voices
      .filter((voice) => voice.localService)
      .map((voice) => ({ id: voice.voiceURI, name: voice.name, lang: voice.lang }));
  }

  speak(text: string, options: { voiceId: string | undefined; rate: number }, events: SpeechEvents): void {
    const synth = this.synth;
    if (!synth) {
      events.onError('speech synthesis is not available');
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    const voice = synth.getVoices().find((v) => v.voiceURI === options.voiceId && v.localService);
    if (voice) {
      utterance.voice = voice;
      utterance.lang = voice.lang;
    }
    utterance.rate = options.rate;
    utterance.onend = () => events.onEnd();
    utterance.onerror = (event) =>
      event.error === 'interrupted' || event.error === 'canceled' ? events.onEnd() : events.onError(event.error);
    synth.speak(utterance);
  }

  pause(): void {
    this.synth?.pause();
  }

  resume(): void {
    this.synth?.resume();
  }

  cancel(): void {
    this.synth?.cancel();
  }

  private allVoices(): Promise<SpeechSynthesisVoice[]> {
    const synth = this.synth;
    if (!synth) return Promise.resolve([]);
    const now = synth.getVoices();
    if (now.length > 0) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = (): void => {
        synth.removeEventListener('voiceschanged', done);
        clearTimeout(timer);
        resolve(synth.getVoices());
      };
      const timer = setTimeout(done, VOICE_LIST_WAIT_MS);
      synth.addEventListener('voiceschanged', done);
    });
  }
}
