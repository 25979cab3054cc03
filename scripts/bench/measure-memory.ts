import type { BotHarness } from '../../test/support/bot-harness';
import { people } from '../../test/support/demo-tenant';
import type { SandboxAdminClient } from '../../test/support/sandbox-admin-client';
import { askForCard } from './conversation-steps';
import { type MemoryFigures, memoryAfterGc } from './heap-snapshot';

/** Memory with `turns` stored requests and after deleting them, for one pass. */
export interface MemoryPass {
  loaded: MemoryFigures;
  released: MemoryFigures;
  storedRequests: number;
  /** Mean length of a stored request's JSON in MemoryStorage (characters; one byte each in V8 for ASCII). */
  jsonCharsPerRequest: number;
}

/** Memory before, and during two passes of many message → card turns. */
export interface MemoryRun {
  turns: number;
  says: string;
  /** After warm-up, nothing stored, after GC. */
  baseline: MemoryFigures;
  passes: MemoryPass[];
}

const says = 'share report.xlsx with Ana Lopez as editor';

/**
 * Sends `turns` message → confirmation card turns, each leaving a stored share request in the bot's
 * MemoryStorage (backed by the object `memory`), reads memory after GC, deletes the requests and
 * reads it again; twice, so growth that is not the stored requests (JIT code, caches, leaks) shows
 * as a difference between the two "deleted" readings. The fake channel's copies of the cards and
 * the sandbox request log are cleared as it goes, so what stays is the bot's own state.
 */
export async function measureMemory(
  harness: BotHarness,
  admin: SandboxAdminClient,
  memory: Record<string, string>,
  options: { turns: number; warmup: number; passes: number },
): Promise<MemoryRun> {
  const forget = async () => {
    harness.channel.sent.length = 0;
    await admin.clearRequests();
  };
  for (let i = 0; i < options.warmup; i++) await askForCard(harness, says, people.alex, 'share.confirm');
  dropAll(memory);
  await forget();
  const baseline = await memoryAfterGc();

  const passes: MemoryPass[] = [];
  for (let pass = 0; pass < options.passes; pass++) {
    for (let i = 0; i < options.turns; i++) {
      await askForCard(harness, says, people.alex, 'share.confirm');
      if (i % 100 === 99) await forget();
    }
    await forget();
    const loaded = await memoryAfterGc();
    // Only counts are kept: holding the strings themselves would keep them alive for the next reading.
    const { storedRequests, jsonChars } = storedSize(memory);
    dropAll(memory);
    const released = await memoryAfterGc();
    passes.push({
      loaded,
      released,
      storedRequests,
      jsonCharsPerRequest: storedRequests ? jsonChars / storedRequests : 0,
    });
  }
  return { turns: options.turns, says, baseline, passes };
}

/**
 * Removes every record with its key. MemoryStorage.delete only sets values to undefined and keeps
 * the keys, which would hide whether anything else stays behind.
 */
function dropAll(memory: Record<string, string>): void {
  for (const key of Object.keys(memory)) Reflect.deleteProperty(memory, key);
}

function storedSize(memory: Record<string, string>): { storedRequests: number; jsonChars: number } {
  let storedRequests = 0;
  let jsonChars = 0;
  for (const json of Object.values(memory)) {
    if (typeof json !== 'string') continue;
    storedRequests++;
    jsonChars += json.length;
  }
  return { storedRequests, jsonChars };
}
