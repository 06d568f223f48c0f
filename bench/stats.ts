// Small helpers for benchmark figures.

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function spread(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter((v) => Number.isFinite(v));
  return { min: Math.min(...finite), max: Math.max(...finite) };
}

export const kb = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : 'n/a');
export const mb = (bytes: number): string =>
  Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : 'n/a';
export const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
export const ratio = (game: number, bare: number): string =>
  Number.isFinite(game) && Number.isFinite(bare) && bare > 0 ? `${(game / bare).toFixed(2)}×` : 'n/a';
