// Makes the QR code printed on each answer card, with ZXing's writer compiled to WebAssembly. Loaded only
// when the session pack is opened; the .wasm comes from this site (or inside the single file), never a CDN.
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';
import wasmUrl from 'zxing-wasm/writer/zxing_writer.wasm?url';
import type { CardCodeWriter, CodeMatrix } from '../core/facilitator/card-ports.ts';

export async function loadCardWriter(): Promise<CardCodeWriter> {
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
  return { matrix };
}

/** The code's modules without its quiet zone (the card's layout draws the white margin). */
async function matrix(text: string): Promise<CodeMatrix> {
  const result = await writeBarcode(text, { format: 'QRCode', ecLevel: 'H', scale: 1, withQuietZones: false });
  if (result.error) throw new Error(`The card code for "${text}" could not be made: ${result.error}`);
  const { data, width, height } = result.symbol;
  if (width !== height) throw new Error(`The card code for "${text}" is not square (${width}×${height}).`);
  return { size: width, dark: Array.from(data, (value) => value < 128) };
}
