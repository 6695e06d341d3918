// The median and 90th percentile of a list of numbers (nearest rank); null for an empty list.
export interface Percentiles {
  readonly p50: number | null;
  readonly p90: number | null;
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number | null => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? null;
  return { p50: at(0.5), p90: at(0.9) };
}

/** part / whole, or null when there is nothing to divide. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
