// The one Backdrop the screens talk to: it remembers the last place, portrait, dimming and motion setting it
// was asked for and replays them to whichever drawn backdrop is attached, however late it arrives.
import { noBackdrop, type Backdrop } from './backdrop-port.ts';

interface Shown {
  readonly place: string | undefined;
  readonly portrait: string | undefined;
  readonly expression: string | undefined;
}

export class BackdropRelay implements Backdrop {
  private target: Backdrop = noBackdrop;
  private shown: Shown | undefined;
  private dimmed: boolean | undefined;
  private reducedMotion: boolean | undefined;

  /** Hands every later request to `target`, after telling it the latest of each kind it missed. */
  attach(target: Backdrop): void {
    this.target = target;
    if (this.reducedMotion !== undefined) target.setReducedMotion(this.reducedMotion);
    if (this.shown) target.show(this.shown.place, this.shown.portrait, this.shown.expression);
    if (this.dimmed !== undefined) target.setDimmed(this.dimmed);
  }

  show(place: string | undefined, portrait: string | undefined, expression?: string): void {
    this.shown = { place, portrait, expression };
    this.target.show(place, portrait, expression);
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    this.target.setReducedMotion(on);
  }

  setDimmed(on: boolean): void {
    this.dimmed = on;
    this.target.setDimmed(on);
  }

  destroy(): void {
    this.target.destroy();
    this.target = noBackdrop;
  }
}
