import type { LoggedRequest } from '../../test/support/sandbox-admin-client';

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
  const isBatch = (r: LoggedRequest) => r.path.split('?')[0] === '/v1.0/$batch';
  const stages = overlapStages(wire);
  return {
    sequentialRoundTrips: stages.length,
    httpRequests: wire.length,
    graphOperations: entries.length + wire.filter((r) => !isBatch(r)).length,
    latencyWaits: stages.reduce((sum, stage) => sum + Math.max(...stage.map((r) => (isBatch(r) ? 2 : 1))), 0),
  };
}

/** Groups requests whose [start, end] intervals overlap: requests in one group ran side by side. */
function overlapStages(requests: readonly LoggedRequest[]): LoggedRequest[][] {
  const sorted = [...requests].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const stages: LoggedRequest[][] = [];
  let stageEnd = Number.NEGATIVE_INFINITY;
  for (const request of sorted) {
    const start = Date.parse(request.startedAt);
    const end = Date.parse(request.endedAt);
    const current = stages.at(-1);
    if (current && start < stageEnd) {
      current.push(request);
      stageEnd = Math.max(stageEnd, end);
    } else {
      stages.push([request]);
      stageEnd = end;
    }
  }
  return stages;
}
