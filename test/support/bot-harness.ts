import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type RunningSandbox, startSandbox } from '../../src/sandbox';
import type { RunningSharebot, SharebotOverrides } from '../../src/start-sharebot';
import { FakeTeamsChannel } from './fake-teams-channel';
import { type LocalSharebot, startLocalSharebot } from './local-sharebot';
import { LossyGraphProxy } from './lossy-graph-proxy';
import { SandboxAdminClient } from './sandbox-admin-client';
import { SandboxUserView } from './sandbox-user-view';
import { TeamsClient } from './teams-client';

const demoTenantFile = path.resolve(__dirname, '../../env/demo-tenant.json');

/** How a harness starts. */
export interface HarnessOptions {
  tenantFile?: string;
  env?: Record<string, string>;
  overrides?: SharebotOverrides;
  /** Puts a LossyGraphProxy between the bot and a separately started sandbox. */
  lossyProxy?: boolean;
  /** The bot's state folder, kept (for restarts); default a temporary one. */
  stateDir?: string;
}

/** The sandbox a harness started outside the bot, and the proxy in front of it. */
interface ProxiedSandbox {
  sandbox: RunningSandbox;
  proxy: LossyGraphProxy;
  close(): Promise<void>;
}

/**
 * Runs the real Sharebot (restify + CloudAdapter, local mode) on a fresh sandbox tenant and hands
 * out its three sides: `teams` talks to the bot as Teams does, `sandbox` drives the sandbox's admin
 * endpoints and `asUser` reads Graph as a signed-in user. Each harness has its own ports and its
 * own sandbox state folder. With `lossyProxy`, `proxy` can lose Graph's answers after the sandbox acted.
 */
export class BotHarness {
  /** The Teams side: messages and card clicks in, replies out. */
  readonly teams: TeamsClient;
  /** The sandbox's admin endpoints: reset, faults, request log. */
  readonly sandbox: SandboxAdminClient;
  /** Graph as a signed-in user sees it, to check what a share did. */
  readonly asUser: SandboxUserView;
  /** The running bot and its sandbox. */
  readonly app: RunningSharebot;
  /** The proxy between bot and sandbox, when started with `lossyProxy`. */
  readonly proxy?: LossyGraphProxy;

  private constructor(
    private readonly sharebot: LocalSharebot,
    readonly channel: FakeTeamsChannel,
    private readonly proxied?: ProxiedSandbox,
  ) {
    const app = sharebot.app;
    this.app = app;
    const sandboxUrl = proxied?.sandbox.url ?? app.sandboxUrl ?? '';
    this.proxy = proxied?.proxy;
    this.teams = new TeamsClient(app.bot.url, channel);
    this.sandbox = new SandboxAdminClient(sandboxUrl);
    this.asUser = new SandboxUserView(sandboxUrl);
  }

  /** Starts the sandbox (with the given tenant file, default the demo tenant), the bot and the fake channel. */
  static async start(options: HarnessOptions = {}): Promise<BotHarness> {
    const channel = new FakeTeamsChannel();
    await channel.start();
    const proxied = options.lossyProxy ? await startProxiedSandbox(options.tenantFile) : undefined;
    const quiet: SharebotOverrides['log'] = (level, message, detail) => {
      if (level === 'error') console.error(`[sharebot:test] ${message}`, detail ?? '');
    };
    try {
      const sharebot = await startLocalSharebot({
        stateDirPrefix: 'sharebot-test-',
        stateDir: options.stateDir,
        env: {
          ...(options.tenantFile ? { SANDBOX_TENANT_FILE: options.tenantFile } : {}),
          ...(proxied ? { GRAPH_ORIGIN: proxied.proxy.url } : {}),
          ...options.env,
        },
        overrides: {
          log: quiet,
          graph: { retry: { maxRetries: 1, maxDelaySeconds: 0.05 } },
          ...options.overrides,
        },
      });
      return new BotHarness(sharebot, channel, proxied);
    } catch (error) {
      await proxied?.close();
      await channel.stop();
      throw error;
    }
  }

  /** Stops everything and removes the temporary state. */
  async close(): Promise<void> {
    await this.sharebot.close();
    await this.proxied?.close();
    await this.channel.stop();
  }
}

async function startProxiedSandbox(tenantFile = demoTenantFile): Promise<ProxiedSandbox> {
  const stateDir = await mkdtemp(path.join(tmpdir(), 'sharebot-proxied-sandbox-'));
  const sandbox = await startSandbox({ port: 0, tenantFile, stateDir });
  const proxy = await LossyGraphProxy.start(sandbox.url);
  return {
    sandbox,
    proxy,
    close: async () => {
      await proxy.close();
      await sandbox.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}
