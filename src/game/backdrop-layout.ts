// Pure layout maths for the backdrop: drawing-buffer size, cover-fit of place art, where the portrait stands,
// and which rasterisation size to ask for. No Phaser, no DOM: unit-tested in Node.

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Sizes of the art as drawn (SVG viewBox). */
export const PLACE_ART: Size = { width: 1920, height: 1080 };
export const PORTRAIT_ART: Size = { width: 600, height: 800 };

/** Never rasterise or draw wider than 4K UHD. */
export const MAX_PIXELS_WIDE = 3840;
/** The rasterisation sizes we ask for, so a resize by a few pixels reuses the texture already made. */
export const PLACE_TEXTURE_WIDTHS = [1280, 1920, 2560, MAX_PIXELS_WIDE] as const;
export const PORTRAIT_TEXTURE_HEIGHTS = [400, 800, 1200, 1600, 2160] as const;

/** On wide windows the HTML text panel fills the right 60%; the portrait stands in the left column. */
const WIDE_PORTRAIT_HEIGHT = 0.68;
const WIDE_PORTRAIT_BOTTOM = 0.98;
const WIDE_PORTRAIT_CENTRE_X = 0.19;
const WIDE_PORTRAIT_MAX_WIDTH = 0.34;
const NARROW_PORTRAIT_HEIGHT = 0.3;
const NARROW_PORTRAIT_MAX_WIDTH = 0.5;
/** Narrow means anything short of a landscape window at least 900 CSS pixels wide: the same breakpoint
 * as the side-by-side layout in src/styles/main.css. */
const NARROW_ASPECT = 1.2;
const NARROW_CSS_WIDTH = 900;
const MAX_DEVICE_PIXEL_RATIO = 2;

/**
 * How many drawing-buffer pixels to use per CSS pixel: the device pixel ratio (at most 2, for crisp lines on
 * HiDPI screens without a huge buffer), lowered so the buffer never exceeds 3840 pixels on its longer side.
 */
export function drawingResolution(css: Size, devicePixelRatio: number): number {
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  const longest = Math.max(css.width, css.height, 1);
  return Math.min(Math.max(ratio, 1), MAX_DEVICE_PIXEL_RATIO, MAX_PIXELS_WIDE / longest);
}

/** The drawing-buffer size for a window of `css` size drawn at `resolution`, in whole pixels, at least 1×1. */
export function drawingSize(css: Size, resolution: number): Size {
  return {
    width: Math.max(1, Math.round(css.width * resolution)),
    height: Math.max(1, Math.round(css.height * resolution)),
  };
}

/** The rectangle that covers `view` with `art`, keeping its aspect ratio and cropping the overflow equally. */
export function coverRect(view: Size, art: Size): Rect {
  const scale = Math.max(view.width / art.width, view.height / art.height);
  const width = art.width * scale;
  const height = art.height * scale;
  return { x: (view.width - width) / 2, y: (view.height - height) / 2, width, height };
}

export function isNarrow(view: Size, resolution = 1): boolean {
  return view.width / view.height < NARROW_ASPECT || view.width / resolution < NARROW_CSS_WIDTH;
}

/**
 * Where the speaking character's portrait stands. Wide windows: about two thirds of the height, in the left
 * column beside the text panel, standing near the bottom. Narrow windows: smaller, tucked into the top-left corner.
 */
export function portraitRect(view: Size, resolution = 1, art: Size = PORTRAIT_ART): Rect {
  const aspect = art.width / art.height;
  const margin = Math.round(Math.max(12 * resolution, 0.03 * Math.min(view.width, view.height)));
  if (isNarrow(view, resolution)) {
    const height = Math.min(view.height * NARROW_PORTRAIT_HEIGHT, (view.width * NARROW_PORTRAIT_MAX_WIDTH) / aspect);
    return { x: margin, y: margin, width: height * aspect, height };
  }
  const bottom = view.height * WIDE_PORTRAIT_BOTTOM;
  const height = Math.min(
    view.height * WIDE_PORTRAIT_HEIGHT,
    bottom - margin,
    (view.width * WIDE_PORTRAIT_MAX_WIDTH) / aspect,
  );
  const width = height * aspect;
  const x = Math.max(margin, view.width * WIDE_PORTRAIT_CENTRE_X - width / 2);
  return { x, y: bottom - height, width, height };
}

/** The smallest size in `steps` that is at least `needed`, or the largest step when none is. */
export function pickStep(needed: number, steps: readonly number[]): number {
  const largest = steps[steps.length - 1];
  if (largest === undefined) throw new Error('pickStep needs at least one step');
  return steps.find((step) => step >= needed) ?? largest;
}

/** The rasterisation size (16:9) for place art covering a drawing buffer of `view`. */
export function placeTextureSize(view: Size): Size {
  const width = pickStep(coverRect(view, PLACE_ART).width, PLACE_TEXTURE_WIDTHS);
  return { width, height: Math.round((width * PLACE_ART.height) / PLACE_ART.width) };
}

/** The rasterisation size (3:4) for a portrait drawn in a drawing buffer of `view`. */
export function portraitTextureSize(view: Size, resolution = 1): Size {
  const height = pickStep(portraitRect(view, resolution).height, PORTRAIT_TEXTURE_HEIGHTS);
  return { width: Math.round((height * PORTRAIT_ART.width) / PORTRAIT_ART.height), height };
}
