import type { BotHarness } from '../../test/support/bot-harness';
import { choiceShowing } from '../../test/support/card-queries';
import { people } from '../../test/support/demo-tenant';
import { askForCard, askForReply, clickForCard } from './conversation-steps';

/** Times one step of a flow and records its Graph traffic; returns what the step returned. */
export type Measure = <T>(step: string, work: () => Promise<T>) => Promise<T>;

/** A conversation measured step by step, from a known tenant state. */
export interface LatencyFlow {
  name: string;
  /** What the person types (first message). */
  says: string;
  /** Puts the tenant in the state the flow starts from; not timed. */
  prepare(harness: BotHarness): Promise<void>;
  run(harness: BotHarness, measure: Measure): Promise<void>;
}

const alex = people.alex;
const confirmVerb = 'share.confirm';
const pickPersonVerb = 'share.pickPerson';

/** The three flows of the latency table: a direct share, a pick-card share and a refusal. */
export const latencyFlows: LatencyFlow[] = [
  {
    name: 'Direct share',
    says: 'share report.xlsx with Ana Lopez as editor',
    // Each share grants Ana edit access, so every iteration starts from a fresh tenant.
    prepare: (harness) => harness.sandbox.reset(),
    async run(harness, measure) {
      const card = await measure('message → confirmation card', () =>
        askForCard(harness, this.says, alex, confirmVerb),
      );
      await measure('Share click → result card', () =>
        clickForCard(harness, card, confirmVerb, alex, /Shared/),
      );
    },
  },
  {
    name: 'Pick a person',
    says: 'share report.xlsx with Ana',
    prepare: async () => {},
    async run(harness, measure) {
      const pick = await measure('message → pick card', () =>
        askForCard(harness, this.says, alex, pickPersonVerb),
      );
      const choice = choiceShowing(pick.card, 'Ana Lopez');
      await measure('pick click → confirmation card', () =>
        clickForCard(harness, pick, pickPersonVerb, alex, /Share this/, choice),
      );
    },
  },
  {
    name: 'Refusal',
    says: 'share report.xlsx with Ana Lopez as owner',
    prepare: async () => {},
    async run(harness, measure) {
      await measure('message → refusal', () => askForReply(harness, this.says, alex, /owner/i));
    },
  },
];
