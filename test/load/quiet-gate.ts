/**
 * Lets a load run bring every conversation to rest between two shares, so memory can be read
 * while no turn, invite or card update is in flight (in-flight work would show as megabytes of
 * noise), and then lets them go on.
 */
export class QuietGate {
  private active: number;
  private waiting = 0;
  private closed?: { open: Promise<void>; release: () => void; allResting: () => void };

  /** `conversations`: how many call `pass` and, once done, `leave`. */
  constructor(conversations: number) {
    this.active = conversations;
  }

  /** Called by a conversation between shares: waits while the gate is closed. */
  async pass(): Promise<void> {
    const closed = this.closed;
    if (!closed) return;
    this.waiting += 1;
    this.checkResting();
    await closed.open;
    this.waiting -= 1;
  }

  /** Called by a conversation when it stops for good. */
  leave(): void {
    this.active -= 1;
    this.checkResting();
  }

  /** Closes the gate and resolves once every conversation still running waits at it. */
  async close(): Promise<void> {
    let release = () => {};
    let allResting = () => {};
    const open = new Promise<void>((resolve) => {
      release = resolve;
    });
    const resting = new Promise<void>((resolve) => {
      allResting = resolve;
    });
    this.closed = { open, release, allResting };
    this.checkResting();
    await resting;
  }

  /** Opens the gate again. */
  open(): void {
    const closed = this.closed;
    this.closed = undefined;
    closed?.release();
  }

  private checkResting(): void {
    if (this.closed && this.waiting >= this.active) this.closed.allResting();
  }
}
