/** Median, 95th percentile and spread of a set of samples. */
export interface Summary {
  count: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** The value below which `fraction` of the samples fall (nearest rank, so it is always a real sample). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Summarises samples; the median of an even count is the mean of the two middle samples. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const middle = Math.floor(n / 2);
  const median = n === 0 ? Number.NaN : n % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    count: n,
    median,
    p95: percentile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[n - 1] ?? Number.NaN,
    mean: n === 0 ? Number.NaN : sorted.reduce((sum, x) => sum + x, 0) / n,
  };
}

/** The distinct values of a list of counts, as "2" or "2–3", to show whether they varied. */
export function range(values: readonly number[]): string {
  if (values.length === 0) return '–';
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}–${high}`;
}
