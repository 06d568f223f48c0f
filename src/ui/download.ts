// Saves a text file to the person's own device (a download); nothing is uploaded anywhere.

export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title and a date: "cassie-and-jo-2026-11-23". */
export function fileStem(id: string, at: number): string {
  return `${id}-${new Date(at).toISOString().slice(0, 10)}`;
}
