import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../src/playground/ports';
import { type RunningSandbox, startSandbox } from '../../src/sandbox';
import { BotProcess } from './bot-process';
import { FakeTeamsChannel } from './fake-teams-channel';
import { LossyGraphProxy } from './lossy-graph-proxy';
import { SandboxAdminClient } from './sandbox-admin-client';
import { SandboxUserView } from './sandbox-user-view';
import { TeamsClient } from './teams-client';

const demoTenantFile = path.resolve(__dirname, '../../env/demo-tenant.json');

/**
 * Sharebot in child processes that a test can kill and start again: the sandbox and a lossy proxy
 * run in the test process, and every bot process talks Graph through the proxy and keeps its state
 * in one folder (or in `env`'s storage), so restarts and several instances see the same requests.
 */
export class ProcessHarness {
  readonly sandbox: SandboxAdminClient;
  readonly asUser: SandboxUserView;

  private constructor(
    readonly channel: FakeTeamsChannel,
    private readonly graph: RunningSandbox,
    readonly proxy: LossyGraphProxy,
    readonly bots: BotProcess[],
    private readonly folders: string[],
  ) {
    this.sandbox = new SandboxAdminClient(graph.url);
    this.asUser = new SandboxUserView(graph.url);
  }

  /**
   * Starts the sandbox, the proxy, the fake channel and `instances` bot processes (default one);
   * `gcProbe` lets the test read each bot's memory after garbage collection (BotProcess).
   */
  static async start(
    options: { instances?: number; env?: Record<string, string>; gcProbe?: boolean } = {},
  ): Promise<ProcessHarness> {
    const channel = new FakeTeamsChannel();
    await channel.start();
    const sandboxDir = await mkdtemp(path.join(tmpdir(), 'sharebot-process-sandbox-'));
    const stateDir = await mkdtemp(path.join(tmpdir(), 'sharebot-process-state-'));
    const graph = await startSandbox({ port: 0, tenantFile: demoTenantFile, stateDir: sandboxDir });
    const proxy = await LossyGraphProxy.start(graph.url);
    const bots: BotProcess[] = [];
    const harness = new ProcessHarness(channel, graph, proxy, bots, [sandboxDir, stateDir]);
    try {
      for (let n = 0; n < (options.instances ?? 1); n++) {
        const port = String(await findFreePort());
        const env = { PORT: port, GRAPH_ORIGIN: proxy.url, STATE_DIR: stateDir, ...options.env };
        bots.push(new BotProcess(env, { gcProbe: options.gcProbe }));
      }
      // Side by side: each start spends about a second loading the bot.
      const started = await Promise.allSettled(bots.map((bot) => bot.start()));
      const failed = started.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
    } catch (error) {
      await harness.close();
      throw error;
    }
    return harness;
  }

  /** The Teams side talking to bot instance `n`. */
  teams(n = 0): TeamsClient {
    return new TeamsClient(this.bots[n].url, this.channel);
  }

  /** Stops every process and server and removes their folders. */
  async close(): Promise<void> {
    for (const bot of this.bots) await bot.stop();
    await this.proxy.close();
    await this.graph.close();
    await this.channel.stop();
    for (const folder of this.folders) await rm(folder, { recursive: true, force: true });
  }
}
