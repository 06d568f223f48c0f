// The backdrop's layout maths, in Node: cover-fit, portrait placement and rasterisation sizes (no Phaser here).
import { describe, expect, it } from 'vitest';
import {
  MAX_PIXELS_WIDE,
  PLACE_ART,
  PORTRAIT_ART,
  coverRect,
  drawingResolution,
  drawingSize,
  isNarrow,
  pickStep,
  placeTextureSize,
  portraitRect,
  portraitTextureSize,
} from '../../src/game/backdrop-layout.ts';

const HD = { width: 1920, height: 1080 };
const LAPTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

describe('coverRect', () => {
  it('fills a window of the same shape exactly', () => {
    expect(coverRect(HD, PLACE_ART)).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(coverRect(LAPTOP, PLACE_ART)).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
  });

  it('crops the sides of a tall window, keeping the aspect ratio and the centre', () => {
    const rect = coverRect(PHONE, PLACE_ART);
    expect(rect.height).toBeCloseTo(844);
    expect(rect.width / rect.height).toBeCloseTo(16 / 9);
    expect(rect.x + rect.width / 2).toBeCloseTo(195);
    expect(rect.y).toBeCloseTo(0);
  });

  it('crops top and bottom of a very wide window', () => {
    const rect = coverRect({ width: 3440, height: 1000 }, PLACE_ART);
    expect(rect.width).toBeCloseTo(3440);
    expect(rect.y).toBeLessThan(0);
    expect(rect.y + rect.height / 2).toBeCloseTo(500);
  });

  it('always covers the whole window', () => {
    for (const view of [HD, LAPTOP, PHONE, { width: 1, height: 1 }, { width: 5000, height: 300 }]) {
      const rect = coverRect(view, PLACE_ART);
      expect(rect.x).toBeLessThanOrEqual(0);
      expect(rect.y).toBeLessThanOrEqual(0);
      expect(rect.x + rect.width).toBeGreaterThanOrEqual(view.width - 1e-9);
      expect(rect.y + rect.height).toBeGreaterThanOrEqual(view.height - 1e-9);
    }
  });
});

describe('drawing buffer', () => {
  it('uses the device pixel ratio up to 2', () => {
    expect(drawingResolution(LAPTOP, 1)).toBe(1);
    expect(drawingResolution(LAPTOP, 1.5)).toBe(1.5);
    expect(drawingResolution(PHONE, 3)).toBe(2);
    expect(drawingResolution(LAPTOP, 0)).toBe(1);
    expect(drawingResolution(LAPTOP, Number.NaN)).toBe(1);
  });

  it('never exceeds 3840 pixels on the longer side', () => {
    expect(drawingSize(HD, drawingResolution(HD, 2))).toEqual({ width: 3840, height: 2160 });
    expect(drawingSize({ width: 2560, height: 1440 }, drawingResolution({ width: 2560, height: 1440 }, 2)).width).toBe(
      MAX_PIXELS_WIDE,
    );
    expect(drawingResolution({ width: 7680, height: 4320 }, 1)).toBe(0.5);
  });

  it('rounds to whole pixels and never collapses to nothing', () => {
    expect(drawingSize({ width: 333.3, height: 0 }, 1.5)).toEqual({ width: 500, height: 1 });
  });
});

describe('portraitRect', () => {
  it('stands the portrait in the left column, clear of the text panel on the right 60%', () => {
    const rect = portraitRect(HD);
    expect(rect.height / HD.height).toBeCloseTo(0.68, 2);
    expect(rect.width / rect.height).toBeCloseTo(PORTRAIT_ART.width / PORTRAIT_ART.height);
    expect(rect.y + rect.height).toBeCloseTo(HD.height * 0.98);
    expect(rect.x + rect.width).toBeLessThan(HD.width * 0.4);
    expect(rect.x + rect.width / 2).toBeCloseTo(HD.width * 0.19);
    expect(rect.y).toBeGreaterThan(0);
  });

  it('scales with the window for the same shape', () => {
    const small = portraitRect(LAPTOP);
    const large = portraitRect({ width: 3840, height: 2160 }, 2);
    expect(large.height / 2160).toBeCloseTo(small.height / 720, 2);
  });

  it('is smaller and in the top-left corner on a narrow or portrait-shaped window', () => {
    expect(isNarrow(PHONE)).toBe(true);
    expect(isNarrow(HD)).toBe(false);
    expect(isNarrow({ width: 1100, height: 700 }, 2)).toBe(true);
    expect(isNarrow({ width: 1024, height: 900 })).toBe(true);
    const rect = portraitRect(PHONE);
    expect(rect.height).toBeLessThan(PHONE.height * 0.35);
    expect(rect.width).toBeLessThanOrEqual(PHONE.width * 0.5 + 1e-9);
    expect(rect.x).toBeLessThan(PHONE.width * 0.1);
    expect(rect.y).toBeLessThan(PHONE.height * 0.05);
  });

  it('keeps the portrait inside short, wide windows and clear of the panel', () => {
    const view = { width: 1200, height: 400 };
    const rect = portraitRect(view);
    expect(rect.x).toBeGreaterThanOrEqual(0);
    expect(rect.y).toBeGreaterThanOrEqual(0);
    expect(rect.y + rect.height).toBeLessThanOrEqual(view.height);
    expect(rect.x + rect.width).toBeLessThan(view.width * 0.4);
  });
});

describe('texture sizes', () => {
  it('picks the smallest step that is large enough, else the largest', () => {
    expect(pickStep(1000, [1280, 1920])).toBe(1280);
    expect(pickStep(1281, [1280, 1920])).toBe(1920);
    expect(pickStep(9999, [1280, 1920])).toBe(1920);
    expect(() => pickStep(1, [])).toThrow();
  });

  it('rasterises places at the window size on 1080p and at 3840 wide on 4K, never more', () => {
    expect(placeTextureSize(HD)).toEqual({ width: 1920, height: 1080 });
    expect(placeTextureSize(LAPTOP)).toEqual({ width: 1280, height: 720 });
    expect(placeTextureSize({ width: 3840, height: 2160 })).toEqual({ width: 3840, height: 2160 });
    expect(placeTextureSize({ width: 3840, height: 3840 }).width).toBe(MAX_PIXELS_WIDE);
  });

  it('rasterises portraits at least as tall as they are drawn, up to 2160', () => {
    const size = portraitTextureSize(HD);
    expect(size.height).toBeGreaterThanOrEqual(portraitRect(HD).height);
    expect(size.width / size.height).toBeCloseTo(0.75);
    expect(portraitTextureSize({ width: 3840, height: 2160 }, 2).height).toBeGreaterThanOrEqual(
      portraitRect({ width: 3840, height: 2160 }, 2).height,
    );
    expect(portraitTextureSize({ width: 1, height: 99999 }).height).toBeLessThanOrEqual(2160);
  });
});
