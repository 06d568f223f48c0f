// A file the person can keep (a debrief, a backup): its name, its text and its type. The view saves it to the
// device; nothing is uploaded anywhere.

export interface ExportFile {
  readonly name: string;
  readonly text: string;
  readonly type: 'text/markdown' | 'application/json';
}

/** A file name from an id and a date: "cassie-and-jo-2026-11-23". */
export function fileStem(id: string, at: number): string {
  return `${id}-${new Date(at).toISOString().slice(0, 10)}`;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file that is not text (a Word document): its bytes, made on the device. */
export interface BinaryFile {
  readonly name: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly type: typeof DOCX_TYPE;
}
