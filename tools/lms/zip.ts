// A package's zip file: the files by their path inside the package, compressed with fflate.
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync, type Zippable } from 'fflate';

export function writeZip(target: string, files: Readonly<Record<string, string>>): void {
  const entries: Zippable = {};
  for (const [path, text] of Object.entries(files)) entries[path] = [strToU8(text), { level: 9 }];
  writeFileSync(target, zipSync(entries));
}
