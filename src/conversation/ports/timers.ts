/** A wait that can be cancelled; `elapsed` resolves when the time is up. */
export interface PendingWait {
  elapsed: Promise<void>;
  cancel(): void;
}

/** Where the flows get their timers, so a test can end a wait without real time passing. */
export interface Timers {
  /** Starts a wait of `ms` milliseconds. */
  after(ms: number): PendingWait;
}

/** Node's own timers: what production uses. */
export const realTimers: Timers = {
  after(ms) {
    let timer: NodeJS.Timeout | undefined;
    const elapsed = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    return { elapsed, cancel: () => clearTimeout(timer) };
  },
};
