/**
 * Work that outlives the turn that started it (a slow invite finishing after the card already
 * said "Sharing..."). Every task is tracked and its failure logged, and shutdown waits for them,
 * so no promise is left floating.
 */
export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Starts tracking a task; it removes itself when settled. */
  track(task: Promise<void>): void {
    const tracked = task.catch(this.onError).finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  /** Resolves once every tracked task has settled. */
  async drain(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.allSettled([...this.running]);
    }
  }
}
