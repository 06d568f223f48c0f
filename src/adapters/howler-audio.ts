// Sound through howler, the only module that imports it: an ambient loop per place and one-off effects.
// Nothing plays before unlock(), and nothing is loaded for sound turned down to nothing; a sound that cannot load
// or play goes quiet, never throws, never shows a message.
import { Howl, Howler } from 'howler';
import type { AudioLevels, AudioPort } from '../core/ports.ts';

const ambientFiles = import.meta.glob<string>('../../assets/audio/ambient/*.mp3', {
  query: '?url',
  import: 'default',
  eager: true,
});
const effectFiles = import.meta.glob<string>('../../assets/audio/sfx/*.mp3', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Where the sounds are, by place id and by sound id; missing ones are undefined. */
export interface SoundCatalogue {
  ambientUrl(placeId: string): string | undefined;
  effectUrl(soundId: string): string | undefined;
}

function byId(files: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -'.mp3'.length), url]),
  );
}

export function bundledSounds(): SoundCatalogue {
  const ambient = byId(ambientFiles);
  const effects = byId(effectFiles);
  return { ambientUrl: (id) => ambient.get(id), effectUrl: (id) => effects.get(id) };
}

const AMBIENT_FADE_MS = 800;
const MAX_AMBIENT_LOOPS = 3;

interface AmbientLoop {
  readonly placeId: string;
  readonly url: string;
  readonly howl: Howl;
  soundId: number | undefined;
  lastUsed: number;
}

export class HowlerAudio implements AudioPort {
  private unlocked = false;
  private levels: AudioLevels = { music: 0.6, effects: 0.8, muted: false };
  private wantedAmbient: string | undefined;
  private current: AmbientLoop | undefined;
  private readonly loops = new Map<string, AmbientLoop>();
  private readonly effects = new Map<string, Howl>();
  private readonly failedUrls = new Set<string>();
  private readonly logged = new Set<string>();
  private useCounter = 0;

  constructor(private readonly sounds: SoundCatalogue = bundledSounds()) {}

  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    this.safely('unlock', () => {
      // Creating the audio context inside the click or key press lets the browser start it.
      Howler.volume();
      // Howler leaves ctx null where the browser has no Web Audio, whatever its types say.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (Howler.ctx?.state === 'suspended') void Howler.ctx.resume().catch(() => undefined);
      this.switchAmbient(this.wantedAmbient);
    });
  }

  playAmbient(placeId: string | undefined): void {
    this.wantedAmbient = placeId;
    if (this.unlocked) this.safely(`ambient ${placeId}`, () => this.switchAmbient(placeId));
  }

  playEffect(soundId: string): void {
    if (!this.unlocked || this.effectsVolume() === 0) return;
    this.safely(`effect ${soundId}`, () => {
      const howl = this.effectHowl(soundId);
      if (!howl) return;
      howl.volume(this.effectsVolume());
      howl.play();
    });
  }

  setLevels(levels: AudioLevels): void {
    this.levels = { ...levels };
    this.safely('levels', () => {
      const music = this.musicVolume();
      for (const loop of this.loops.values()) {
        if (loop.soundId === undefined) continue;
        // Loops still fading out stop at once; the current one jumps to its new level, or stops when silent.
        if (loop === this.current && music > 0) loop.howl.volume(music, loop.soundId);
        else this.stopLoop(loop);
      }
      // Silent, the current loop is let go; turned up again, the place's loop starts.
      if (this.unlocked) this.switchAmbient(this.wantedAmbient);
      for (const howl of this.effects.values()) howl.volume(this.effectsVolume());
    });
  }

  private musicVolume(): number {
    return this.levels.muted ? 0 : clamp01(this.levels.music);
  }

  private effectsVolume(): number {
    return this.levels.muted ? 0 : clamp01(this.levels.effects);
  }

  /** Silent background sound loads and decodes nothing: the place's loop starts when the sound is turned up. */
  private switchAmbient(placeId: string | undefined): void {
    const next = placeId === undefined || this.musicVolume() === 0 ? undefined : this.loopFor(placeId);
    if (next === this.current) return;
    const previous = this.current;
    this.current = next;
    if (previous) this.fadeOut(previous);
    if (next) this.fadeIn(next);
    this.trimLoops();
  }

  private fadeIn(loop: AmbientLoop): void {
    const { howl } = loop;
    if (loop.soundId !== undefined && howl.playing(loop.soundId)) {
      howl.fade(howl.volume(loop.soundId) as number, this.musicVolume(), AMBIENT_FADE_MS, loop.soundId);
      return;
    }
    loop.soundId = howl.play();
    howl.fade(0, this.musicVolume(), AMBIENT_FADE_MS, loop.soundId);
  }

  private fadeOut(loop: AmbientLoop): void {
    const { howl, soundId } = loop;
    if (soundId === undefined) return;
    if (!howl.playing(soundId)) {
      this.stopLoop(loop);
      return;
    }
    howl.once(
      'fade',
      () => {
        if (this.current !== loop) this.stopLoop(loop);
      },
      soundId,
    );
    howl.fade(howl.volume(soundId) as number, 0, AMBIENT_FADE_MS, soundId);
  }

  private stopLoop(loop: AmbientLoop): void {
    if (loop.soundId !== undefined) loop.howl.stop(loop.soundId);
    loop.soundId = undefined;
  }

  private loopFor(placeId: string): AmbientLoop | undefined {
    const known = this.loops.get(placeId);
    if (known) {
      known.lastUsed = ++this.useCounter;
      return known;
    }
    const url = this.sounds.ambientUrl(placeId);
    const howl = url && this.createHowl(url, true);
    if (!url || !howl) return undefined;
    const loop: AmbientLoop = { placeId, url, howl, soundId: undefined, lastUsed: ++this.useCounter };
    this.loops.set(placeId, loop);
    return loop;
  }

  /** Keeps at most a few loops decoded in memory, dropping the longest unused ones that are silent. */
  private trimLoops(): void {
    const idle = [...this.loops.values()]
      .filter((loop) => loop !== this.current && loop.soundId === undefined)
      .sort((a, b) => a.lastUsed - b.lastUsed);
    for (const loop of idle.slice(0, Math.max(0, this.loops.size - MAX_AMBIENT_LOOPS))) this.unloadLoop(loop);
  }

  private unloadLoop(loop: AmbientLoop): void {
    this.loops.delete(loop.placeId);
    if (this.current === loop) this.current = undefined;
    loop.howl.unload();
  }

  private effectHowl(soundId: string): Howl | undefined {
    const known = this.effects.get(soundId);
    if (known) return known;
    const url = this.sounds.effectUrl(soundId);
    const howl = url && this.createHowl(url, false);
    if (!howl) return undefined;
    this.effects.set(soundId, howl);
    return howl;
  }

  private createHowl(url: string, loop: boolean): Howl | undefined {
    if (this.failedUrls.has(url)) return undefined;
    return new Howl({
      src: [url],
      html5: false,
      loop,
      preload: true,
      volume: loop ? 0 : this.effectsVolume(),
      onloaderror: (_id, error) => this.giveUp(url, error),
      onplayerror: (_id, error) => this.noteOnce(url, error),
    });
  }

  /** A file that fails to load or decode is dropped and never asked for again. */
  private giveUp(url: string, error: unknown): void {
    this.noteOnce(url, error);
    this.failedUrls.add(url);
    this.safely('unload', () => {
      for (const loop of [...this.loops.values()]) if (loop.url === url) this.unloadLoop(loop);
      for (const [id, howl] of [...this.effects]) {
        if (this.sounds.effectUrl(id) === url) {
          this.effects.delete(id);
          howl.unload();
        }
      }
    });
  }

  private noteOnce(what: string, error: unknown): void {
    if (this.logged.has(what)) return;
    this.logged.add(what);
    console.debug(`Sound unavailable, carrying on without it: ${what}`, error);
  }

  private safely(what: string, action: () => void): void {
    try {
      action();
    } catch (error) {
      this.noteOnce(what, error);
    }
  }
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
