import type { RunningSharebot, SharebotOverrides } from '../../src/start-sharebot';
import { FakeTeamsChannel } from './fake-teams-channel';
import { type LocalSharebot, startLocalSharebot } from './local-sharebot';
import { SandboxAdminClient } from './sandbox-admin-client';
import { SandboxUserView } from './sandbox-user-view';
import { TeamsClient } from './teams-client';

/**
 * Runs the real Sharebot (restify + CloudAdapter, local mode) on a fresh sandbox tenant and hands
 * out its three sides: `teams` talks to the bot as Teams does, `sandbox` drives the sandbox's admin
 * endpoints and `asUser` reads Graph as a signed-in user. Each harness has its own ports and its
 * own sandbox state folder.
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

  private constructor(
    private readonly sharebot: LocalSharebot,
    readonly channel: FakeTeamsChannel,
  ) {
    const app = sharebot.app;
    this.app = app;
    const sandboxUrl = app.sandboxUrl ?? '';
    this.teams = new TeamsClient(app.bot.url, channel);
    this.sandbox = new SandboxAdminClient(sandboxUrl);
    this.asUser = new SandboxUserView(sandboxUrl);
  }

  /**
   * Starts the sandbox (with the given tenant file, default the demo tenant), the bot and the fake
   * channel. The bot's state is temporary unless `stateDir` names a folder (kept, for restarts).
   */
  static async start(
    options: {
      tenantFile?: string;
      stateDir?: string;
      env?: Record<string, string>;
      overrides?: SharebotOverrides;
    } = {},
  ): Promise<BotHarness> {
    const channel = new FakeTeamsChannel();
    await channel.start();
    const quiet: SharebotOverrides['log'] = (level, message, detail) => {
      if (level === 'error') console.error(`[sharebot:test] ${message}`, detail ?? '');
    };
    const sharebot = await startLocalSharebot({
      stateDirPrefix: 'sharebot-test-',
      stateDir: options.stateDir,
      env: { ...(options.tenantFile ? { SANDBOX_TENANT_FILE: options.tenantFile } : {}), ...options.env },
      overrides: {
        log: quiet,
        graph: { retry: { maxRetries: 1, maxDelaySeconds: 0.05 } },
        ...options.overrides,
      },
    });
    return new BotHarness(sharebot, channel);
  }

  /** Stops everything and removes the temporary state. */
  async close(): Promise<void> {
    await this.sharebot.close();
    await this.channel.stop();
  }
}
