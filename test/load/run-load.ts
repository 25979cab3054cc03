import { setTimeout as sleep } from 'node:timers/promises';
import { sharedAzurite } from '../support/azurite';
import type { BotProcess } from '../support/bot-process';
import { ProcessHarness } from '../support/process-harness';
import { BotLog } from './bot-log';
import { CardUpdates } from './card-updates';
import { GraphWatch } from './graph-watch';
import { castConversations } from './load-cast';
import { LoadConversation, type LoadInstance, type LoadWorld } from './load-conversation';
import type { LoadPlan } from './load-plan';
import { type LoadReport, summarizeRun } from './load-report';
import { LoadTally } from './load-tally';
import { MemoryWatch, type WatchedProcess } from './memory-watch';
import { QuietGate } from './quiet-gate';
import { SandboxTruth } from './sandbox-truth';

/**
 * One load run: two Sharebot processes on one Azurite container (STORAGE=blob) behind the lossy
 * proxy, `plan.conversations` people sharing at once with the plan's faults: a warm-up stretch,
 * a quiet point (every conversation at rest, memory read after GC), `plan.durationMs` of sharing
 * during which the second instance is killed with SIGKILL and started again, then the run
 * settles (faults off, unsure cards checked again), memory is read at rest once more, and
 * everything is counted and checked.
 */
export async function runLoad(plan: LoadPlan): Promise<LoadReport> {
  const azurite = await sharedAzurite();
  const startedAt = Date.now();
  const harness = await ProcessHarness.start({
    instances: 2,
    gcProbe: true,
    env: {
      STORAGE: 'blob',
      BLOB_CONNECTION_STRING: azurite.connectionString,
      BLOB_CONTAINER: `load-${plan.name}-${startedAt}`,
      SHARE_LEASE_SECONDS: String(plan.shareLeaseSeconds),
      RECOVERY_INTERVAL_SECONDS: String(plan.recoveryIntervalSeconds),
      INVOKE_BUDGET_MS: String(plan.invokeBudgetMs),
    },
  });
  const phases: [string, number][] = [['start processes', Date.now() - startedAt]];
  let phaseStart = Date.now();
  const phase = (name: string) => {
    phases.push([name, Date.now() - phaseStart]);
    phaseStart = Date.now();
  };
  try {
    const cast = castConversations(plan.conversations);
    const truth = new SandboxTruth(harness.sandbox.origin, harness.sandbox);
    await truth.prepare(cast.flatMap((conversation) => conversation.blocks.map((block) => block.item)));
    const graph = new GraphWatch(harness.proxy);
    const log = new BotLog(harness.bots);
    const instances: LoadInstance[] = harness.bots.map((_, n) => ({
      teams: harness.teams(n),
      shares: 0,
      posts: 0,
    }));
    const gate = new QuietGate(cast.length);
    const world: LoadWorld = {
      plan,
      instances,
      updates: new CardUpdates(harness.channel),
      truth,
      tally: new LoadTally(),
      gate,
      stopAt: Number.POSITIVE_INFINITY,
    };
    const memory = new MemoryWatch(
      harness.bots.map((bot, n) => watched(bot, instances[n], n)),
      plan.memorySampleMs,
    );
    await switchFaultsOn(harness, plan);
    await memory.start();
    const conversations = cast.map((member) => new LoadConversation(member, world));
    phase('prepare');
    const runs = Promise.allSettled(conversations.map((conversation) => conversation.run()));
    await sleep(plan.warmupMs);
    await gate.close();
    phase('warm up and come to rest');
    await sleep(plan.restMs);
    await memory.quietReading('start', plan.heapReadings, plan.heapReadingEveryMs);
    phase('quiet reading');
    const measuredFrom = Date.now();
    world.stopAt = measuredFrom + plan.durationMs;
    gate.open();
    const restart = restartMidway(harness, plan);
    const ended = await runs;
    const restartedAfterMs = await restart;
    const loadMs = Date.now() - measuredFrom;
    phase('measured stretch');
    const sandboxFaults = (await harness.sandbox.faults()).reduce((sum, rule) => sum + rule.fired, 0);
    await harness.sandbox.clearFaults();
    harness.proxy.clear();
    const settled = await Promise.allSettled(conversations.map((conversation) => conversation.settle()));
    phase('settle');
    await sleep(plan.restMs);
    await memory.quietReading('end', plan.heapReadings, plan.heapReadingEveryMs);
    const samples = await memory.stop();
    const duplicateGrants = await finalDuplicates(truth, cast);
    phase('last readings');
    return summarizeRun({
      plan,
      loadMs,
      totalMs: Date.now() - startedAt,
      restartedAfterMs,
      tally: world.tally,
      graph,
      sandboxFaults,
      memory: samples,
      duplicateGrants,
      botLog: log.top(12),
      botFailures: log.failureSamples(),
      phases,
      driverErrors: [...ended, ...settled].flatMap((outcome) =>
        outcome.status === 'rejected' ? [String(outcome.reason?.stack ?? outcome.reason)] : [],
      ),
      truthReads: truth.reads,
    });
  } finally {
    await harness.close();
  }
}

/** The plan's sandbox fault rules (never on the truth reads) and proxy losses. */
async function switchFaultsOn(harness: ProcessHarness, plan: LoadPlan): Promise<void> {
  for (const fault of plan.sandboxFaults) {
    const answer = await harness.sandbox.addFault({
      status: fault.status,
      fraction: fault.fraction,
      retryAfter: fault.status === 504 ? null : 0,
      pathRegex: SandboxTruth.unfaultedPath,
    });
    if (answer.status !== 201) throw new Error(`fault rule refused: ${JSON.stringify(answer.body)}`);
  }
  for (const loss of plan.proxyLosses) {
    const routes =
      loss.calls === 'acting'
        ? [
            { method: 'POST', path: /^\/v1\.0\/.*\/invite(\?|$)/ },
            { method: 'DELETE', path: /^\/v1\.0\/.*\/permissions\// },
          ]
        : [
            { method: 'GET', path: /^\/v1\.0\// },
            { method: 'POST', path: /^\/v1\.0\/\$batch/ },
          ];
    for (const route of routes) {
      harness.proxy.lose({ ...route, mode: { kind: loss.kind }, fraction: loss.fraction, times: Infinity });
    }
  }
}

/** One bot process as the memory watch sees it; each life (after a restart) is labelled apart. */
function watched(bot: BotProcess, instance: LoadInstance, n: number): WatchedProcess {
  let lives = 0;
  let lastPid: number | undefined;
  return {
    pid: () => bot.pid,
    shares: () => instance.shares,
    posts: () => instance.posts,
    memoryAfterGc: () => bot.memoryAfterGc(),
    label: () => {
      if (bot.pid !== lastPid) lives += 1;
      lastPid = bot.pid;
      return lives === 1 ? `instance ${n + 1}` : `instance ${n + 1} after restart`;
    },
  };
}

/** Kills the second instance with SIGKILL at the plan's moment and starts it again; resolves with how long it was down. */
async function restartMidway(harness: ProcessHarness, plan: LoadPlan): Promise<number> {
  await sleep(plan.restartAtMs);
  const bot = harness.bots[1];
  const killedAt = Date.now();
  await bot.kill();
  await bot.start();
  return Date.now() - killedAt;
}

/** Items whose final permissions hold two direct grants for one person. */
async function finalDuplicates(truth: SandboxTruth, cast: ReturnType<typeof castConversations>) {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const block of cast.flatMap((conversation) => conversation.blocks)) {
    const key = `${block.item.ownerId}:${block.item.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const user of SandboxTruth.duplicateGrants(await truth.permissions(block.item))) {
      found.push(`${block.item.path}: ${user}`);
    }
  }
  return found;
}
