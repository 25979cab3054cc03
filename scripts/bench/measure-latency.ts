import type { BotHarness } from '../../test/support/bot-harness';
import type { SandboxAdminClient } from '../../test/support/sandbox-admin-client';
import { type GraphTraffic, graphTraffic } from './graph-traffic';
import { type LatencyFlow, latencyFlows } from './latency-flows';
import { timed } from './timed';

/** The samples of one step of one flow at one added Graph latency. */
export interface StepSamples {
  flow: string;
  says: string;
  step: string;
  ms: number[];
  traffic: GraphTraffic[];
}

/** All steps measured at one added Graph latency. */
export interface LatencyRun {
  addedLatencyMs: number;
  iterations: number;
  steps: StepSamples[];
}

/**
 * Runs every flow `iterations` times (after `warmup` unrecorded rounds) with `addedLatencyMs` on
 * every Graph call. Flows are interleaved within each round so drift on a noisy machine hits them alike.
 */
export async function measureLatency(
  harness: BotHarness,
  admin: SandboxAdminClient,
  options: { addedLatencyMs: number; warmup: number; iterations: number },
  flows: LatencyFlow[] = latencyFlows,
): Promise<LatencyRun> {
  await admin.setLatency(options.addedLatencyMs);
  const steps = new Map<string, StepSamples>();
  for (let round = 0; round < options.warmup + options.iterations; round++) {
    const recording = round >= options.warmup;
    for (const flow of flows) {
      await flow.prepare(harness);
      await flow.run(harness, async (step, work) => {
        await admin.clearRequests();
        const { value, ms } = await timed(work);
        const traffic = graphTraffic(await admin.requests());
        if (recording) {
          const key = `${flow.name}\u0000${step}`;
          const samples = steps.get(key) ?? { flow: flow.name, says: flow.says, step, ms: [], traffic: [] };
          samples.ms.push(ms);
          samples.traffic.push(traffic);
          steps.set(key, samples);
        }
        return value;
      });
    }
  }
  await admin.setLatency(0);
  return { ...options, steps: [...steps.values()] };
}
