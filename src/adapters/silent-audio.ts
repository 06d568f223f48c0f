// Sound output that never makes a sound: for tests, for browsers without audio, and for "sound off" builds.
// Imports only the port; no audio library.
import type { AudioPort } from '../core/ports.ts';

export const silentAudio: AudioPort = {
  unlock: () => undefined,
  playAmbient: () => undefined,
  playEffect: () => undefined,
  setLevels: () => undefined,
};
