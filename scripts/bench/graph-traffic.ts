import type { LoggedRequest } from '../../test/support/sandbox-admin-client';
import { overlapStages } from './overlap-stages';

/** What one step of a conversation cost in Graph traffic. */
export interface GraphTraffic {
  /** Stages of HTTP requests that had to wait for each other (overlapping requests are one stage). */
  sequentialRoundTrips: number;
  /** HTTP requests on the wire: each `$batch` counts once. */
  httpRequests: number;
  /** Graph operations: `$batch` entries count one by one (Graph throttles each entry, docs/graph-notes.md §5.3). */
  graphOperations: number;
  /**
   * How many latency-rule waits lie on the critical path: one per single request, two per `$batch`
   * (the sandbox applies a latency rule to the envelope and again to its entries, which run in parallel).
   */
  latencyWaits: number;
}

/** Reads the Graph traffic of one step from the sandbox request log taken right after it. */
export function graphTraffic(log: readonly LoggedRequest[]): GraphTraffic {
  const wire = log.filter((r) => r.batchId === undefined);
  const entries = log.filter((r) => r.batchId !== undefined);
  const isBatch = (r: { path: string }) => r.path.split('?')[0] === '/v1.0/$batch';
  const stages = overlapStages(
    wire.map((r) => ({ ...r, startedAt: Date.parse(r.startedAt), endedAt: Date.parse(r.endedAt) })),
  );
  return {
    sequentialRoundTrips: stages.length,
    httpRequests: wire.length,
    graphOperations: entries.length + wire.filter((r) => !isBatch(r)).length,
    latencyWaits: stages.reduce((sum, stage) => sum + Math.max(...stage.map((r) => (isBatch(r) ? 2 : 1))), 0),
  };
}
