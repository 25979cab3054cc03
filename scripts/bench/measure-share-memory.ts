import type { MemoryAfterGc } from '../../test/support/bot-process';
import { ProcessHarness } from '../../test/support/process-harness';
import { askForCard, clickForCard } from './conversation-steps';
import { sharers, shareSentence } from './sharers';

/** Memory of the bot process after full garbage collections, once `shares` shares were done. */
export interface ShareMemoryReading {
  shares: number;
  memory: MemoryAfterGc;
}

/** What many shares through one bot process left in its memory. */
export interface ShareMemoryRun {
  shares: number;
  warmup: number;
  users: number;
  /** The first reading is after the warm-up (shares: 0); then one per checkpoint. */
  readings: ShareMemoryReading[];
  durationMs: number;
}

/** How the run goes: `warmup` shares first, then readings after each checkpoint (counted after the warm-up). */
export interface ShareMemoryOptions {
  warmup: number;
  checkpoints: number[];
}

/**
 * Sends share after share (message → confirmation card → Share → result) through one Sharebot
 * process started as `npm start` runs it (src/index.ts, default SQLite storage in a temporary
 * STATE_DIR), ten demo users at once, each share in a chat of its own, and reads the process's memory after full garbage
 * collections (the gc probe, test/support/gc-probe.ts) after the warm-up and at every checkpoint,
 * with no turn in flight. Whatever the process keeps per share shows as heap that grows from one
 * reading to the next.
 */
export async function measureShareMemory(options: ShareMemoryOptions): Promise<ShareMemoryRun> {
  const startedAt = Date.now();
  const harness = await ProcessHarness.start({ gcProbe: true });
  try {
    const teams = harness.teams();
    const bot = harness.bots[0];
    let turn = 0;
    const shareUntil = async (count: number) => {
      let next = 0;
      await Promise.all(
        sharers.map(async (sharer, index) => {
          while (next < count) {
            next += 1;
            turn += 1;
            const says = shareSentence(index, turn);
            // A chat of its own for every share, as many people in many chats would: state kept
            // per conversation would grow here.
            const conversation = { id: `a:bench-share-${turn}`, type: 'personal' as const };
            const card = await askForCard({ teams }, says, sharer.person, 'share.confirm', conversation);
            await clickForCard({ teams }, card, 'share.confirm', sharer.person, /Shared/);
          }
        }),
      );
      // What the fake channel and the sandbox log keep lives in this process, not the bot's; dropped anyway.
      harness.channel.sent.length = 0;
      await harness.sandbox.clearRequests();
    };
    await shareUntil(options.warmup);
    const readings: ShareMemoryReading[] = [{ shares: 0, memory: await bot.memoryAfterGc() }];
    let done = 0;
    for (const checkpoint of options.checkpoints) {
      await shareUntil(checkpoint - done);
      done = checkpoint;
      readings.push({ shares: done, memory: await bot.memoryAfterGc() });
    }
    return {
      shares: done,
      warmup: options.warmup,
      users: sharers.length,
      readings,
      durationMs: Date.now() - startedAt,
    };
  } finally {
    await harness.close();
  }
}
