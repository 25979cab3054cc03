/** A sandbox fault rule as docs/sandbox.md describes it (faults before Graph acts). */
export interface SandboxFault {
  status: 429 | 503 | 504;
  fraction: number;
}

/** A proxy loss after (or just before) Graph acted, for a share of matching calls. */
export interface ProxyLoss {
  kind: 'gateway504' | 'dropSocket' | 'gateway504BeforeGraph';
  /** Which calls: the ones that change access (invite, delete permission) or all the others. */
  calls: 'acting' | 'reading';
  fraction: number;
}

/** How one load run goes: how many conversations, for how long, with which faults and limits. */
export interface LoadPlan {
  name: string;
  conversations: number;
  /** A first stretch of sharing (faults on) before memory's quiet start, so V8 has warmed up. */
  warmupMs: number;
  /** The measured stretch, after the quiet start. */
  durationMs: number;
  /** When the second instance is killed with SIGKILL and started again (ms into the measured stretch). */
  restartAtMs: number;
  /** How long a person pauses before each message or click (ms, drawn evenly between the two). */
  thinkMs: [number, number];
  sandboxFaults: SandboxFault[];
  proxyLosses: ProxyLoss[];
  /** Share of finished shares undone at once (the others are undone later, when their conversation needs the pair again). */
  undoRate: number;
  /** Share of confirmation cards cancelled instead of shared. */
  cancelRate: number;
  /** Share of sentences naming a person by first name only, so a person pick card may come. */
  firstNameRate: number;
  /** How often a person presses Check again, Share again and Share with the others before leaving the card as it is. */
  patience: number;
  /** Bot settings for the run: a short lease and recovery interval so a killed instance's shares settle within it. */
  shareLeaseSeconds: number;
  recoveryIntervalSeconds: number;
  invokeBudgetMs: number;
  /** How long a conversation waits for a "Sharing…" card to be updated before counting it lost. */
  updateWaitMs: number;
  /** How often RSS is read from /proc. */
  memorySampleMs: number;
  /**
   * How long the run rests before each heap reading. Right after a busy stretch the heap still
   * holds several MB that go within about half a minute (sockets, timers and buffers of the last
   * requests), which would read as growth per share.
   */
  restMs: number;
  /** Heap readings at each rest (the lowest counts), and the time between them. */
  heapReadings: number;
  heapReadingEveryMs: number;
  /**
   * The largest heap growth per share (after GC, between the quiet points) the run accepts, for
   * a process that answered at least `minSharesForMemory` shares in between; undefined: reported only.
   */
  maxHeapBytesPerShare?: number;
  minSharesForMemory: number;
  seed: number;
}

/**
 * Faults of the long run: about 10 % of Graph calls. The sandbox answers 429 / 503 (with
 * Retry-After 0, so the SDK retries at once) and 504 before acting on 7 % of all calls; the proxy
 * loses the answer of 10 % of the calls that change access after the sandbox acted (a 504, a
 * dropped connection) or 504s them before they reach it, and 1 % of the other calls.
 */
const tenPercentFaults: Pick<LoadPlan, 'sandboxFaults' | 'proxyLosses'> = {
  sandboxFaults: [
    { status: 429, fraction: 0.03 },
    { status: 503, fraction: 0.02 },
    { status: 504, fraction: 0.02 },
  ],
  proxyLosses: [
    { kind: 'gateway504', calls: 'acting', fraction: 0.04 },
    { kind: 'dropSocket', calls: 'acting', fraction: 0.04 },
    { kind: 'gateway504BeforeGraph', calls: 'acting', fraction: 0.02 },
    { kind: 'gateway504', calls: 'reading', fraction: 0.005 },
    { kind: 'dropSocket', calls: 'reading', fraction: 0.005 },
  ],
};

/** `npm run test:load`: 100 conversations for 60 s on two instances, one killed at 30 s. */
export const longPlan: LoadPlan = {
  name: 'long',
  conversations: 100,
  warmupMs: 15_000,
  durationMs: 60_000,
  restartAtMs: 30_000,
  thinkMs: [500, 2500],
  ...tenPercentFaults,
  undoRate: 0.3,
  cancelRate: 0.05,
  firstNameRate: 0.3,
  patience: 3,
  // Longer than any turn takes on a loaded two-core machine (the slowest click took 31 s): a lease
  // that runs out under a live invite lets the recovery settle it before the invite lands.
  shareLeaseSeconds: 60,
  recoveryIntervalSeconds: 1,
  invokeBudgetMs: 4000,
  updateWaitMs: 90_000,
  memorySampleMs: 500,
  restMs: 30_000,
  heapReadings: 4,
  heapReadingEveryMs: 5_000,
  maxHeapBytesPerShare: 4096,
  minSharesForMemory: 150,
  seed: 8,
};

/** The short form in `npm test`: 10 conversations for 5 s, fewer faults, one restart. */
export const shortPlan: LoadPlan = {
  ...longPlan,
  name: 'short',
  conversations: 10,
  warmupMs: 1_000,
  durationMs: 5_000,
  restartAtMs: 1_000,
  thinkMs: [50, 300],
  sandboxFaults: [
    { status: 429, fraction: 0.02 },
    { status: 504, fraction: 0.02 },
  ],
  proxyLosses: [
    { kind: 'gateway504', calls: 'acting', fraction: 0.05 },
    { kind: 'dropSocket', calls: 'acting', fraction: 0.05 },
  ],
  shareLeaseSeconds: 8,
  updateWaitMs: 20_000,
  memorySampleMs: 250,
  restMs: 0,
  heapReadings: 1,
  heapReadingEveryMs: 0,
  // A few dozen shares per process cannot show a per-share slope; the long form and the
  // 10,000-share benchmark measure memory. The figures are still printed.
  maxHeapBytesPerShare: undefined,
};
