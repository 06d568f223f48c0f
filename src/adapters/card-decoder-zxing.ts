// Reads answer-card codes (QR) from camera frames with ZXing compiled to WebAssembly. This module is loaded
// only when a card vote starts; the .wasm comes from this site (or inside the single file), never a CDN.
import { prepareZXingModule, readBarcodes, type ReadResult } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { CardDecoder, CodeRead, Pixels } from '../core/facilitator/card-ports.ts';

/** Up to 40 cards in a room, with room for a few codes that are not ours. */
const MOST_CODES = 96;

/** The decoder, its WebAssembly compiled before the first frame. */
export async function loadCardDecoder(): Promise<CardDecoder> {
  // Fetched here (this site, or a data: URL in the single file) and handed over as bytes, so the module never
  // looks for its file elsewhere and works whatever MIME type the host gives .wasm.
  const wasmBinary = await (await fetch(wasmUrl)).arrayBuffer();
  await prepareZXingModule({
    overrides: {
      wasmBinary,
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  });
  return { read };
}

async function read(frame: Pixels): Promise<readonly CodeRead[]> {
  const image = new ImageData(new Uint8ClampedArray(frame.data), frame.width, frame.height);
  const results = await readBarcodes(image, {
    formats: ['QRCode'],
    tryHarder: true,
    tryRotate: true,
    tryInvert: false,
    tryDownscale: true,
    maxNumberOfSymbols: MOST_CODES,
  });
  return results.filter((r) => r.isValid).map(toRead);
}

const toRead = (result: ReadResult): CodeRead => ({
  text: result.text,
  corners: result.position,
  mirrored: result.isMirrored,
});
