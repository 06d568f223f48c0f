// The gentle life of the backdrop: a new place settles in with a slow pan, a new person steps in from the side,
// the light comes up on a new place. Each is one finite tween on a progress value, so the loop sleeps when done;
// layout is asked for afresh each frame, so a resize mid-motion lands in the right place. No story knowledge.
import Phaser from 'phaser';
import type { Rect, Size } from './backdrop-layout.ts';
import { fillCorners } from './corner-fill.ts';

export const MOTION = {
  /** A new place drifts from slightly closer in to where it rests. */
  settleMs: 1800,
  settleZoom: 0.05,
  /** A new speaker steps in from the left edge of where they stand. */
  enterMs: 550,
  enterShift: 0.08,
  /** The light on a new place. */
  lightMs: 1800,
} as const;

/** The light on a place: a soft glow from the upper right, where the art is lit from (colour, strength). */
const LIGHT = { day: [0xffe6b8, 0.16], night: [0xa9c1ff, 0.12] } as const;
const NIGHT_PLACES: ReadonlySet<string> = new Set(['park-night']);

/** Paints the light for a place over the whole view: moonlight for night places, warm daylight elsewhere. */
export function drawLight(light: Phaser.GameObjects.Graphics, view: Size, place: string): void {
  const [colour, strength] = NIGHT_PLACES.has(place) ? LIGHT.night : LIGHT.day;
  fillCorners(light.clear(), [colour, colour, colour, colour], [0, strength, 0, 0]).fillRect(
    0,
    0,
    view.width,
    view.height,
  );
}

type Positionable = Phaser.GameObjects.Image | Phaser.GameObjects.Graphics;

/** Runs `apply(0…1)` eased over `ms` (at once when `ms` is 0); the tween's target is private, so fades never kill it. */
function progress(scene: Phaser.Scene, ms: number, apply: (t: number) => void): void {
  if (ms <= 0) {
    apply(1);
    return;
  }
  const state = { t: 0 };
  apply(0);
  scene.tweens.add({ targets: state, t: 1, duration: ms, ease: 'Sine.easeOut', onUpdate: () => apply(state.t) });
}

/** Places `picture` at `rect()`, starting a little zoomed in towards the upper right and easing out to rest. */
export function settle(scene: Phaser.Scene, picture: Positionable, rect: () => Rect, ms: number): void {
  if (!(picture instanceof Phaser.GameObjects.Image)) return;
  progress(scene, ms, (t) => {
    if (!picture.active) return;
    const r = rect();
    const zoom = 1 + MOTION.settleZoom * (1 - t);
    const width = r.width * zoom;
    const height = r.height * zoom;
    // Anchored a little right of centre, where the light comes from: the picture opens out towards the left.
    picture.setPosition(r.x - (width - r.width) * 0.35, r.y - (height - r.height) * 0.5).setDisplaySize(width, height);
  });
}

/** Places `picture` at `rect()`, sliding in from a little to the left. */
export function enter(scene: Phaser.Scene, picture: Positionable, rect: () => Rect, ms: number): void {
  progress(scene, ms, (t) => {
    if (!picture.active) return;
    const r = rect();
    picture.setPosition(r.x - r.width * MOTION.enterShift * (1 - t), r.y);
  });
}

/** Brings `light` up from nothing to full. */
export function lightUp(scene: Phaser.Scene, light: Phaser.GameObjects.Graphics, ms: number): void {
  scene.tweens.killTweensOf(light);
  if (ms <= 0) {
    light.setAlpha(1);
    return;
  }
  light.setAlpha(0);
  scene.tweens.add({ targets: light, alpha: 1, duration: ms, ease: 'Sine.easeInOut' });
}
