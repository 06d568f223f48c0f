// An AudioPort that records what would have been played.
import type { AudioLevels, AudioPort } from '../../src/core/ports.ts';

export class RecordingAudio implements AudioPort {
  readonly played: string[] = [];
  unlocked = false;
  levels: AudioLevels = { music: 0.5, effects: 0.7, muted: false };
  unlock(): void {
    this.unlocked = true;
  }
  playAmbient(placeId: string | undefined): void {
    this.played.push(`ambient:${placeId ?? 'none'}`);
  }
  playEffect(soundId: string): void {
    this.played.push(`effect:${soundId}`);
  }
  setLevels(levels: AudioLevels): void {
    this.levels = levels;
  }
}
