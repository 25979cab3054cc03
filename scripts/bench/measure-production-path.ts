import { people } from '../../test/support/demo-tenant';
import { type Participant, teamsIdOf } from '../../test/support/teams-people';
import { askForCard, clickForCard } from './conversation-steps';
import type { ProductionPath } from './production-path';
import { type ProductionTraffic, productionTraffic } from './production-traffic';
import { timed } from './timed';

/** The samples of one step of a production-path share. */
export interface ProductionStepSamples {
  step: string;
  ms: number[];
  traffic: ProductionTraffic[];
}

/** All production-path steps measured at one added latency. */
export interface ProductionRun {
  addedLatencyMs: number;
  iterations: number;
  steps: ProductionStepSamples[];
}

/** What the production-path share says. */
export const productionSays = 'share report.xlsx with Ana Lopez as editor';
const confirmVerb = 'share.confirm';

/** The step names, in table order. */
export const productionSteps = {
  coldCard: 'message → confirmation card, first turn of a user (token not yet kept)',
  warmCard: 'message → confirmation card, a later turn (token kept in memory)',
  click: 'Share click → result card',
};

/**
 * Runs the direct share twice per iteration through the production path, with `addedLatencyMs` on
 * every call to every party: first as a user's first turn (a Teams id the bot has not seen, so the
 * token service is asked), then again as that user's next turn (token kept). Each step's round
 * trips are read from the three request logs; tenant resets between shares are not timed.
 */
export async function measureProductionPath(
  path: ProductionPath,
  options: { addedLatencyMs: number; warmup: number; iterations: number },
): Promise<ProductionRun> {
  const { harness } = path;
  await path.setLatency(options.addedLatencyMs);
  const token = await harness.sandbox.token(people.alex.aadObjectId);
  const steps = new Map<string, ProductionStepSamples>();
  for (let round = 0; round < options.warmup + options.iterations; round++) {
    const recording = round >= options.warmup;
    const measure = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
      await path.clearLogs();
      const { value, ms } = await timed(work);
      const traffic = productionTraffic(await path.calls());
      if (recording) {
        const samples = steps.get(step) ?? { step, ms: [], traffic: [] };
        samples.ms.push(ms);
        samples.traffic.push(traffic);
        steps.set(step, samples);
      }
      return value;
    };
    // A Teams id of its own per round makes the first share a first turn for the token cache.
    const alex: Participant = {
      ...people.alex,
      teamsId: `29:bench-${options.addedLatencyMs}-${round}`,
    };
    path.tokenService.addToken(teamsIdOf(alex), token);
    for (const step of [productionSteps.coldCard, productionSteps.warmCard]) {
      // Each share grants Ana edit access, so each starts from a fresh tenant.
      await harness.sandbox.reset();
      const card = await measure(step, () => askForCard(harness, productionSays, alex, confirmVerb));
      await measure(productionSteps.click, () => clickForCard(harness, card, confirmVerb, alex, /Shared/));
    }
  }
  await path.setLatency(0);
  const order = Object.values(productionSteps);
  return {
    ...options,
    steps: [...steps.values()].sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step)),
  };
}
