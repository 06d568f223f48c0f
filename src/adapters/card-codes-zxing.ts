// The answer cards' QR codes with ZXing compiled to WebAssembly: the reader (camera votes) and the writer (the
// printed cards), each loaded only when first used; the .wasm comes from this site (or inside the single file).
import type { ReadResult, ZXingModuleOverrides } from 'zxing-wasm/reader';
import type { CardCodeWriter, CardDecoder, CodeMatrix, CodeRead, Pixels } from '../core/facilitator/card-ports.ts';

/** Up to 40 cards in a room, with room for a few codes that are not ours. */
const MOST_CODES = 96;

/**
 * How either half of ZXing is prepared: its .wasm fetched here (this site, or a data: URL in the single file)
 * and handed over as bytes, so the module never looks for its file elsewhere and works whatever MIME type
 * the host gives .wasm.
 */
async function preparing(wasmUrl: string): Promise<{ overrides: ZXingModuleOverrides; fireImmediately: true }> {
  const wasmBinary = await (await fetch(wasmUrl)).arrayBuffer();
  return {
    overrides: {
      wasmBinary,
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  };
}

/** The decoder, its WebAssembly compiled before the first frame. Loaded only when a card vote starts. */
export async function loadCardDecoder(): Promise<CardDecoder> {
  const [{ prepareZXingModule, readBarcodes }, { default: wasmUrl }] = await Promise.all([
    import('zxing-wasm/reader'),
    import('zxing-wasm/reader/zxing_reader.wasm?url'),
  ]);
  await prepareZXingModule(await preparing(wasmUrl));
  const read = async (frame: Pixels): Promise<readonly CodeRead[]> => {
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
  };
  return { read };
}

const toRead = (result: ReadResult): CodeRead => ({
  text: result.text,
  corners: result.position,
  mirrored: result.isMirrored,
});

/** The writer of the printed cards' codes. Loaded only when the session pack is opened. */
export async function loadCardWriter(): Promise<CardCodeWriter> {
  const [{ prepareZXingModule, writeBarcode }, { default: wasmUrl }] = await Promise.all([
    import('zxing-wasm/writer'),
    import('zxing-wasm/writer/zxing_writer.wasm?url'),
  ]);
  await prepareZXingModule(await preparing(wasmUrl));
  /** The code's modules without its quiet zone (the card's layout draws the white margin). */
  const matrix = async (text: string): Promise<CodeMatrix> => {
    const result = await writeBarcode(text, { format: 'QRCode', ecLevel: 'H', scale: 1, withQuietZones: false });
    if (result.error) throw new Error(`The card code for "${text}" could not be made: ${result.error}`);
    const { data, width, height } = result.symbol;
    if (width !== height) throw new Error(`The card code for "${text}" is not square (${width}×${height}).`);
    return { size: width, dark: Array.from(data, (value) => value < 128) };
  };
  return { matrix };
}
