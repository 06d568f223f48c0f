// A short fingerprint of a compiled story, so a save knows which text it was made against.

/** FNV-1a, 32 bit, as 8 hex digits: fast, stable, and enough to tell two story builds apart. */
export function storyVersion(json: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
