// The ports of a card vote: the camera (frames as plain pixels), the code decoder and the code writer for
// the printed cards. Types only: adapters implement them, core's card logic reads what they return.

/** A frame as RGBA pixels, row by row (what a canvas gives). */
export interface Pixels {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

export interface CodePoint {
  readonly x: number;
  readonly y: number;
}

/** Where a code's own corners are in the frame (image coordinates: y grows downwards). */
export interface CodeCorners {
  readonly topLeft: CodePoint;
  readonly topRight: CodePoint;
  readonly bottomRight: CodePoint;
  readonly bottomLeft: CodePoint;
}

/** One machine-readable code found in a frame. */
export interface CodeRead {
  readonly text: string;
  readonly corners: CodeCorners;
  /** The code was seen mirrored (a camera that flips its picture). */
  readonly mirrored: boolean;
}

export interface CardDecoder {
  /** Every code in the frame; an empty list when none could be read. */
  read(frame: Pixels): Promise<readonly CodeRead[]>;
}

/** A code's modules, row by row, `size` × `size`; true is dark. */
export interface CodeMatrix {
  readonly size: number;
  readonly dark: readonly boolean[];
}

export interface CardCodeWriter {
  matrix(text: string): Promise<CodeMatrix>;
}

/** An open camera: grabs the latest frame on demand, and lets go of the camera when stopped. */
export interface CameraFeed {
  /** The latest frame, or undefined before the first one arrives. */
  grab(): Pixels | undefined;
  stop(): void;
}

export type CameraRefusal = 'refused' | 'no-camera' | 'unavailable';

export type CameraOpening =
  { readonly ok: true; readonly feed: CameraFeed } | { readonly ok: false; readonly reason: CameraRefusal };

/** What main.ts hands in: each part loaded only when first asked for (camera permission, the decoder). */
export interface CardCodePorts {
  openCamera(): Promise<CameraOpening>;
  loadDecoder(): Promise<CardDecoder>;
  loadWriter(): Promise<CardCodeWriter>;
}
