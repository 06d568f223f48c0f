// A stand-in for the laptop camera in card-vote tests and the bench: getUserMedia answers with a canvas
// stream on which "participants" hold printed answer cards (QR codes made here with ZXing's writer) at any
// side up, leaning, near or far, blurred or partly hidden. The page changes the scene through window.__camera.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { prepareZXingModule as prepareReader, readBarcodes } from 'zxing-wasm/reader';
import { prepareZXingModule as prepareWriter, writeBarcode } from 'zxing-wasm/writer';
import { cardPayload } from '../../src/core/facilitator/card-code.ts';
import type { CodeRead } from '../../src/core/facilitator/card-ports.ts';

const require = createRequire(import.meta.url);
prepareWriter({ overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/writer/zxing_writer.wasm')) } });
prepareReader({ overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')) } });

/** One card in the camera's view. `side` is the option held at the top (0 = A … 3 = D). */
export interface HeldCard {
  readonly card: number;
  readonly side: number;
  /** Centre, in pixels of the 1280×720 frame. */
  readonly x: number;
  readonly y: number;
  /** The card's width in pixels. */
  readonly size: number;
  /** Degrees the card leans from straight (clockwise positive). */
  readonly lean: number;
  /** Gaussian blur in pixels (out of focus, moving). */
  readonly blur?: number;
  /** Fraction of the card hidden behind a head or a hand, from its top. */
  readonly cover?: number;
}

/** The codes of cards 1…count, as strings of 0 and 1 (dark), row by row. */
export async function cardCodes(count: number): Promise<Record<number, { size: number; bits: string }>> {
  const codes: Record<number, { size: number; bits: string }> = {};
  for (let card = 1; card <= count; card++) {
    const result = await writeBarcode(cardPayload(card), {
      format: 'QRCode',
      ecLevel: 'H',
      scale: 1,
      withQuietZones: false,
    });
    codes[card] = {
      size: result.symbol.width,
      bits: Array.from(result.symbol.data, (v) => (v < 128 ? '1' : '0')).join(''),
    };
  }
  return codes;
}

/** Decode the codes in a picture (PNG bytes) with the same reader the game uses. */
export async function decodePicture(png: Uint8Array): Promise<CodeRead[]> {
  const results = await readBarcodes(png, { formats: ['QRCode'], tryHarder: true });
  return results.filter((r) => r.isValid).map((r) => ({ text: r.text, corners: r.position, mirrored: r.isMirrored }));
}

interface CameraWindow {
  __camera: { requests: number; draws: number; stopped: number; cards: readonly HeldCard[] };
}

/** Install the stand-in camera on every page of the context, before any of the game's scripts run. */
export async function installCardCamera(context: BrowserContext, count: number): Promise<void> {
  // Passed as source: a transform that names functions (`__name`) must find its helper in the page too.
  const codes = JSON.stringify(await cardCodes(count));
  await context.addInitScript({ content: `globalThis.__name ??= (f) => f;\n(${fakeCamera.toString()})(${codes});` });
}

export async function holdCards(page: Page, cards: readonly HeldCard[]): Promise<void> {
  await page.evaluate((held) => {
    (window as unknown as CameraWindow).__camera.cards = held;
  }, cards);
}

export const cameraCounts = (page: Page): Promise<{ requests: number; draws: number; stopped: number }> =>
  page.evaluate(() => {
    const { requests, draws, stopped } = (window as unknown as CameraWindow).__camera;
    return { requests, draws, stopped };
  });

/** Runs in the page: draws the held cards 25 times a second on a canvas and hands out its stream. */
function fakeCamera(codes: Record<number, { size: number; bits: string }>): void {
  const state = { requests: 0, draws: 0, stopped: 0, cards: [] as readonly HeldCard[] };
  (window as unknown as CameraWindow).__camera = state;
  const TURN = [0, -90, 180, 90];
  /** Each card drawn once, as printed (4 px to a card unit), then placed in every frame. */
  const printed = new Map<number, HTMLCanvasElement>();
  const printCard = (card: number): HTMLCanvasElement | undefined => {
    const code = codes[card];
    if (!code) return undefined;
    const known = printed.get(card);
    if (known) return known;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 512;
    const g = canvas.getContext('2d');
    if (!g) return undefined;
    g.scale(4, 4);
    g.fillStyle = '#f4f4f0';
    g.fillRect(0, 0, 128, 128);
    g.fillStyle = '#111';
    const module = 86 / (code.size + 6);
    for (let i = 0; i < code.bits.length; i++) {
      if (code.bits[i] !== '1') continue;
      const col = i % code.size;
      const row = Math.floor(i / code.size);
      g.fillRect(21 + (col + 3) * module, 21 + (row + 3) * module, module, module);
    }
    g.font = 'bold 17px sans-serif';
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    ['A', 'B', 'C', 'D'].forEach((letter, side) => {
      g.save();
      g.translate(64, 64);
      g.rotate((side * Math.PI) / 2);
      g.fillText(letter, 0, -54);
      g.restore();
    });
    printed.set(card, canvas);
    return canvas;
  };
  const drawCard = (g: CanvasRenderingContext2D, held: HeldCard): void => {
    const card = printCard(held.card);
    if (!card) return;
    g.save();
    g.filter = held.blur ? `blur(${String(held.blur)}px)` : 'none';
    g.translate(held.x, held.y);
    g.rotate((((TURN[held.side] ?? 0) + held.lean) * Math.PI) / 180);
    const half = held.size / 2;
    g.drawImage(card, -half, -half, held.size, held.size);
    if (held.cover) {
      g.filter = 'none';
      g.fillStyle = '#8a6a55';
      g.fillRect(-half - 2, -half - 2, held.size + 4, held.size * held.cover + 2);
    }
    g.restore();
  };
  const paint = (g: CanvasRenderingContext2D): void => {
    const sky = g.createLinearGradient(0, 0, 0, 720);
    sky.addColorStop(0, '#6d747a');
    sky.addColorStop(1, '#3b4146');
    g.fillStyle = sky;
    g.fillRect(0, 0, 1280, 720);
    for (const held of state.cards) drawCard(g, held);
    state.draws++;
  };
  const media = (navigator.mediaDevices as MediaDevices | undefined) ?? ({} as MediaDevices);
  if (!(navigator.mediaDevices as MediaDevices | undefined))
    Object.defineProperty(navigator, 'mediaDevices', { value: media, configurable: true });
  media.getUserMedia = (): Promise<MediaStream> => {
    state.requests++;
    const canvas = document.createElement('canvas');
    canvas.width = 1280;
    canvas.height = 720;
    const g = canvas.getContext('2d');
    if (!g) return Promise.reject(new DOMException('No canvas', 'NotReadableError'));
    paint(g);
    const timer = setInterval(() => paint(g), 40);
    const stream = canvas.captureStream(25);
    for (const track of stream.getTracks()) {
      const stop = track.stop.bind(track);
      track.stop = () => {
        clearInterval(timer);
        state.stopped++;
        stop();
      };
    }
    return Promise.resolve(stream);
  };
}
