import type { GraphFailure, GraphPort, Lookup, LookupOutcome, LookupValues } from '../../graph/port';

/** A handle to one planned lookup's outcome, available after the batch has run. */
export type LookupSlot<K extends Lookup['kind']> = { index: number; kind: K };

/**
 * Collects independent Graph reads from several places, runs them as one port call (one `$batch`
 * round trip), and hands each caller its own outcome.
 */
export class LookupBatch {
  private readonly queries: Lookup[] = [];
  private outcomes: LookupOutcome<Lookup['kind']>[] = [];

  /** Adds a query and returns the slot its outcome will be in. */
  add<L extends Lookup>(query: L): LookupSlot<L['kind']> {
    this.queries.push(query);
    return { index: this.queries.length - 1, kind: query.kind };
  }

  /** Number of queries planned. */
  get size(): number {
    return this.queries.length;
  }

  /** Runs every planned query in one go. */
  async run(port: GraphPort): Promise<void> {
    if (this.queries.length === 0) return;
    this.outcomes = [...(await port.lookup(this.queries))];
  }

  /** The outcome in a slot. */
  outcome<K extends Lookup['kind']>(slot: LookupSlot<K>): LookupOutcome<K> {
    const outcome = this.outcomes[slot.index];
    if (!outcome) throw new Error(`lookup ${slot.index} (${slot.kind}) has not run`);
    return outcome as LookupOutcome<K>;
  }

  /** The value in a slot, or the failure. */
  value<K extends Lookup['kind']>(slot: LookupSlot<K>): { value: LookupValues[K] } | { error: GraphFailure } {
    const outcome = this.outcome(slot);
    return outcome.ok ? { value: outcome.value } : { error: outcome.error };
  }
}
