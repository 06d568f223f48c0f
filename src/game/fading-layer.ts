// One depth band of pictures that change by fading: the newest fades in over the rest (opaque art) or while
// the rest fade out (cut-out portraits); whatever it replaced is destroyed once hidden. No story knowledge.
import Phaser from 'phaser';

export type Picture = Phaser.GameObjects.Image | Phaser.GameObjects.Graphics;

/** `over`: the newest covers the old, which vanish when it is fully shown. `cross`: old fade out as it fades in. */
export type FadeStyle = 'over' | 'cross';

export class FadingLayer {
  private pictures: Picture[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly depth: number,
    private readonly style: FadeStyle,
  ) {}

  /** Every picture still alive, oldest first (for re-layout and for knowing which textures are in use). */
  get live(): readonly Picture[] {
    return this.pictures;
  }

  /** Shows `next` (or nothing) in place of what is shown now, fading over `fadeMs` (0: at once). */
  replace(next: Picture | undefined, fadeMs: number): void {
    const outgoing = [...this.pictures];
    if (next) {
      next.setDepth(this.depth);
      this.pictures.push(next);
    }
    if (fadeMs <= 0) {
      outgoing.forEach((picture) => this.remove(picture));
      next?.setAlpha(1);
      return;
    }
    if (next && this.style === 'over') {
      this.fade(next, 0, 1, fadeMs, () => outgoing.forEach((picture) => this.remove(picture)));
      return;
    }
    outgoing.forEach((picture) =>
      this.fade(picture, picture.alpha, 0, fadeMs * picture.alpha, () => this.remove(picture)),
    );
    if (next) this.fade(next, 0, 1, fadeMs, () => undefined);
  }

  destroy(): void {
    [...this.pictures].forEach((picture) => this.remove(picture));
  }

  private fade(picture: Picture, from: number, to: number, duration: number, onComplete: () => void): void {
    this.scene.tweens.killTweensOf(picture);
    picture.setAlpha(from);
    if (duration <= 0) {
      picture.setAlpha(to);
      onComplete();
      return;
    }
    this.scene.tweens.add({ targets: picture, alpha: to, duration, ease: 'Sine.easeInOut', onComplete });
  }

  private remove(picture: Picture): void {
    const index = this.pictures.indexOf(picture);
    if (index < 0) return;
    this.pictures.splice(index, 1);
    this.scene.tweens.killTweensOf(picture);
    picture.destroy();
  }
}
