// Sound that loads its player later: stands in for the real AudioPort (howler) until main.ts calls load()
// (after the first options are painted), remembering the levels, the unlock and the place's ambient loop, and
// hands them over once it arrives. Effects asked for before then are skipped, as a locked player skips them.
import type { AudioLevels, AudioPort } from '../core/ports.ts';

export class DeferredAudio implements AudioPort {
  private real: AudioPort | undefined;
  private loading: Promise<void> | undefined;
  private unlocked = false;
  private levels: AudioLevels | undefined;
  private ambient: { readonly placeId: string | undefined } | undefined;

  constructor(private readonly loadPlayer: () => Promise<AudioPort>) {}

  /** Fetches the player (once) and gives it everything asked of the stand-in so far. */
  load(): Promise<void> {
    this.loading ??= this.loadPlayer().then(
      (real) => {
        if (this.levels) real.setLevels(this.levels);
        if (this.ambient) real.playAmbient(this.ambient.placeId);
        if (this.unlocked) real.unlock();
        this.real = real;
      },
      (error: unknown) => {
        // No sound is a quiet loss, never an error on screen; a later load() tries again.
        this.loading = undefined;
        console.debug('Sound could not load; carrying on without it.', error);
      },
    );
    return this.loading;
  }

  unlock(): void {
    this.unlocked = true;
    this.real?.unlock();
  }

  playAmbient(placeId: string | undefined): void {
    this.ambient = { placeId };
    this.real?.playAmbient(placeId);
  }

  playEffect(soundId: string): void {
    this.real?.playEffect(soundId);
  }

  setLevels(levels: AudioLevels): void {
    this.levels = { ...levels };
    this.real?.setLevels(levels);
  }
}
