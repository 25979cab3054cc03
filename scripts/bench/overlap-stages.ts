/** A round trip as a request log records it: when it started and when its answer was sent (ms). */
export interface TimedCall {
  startedAt: number;
  endedAt: number;
}

/**
 * Groups round trips into stages that had to wait for one another: a call that starts before the
 * calls of the current stage have all ended ran alongside them (one stage); a call that starts
 * once they have ended waited for them (the next stage). The number of stages is the number of
 * sequential round trips.
 */
export function overlapStages<T extends TimedCall>(calls: readonly T[]): T[][] {
  const sorted = [...calls].sort((a, b) => a.startedAt - b.startedAt);
  const stages: T[][] = [];
  let stageEnd = Number.NEGATIVE_INFINITY;
  for (const call of sorted) {
    const current = stages.at(-1);
    if (current && call.startedAt < stageEnd) {
      current.push(call);
      stageEnd = Math.max(stageEnd, call.endedAt);
    } else {
      stages.push([call]);
      stageEnd = call.endedAt;
    }
  }
  return stages;
}
