/** How many iterations each part of the benchmark runs; the full plan takes about 4 minutes on 2 cores, 2 of them the 10,000 shares. */
export interface BenchPlan {
  latency: { addedLatencyMs: number; warmup: number; iterations: number }[];
  /** The production path: a user's first and later share, latency on every remote party. */
  productionPath: { addedLatencyMs: number; warmup: number; iterations: number }[];
  throughput: { addedLatencyMs: number; sharesPerUser: number; rounds: number }[];
  memory: { turns: number; warmup: number; passes: number };
  /** Shares through one bot process, with memory read after the warm-up and at each checkpoint. */
  shareMemory: { warmup: number; checkpoints: number[] };
  parser: { rounds: number; warmup: number };
}

/** The added Graph latency that stands for a real tenant: 80 ms per call. */
export const realisticLatencyMs = 80;

/** The plan `npm run bench` runs and documents. */
export const fullPlan: BenchPlan = {
  latency: [
    { addedLatencyMs: 0, warmup: 5, iterations: 100 },
    { addedLatencyMs: realisticLatencyMs, warmup: 2, iterations: 50 },
  ],
  productionPath: [
    { addedLatencyMs: 0, warmup: 2, iterations: 30 },
    { addedLatencyMs: realisticLatencyMs, warmup: 1, iterations: 20 },
  ],
  throughput: [
    { addedLatencyMs: 0, sharesPerUser: 3, rounds: 3 },
    { addedLatencyMs: realisticLatencyMs, sharesPerUser: 3, rounds: 3 },
  ],
  memory: { turns: 1000, warmup: 200, passes: 3 },
  shareMemory: { warmup: 300, checkpoints: [1000, 5000, 10_000] },
  parser: { rounds: 200, warmup: 20 },
};

/** A few iterations of everything, to check the benchmark itself works (`npm run bench -- --quick`). */
export const quickPlan: BenchPlan = {
  latency: [
    { addedLatencyMs: 0, warmup: 1, iterations: 5 },
    { addedLatencyMs: realisticLatencyMs, warmup: 0, iterations: 2 },
  ],
  productionPath: [
    { addedLatencyMs: 0, warmup: 1, iterations: 2 },
    { addedLatencyMs: realisticLatencyMs, warmup: 0, iterations: 2 },
  ],
  throughput: [{ addedLatencyMs: 0, sharesPerUser: 2, rounds: 1 }],
  memory: { turns: 50, warmup: 5, passes: 2 },
  shareMemory: { warmup: 20, checkpoints: [50, 100] },
  parser: { rounds: 5, warmup: 1 },
};
