import { performance } from 'node:perf_hooks';

/** Runs `work` and returns its result with the elapsed wall-clock milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}
