// What the HTML interface asks of the drawn backdrop (the Phaser layer): show a place and who is speaking.
// The UI depends on this interface only; src/game implements it, and a no-op version stands in until Phaser loads.

export interface Backdrop {
  /**
   * Show a place (a scene id, or undefined for the calm default) and optionally a portrait (a portrait id from
   * the cast, core's `Speaker.portrait`) with an expression (`worried`, `closed-off`; undefined: the usual face).
   */
  show(place: string | undefined, portrait: string | undefined, expression?: string): void;
  /** With reduced motion, changes are instant: no fades, no movement. */
  setReducedMotion(on: boolean): void;
  /** Dims the picture (behind menus and dialogs) so text stays readable. */
  setDimmed(on: boolean): void;
  destroy(): void;
}

export const noBackdrop: Backdrop = {
  show: () => undefined,
  setReducedMotion: () => undefined,
  setDimmed: () => undefined,
  destroy: () => undefined,
};
