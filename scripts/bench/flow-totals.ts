import type { GraphTraffic } from './graph-traffic';
import type { LatencyRun, StepSamples } from './measure-latency';

/**
 * Adds, after the steps of every flow with more than one step, a step that sums them per iteration
 * (e.g. message → result card for a whole share), so whole flows can be read like single steps.
 */
export function withFlowTotals(run: LatencyRun): LatencyRun {
  const steps: StepSamples[] = [];
  const flows = [...new Set(run.steps.map((s) => s.flow))];
  for (const flow of flows) {
    const parts = run.steps.filter((s) => s.flow === flow);
    steps.push(...parts);
    if (parts.length > 1) steps.push(total(parts));
  }
  return { ...run, steps };
}

function total(parts: StepSamples[]): StepSamples {
  const first = parts[0];
  const last = parts[parts.length - 1];
  const from = first.step.split(' → ')[0];
  const to = last.step.split(' → ').at(-1);
  const count = Math.min(...parts.map((p) => p.ms.length));
  const indexes = [...Array(count).keys()];
  return {
    flow: first.flow,
    says: first.says,
    step: `${from} → ${to}, whole flow`,
    ms: indexes.map((i) => parts.reduce((sum, p) => sum + p.ms[i], 0)),
    traffic: indexes.map((i) => sumTraffic(parts.map((p) => p.traffic[i]))),
  };
}

function sumTraffic(items: GraphTraffic[]): GraphTraffic {
  return {
    sequentialRoundTrips: items.reduce((sum, t) => sum + t.sequentialRoundTrips, 0),
    httpRequests: items.reduce((sum, t) => sum + t.httpRequests, 0),
    graphOperations: items.reduce((sum, t) => sum + t.graphOperations, 0),
    latencyWaits: items.reduce((sum, t) => sum + t.latencyWaits, 0),
  };
}
