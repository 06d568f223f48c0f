// A fill whose four corners may differ (the light on a place, the wash where a place has no art). Phaser draws
// corner gradients in WebGL only: its Canvas renderer misreads the command and paints the rectangle opaque in
// the canvas's background colour, which hid every place behind its light on machines without a GPU (where the
// backdrop runs on Canvas, see phaser-backdrop.ts). On Canvas the fill is the corners' mean instead.
import Phaser from 'phaser';

/** Top left, top right, bottom left, bottom right. */
export type Corners = readonly [number, number, number, number];

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The mean of four 0xRRGGBB colours, channel by channel. */
export function meanColour(colours: Corners): number {
  const channel = (shift: number): number => Math.round(mean(colours.map((c) => (c >> shift) & 0xff))) << shift;
  return channel(16) | channel(8) | channel(0);
}

/** Sets the fill for `graphics`: the corner gradient where the renderer has one, else the corners' mean. */
export function fillCorners(
  graphics: Phaser.GameObjects.Graphics,
  colours: Corners,
  alphas: Corners,
): Phaser.GameObjects.Graphics {
  if (graphics.scene.sys.renderer.type === Phaser.CANVAS) return graphics.fillStyle(meanColour(colours), mean(alphas));
  return graphics.fillGradientStyle(...colours, ...alphas);
}
