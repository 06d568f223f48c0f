// What the screens last asked of the page around them (the top bar's location, the backdrop's place, portrait
// and dimming, the ambient sound), so a screen brought back from under a break or settings gets them back too.
import type { AudioPort } from '../core/ports.ts';
import type { Backdrop } from './backdrop-port.ts';

export interface SceneState {
  readonly location: readonly [label: string, pauseAvailable: boolean] | undefined;
  readonly shown: Parameters<Backdrop['show']> | undefined;
  readonly dimmed: boolean | undefined;
  readonly ambient: readonly [place: string | undefined] | undefined;
}

export class SceneMemory {
  private state: SceneState = { location: undefined, shown: undefined, dimmed: undefined, ambient: undefined };
  /** The backdrop the screens talk to: records, then passes on. */
  readonly backdrop: Backdrop;
  /** The audio the screens talk to: records the ambient sound, then passes on. */
  readonly audio: AudioPort;

  constructor(
    target: () => Backdrop,
    sound: AudioPort,
    private readonly setLocationOn: (label: string, pauseAvailable: boolean) => void,
  ) {
    this.backdrop = {
      show: (...args) => {
        this.state = { ...this.state, shown: args };
        target().show(...args);
      },
      setDimmed: (on) => {
        this.state = { ...this.state, dimmed: on };
        target().setDimmed(on);
      },
      setReducedMotion: (on) => target().setReducedMotion(on),
      destroy: () => target().destroy(),
    };
    this.audio = {
      unlock: () => sound.unlock(),
      playAmbient: (place) => {
        this.state = { ...this.state, ambient: [place] };
        sound.playAmbient(place);
      },
      playEffect: (id) => sound.playEffect(id),
      setLevels: (levels) => sound.setLevels(levels),
    };
  }

  setLocation(label: string, pauseAvailable: boolean): void {
    this.state = { ...this.state, location: [label, pauseAvailable] };
    this.setLocationOn(label, pauseAvailable);
  }

  snapshot(): SceneState {
    return this.state;
  }

  /** Ask again for everything a kept screen had asked for. */
  replay(state: SceneState): void {
    if (state.location) this.setLocation(...state.location);
    if (state.shown) this.backdrop.show(...state.shown);
    if (state.dimmed !== undefined) this.backdrop.setDimmed(state.dimmed);
    if (state.ambient) this.audio.playAmbient(...state.ambient);
  }
}
