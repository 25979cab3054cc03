import { performance } from 'node:perf_hooks';
import type { BotHarness } from '../../test/support/bot-harness';
import type { SandboxAdminClient } from '../../test/support/sandbox-admin-client';
import { askForCard, clickForCard } from './conversation-steps';
import { recipients, sharers, shareSentence } from './sharers';
import { timed } from './timed';

/** Shares alone and under concurrency at one added Graph latency. */
export interface ThroughputRun {
  addedLatencyMs: number;
  users: number;
  sharesPerUser: number;
  rounds: number;
  /** Message → result of each share when it runs alone (one share at a time, same sentences). */
  aloneMs: number[];
  /** Message → result of each share while all users share at once. */
  concurrentMs: number[];
  /** Shares per second over the concurrent rounds (tenant resets between rounds not counted). */
  sharesPerSecond: number;
  /** Shares per second one at a time, for comparison. */
  aloneSharesPerSecond: number;
  /** Share of wall time the (single) event loop was busy during the concurrent rounds, 0..1. */
  eventLoopUtilization: number;
}

/**
 * Every sharer shares `sharesPerUser` times in a row (a new recipient each time) while all of them
 * run at once, `rounds` times with a fresh tenant per round, after one untimed warm-up round; and
 * the same shares one at a time.
 */
export async function measureThroughput(
  harness: BotHarness,
  admin: SandboxAdminClient,
  options: { addedLatencyMs: number; sharesPerUser: number; rounds: number },
): Promise<ThroughputRun> {
  await admin.setLatency(options.addedLatencyMs);
  const share = async (index: number, turn: number): Promise<number> => {
    const from = sharers[index].person;
    const { ms } = await timed(async () => {
      const card = await askForCard(harness, shareSentence(index, turn), from, 'share.confirm');
      await clickForCard(harness, card, 'share.confirm', from, /Shared/);
    });
    return ms;
  };
  const turns = [...Array(options.sharesPerUser).keys()];
  if (options.sharesPerUser > recipients.length)
    throw new Error(`at most ${recipients.length} shares per user: each needs a new recipient`);
  const allAtOnce = () =>
    Promise.all(
      [...sharers.keys()].map(async (index) => {
        const mine: number[] = [];
        for (const turn of turns) mine.push(await share(index, turn));
        return mine;
      }),
    );

  // One untimed round first: every sharer's first turn also fetches a token, and the code warms up.
  await harness.sandbox.reset();
  await allAtOnce();
  await harness.sandbox.reset();
  const aloneMs: number[] = [];
  const { ms: aloneWallMs } = await timed(async () => {
    for (const index of sharers.keys()) for (const turn of turns) aloneMs.push(await share(index, turn));
  });

  const concurrentMs: number[] = [];
  let wallMs = 0;
  let active = 0;
  let idle = 0;
  for (let round = 0; round < options.rounds; round++) {
    await harness.sandbox.reset();
    harness.channel.sent.length = 0;
    const before = performance.eventLoopUtilization();
    const { value, ms } = await timed(allAtOnce);
    const busy = performance.eventLoopUtilization(before);
    active += busy.active;
    idle += busy.idle;
    wallMs += ms;
    concurrentMs.push(...value.flat());
  }
  await admin.setLatency(0);
  return {
    addedLatencyMs: options.addedLatencyMs,
    users: sharers.length,
    sharesPerUser: options.sharesPerUser,
    rounds: options.rounds,
    aloneMs,
    concurrentMs,
    sharesPerSecond: concurrentMs.length / (wallMs / 1000),
    aloneSharesPerSecond: aloneMs.length / (aloneWallMs / 1000),
    eventLoopUtilization: active / (active + idle),
  };
}
