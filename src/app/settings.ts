// The player's settings: defaults, validation of stored data, and the derived values the view needs.
// Pure except for load/save through the SaveStore port.
import type { SaveStore } from '../core/ports.ts';
import { SETTINGS_KEY } from './storage-keys.ts';
import { attemptStorage, type StorageOutcome } from './storage-outcome.ts';

export type TextSpeed = 'slow' | 'normal' | 'fast' | 'instant';
export type MotionPreference = 'system' | 'reduce' | 'full';

export interface Settings {
  /** 1 = 100%, up to 2 = 200%. */
  readonly textScale: number;
  readonly textSpeed: TextSpeed;
  readonly highContrast: boolean;
  readonly motion: MotionPreference;
  readonly musicVolume: number;
  readonly effectsVolume: number;
  readonly muted: boolean;
  /** Show which principles each choice supported or undermined, straight after choosing. */
  readonly coachMode: boolean;
  /** The language of the words on screen, as a BCP 47 tag (`en-GB`); the ui keeps English for one it lacks. */
  readonly locale: string;
  /** Offer to read each page aloud with one of the device's own voices (off by default). */
  readonly readAloud: boolean;
  /** The chosen voice's id; undefined for the device's default voice. */
  readonly speechVoice: string | undefined;
  /** Reading speed, 0.5 to 2 (1 is the voice's usual speed). */
  readonly speechRate: number;
  /** Before a distressing passage, offer its short summary first (the default) and the full account as the aside. */
  readonly summariesFirst: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  textScale: 1,
  textSpeed: 'normal',
  highContrast: false,
  motion: 'system',
  musicVolume: 0.4,
  effectsVolume: 0.6,
  muted: false,
  coachMode: false,
  locale: 'en-GB',
  readAloud: false,
  speechVoice: undefined,
  speechRate: 1,
  summariesFirst: false,
};

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;
export const TEXT_SPEEDS: readonly TextSpeed[] = ['slow', 'normal', 'fast', 'instant'];

/** Characters revealed per second for each speed; Infinity means all at once. */
export function charactersPerSecond(speed: TextSpeed): number {
  switch (speed) {
    case 'slow':
      return 30;
    case 'normal':
      return 60;
    case 'fast':
      return 140;
    case 'instant':
      return Number.POSITIVE_INFINITY;
  }
}

export function prefersReducedMotion(settings: Settings, systemPrefersReduced: boolean): boolean {
  return settings.motion === 'reduce' || (settings.motion === 'system' && systemPrefersReduced);
}

const clamp01 = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : fallback;

/** Take whatever was stored and keep each valid field; anything else falls back to its default. */
export function sanitiseSettings(data: unknown): Settings {
  const raw = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const scale =
    typeof raw.textScale === 'number' && raw.textScale >= 1 && raw.textScale <= 2
      ? raw.textScale
      : DEFAULT_SETTINGS.textScale;
  return {
    textScale: scale,
    textSpeed: TEXT_SPEEDS.includes(raw.textSpeed as TextSpeed)
      ? (raw.textSpeed as TextSpeed)
      : DEFAULT_SETTINGS.textSpeed,
    highContrast: typeof raw.highContrast === 'boolean' ? raw.highContrast : DEFAULT_SETTINGS.highContrast,
    motion:
      raw.motion === 'reduce' || raw.motion === 'full' || raw.motion === 'system'
        ? raw.motion
        : DEFAULT_SETTINGS.motion,
    musicVolume: clamp01(raw.musicVolume, DEFAULT_SETTINGS.musicVolume),
    effectsVolume: clamp01(raw.effectsVolume, DEFAULT_SETTINGS.effectsVolume),
    muted: typeof raw.muted === 'boolean' ? raw.muted : DEFAULT_SETTINGS.muted,
    coachMode: typeof raw.coachMode === 'boolean' ? raw.coachMode : DEFAULT_SETTINGS.coachMode,
    locale:
      typeof raw.locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(raw.locale)
        ? raw.locale
        : DEFAULT_SETTINGS.locale,
    readAloud: typeof raw.readAloud === 'boolean' ? raw.readAloud : DEFAULT_SETTINGS.readAloud,
    speechVoice: typeof raw.speechVoice === 'string' && raw.speechVoice.length < 500 ? raw.speechVoice : undefined,
    speechRate:
      typeof raw.speechRate === 'number' && raw.speechRate >= 0.5 && raw.speechRate <= 2
        ? raw.speechRate
        : DEFAULT_SETTINGS.speechRate,
    summariesFirst: typeof raw.summariesFirst === 'boolean' ? raw.summariesFirst : DEFAULT_SETTINGS.summariesFirst,
  };
}

export async function loadSettings(store: SaveStore): Promise<Settings> {
  try {
    return sanitiseSettings(await store.get(SETTINGS_KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Save; when storage refuses, the settings still apply for this visit. */
export function saveSettings(store: SaveStore, settings: Settings): Promise<StorageOutcome> {
  return attemptStorage(() => store.set(SETTINGS_KEY, settings));
}
