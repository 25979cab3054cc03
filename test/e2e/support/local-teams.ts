import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Log } from '../../../src/conversation/ports/log';
import { type RunningPlayground, startPlayground } from '../../../src/playground/launch-playground';
import { findFreePort } from '../../../src/playground/ports';
import { type LocalSharebot, startLocalSharebot } from '../../support/local-sharebot';
import { SandboxUserView } from '../../support/sandbox-user-view';

/** Where the browser tests leave screenshots and playground logs (gitignored). */
export const E2E_OUTPUT_DIR = path.resolve(__dirname, '..', '..', '..', 'test-output', 'e2e');

/** Sharebot, its Graph sandbox and the Agents Playground, as `npm start` runs them, for one test. */
export class LocalTeams {
  private constructor(
    private readonly sharebot: LocalSharebot,
    private readonly playground: RunningPlayground,
    /** Graph as the sandbox serves it. */
    readonly sandbox: SandboxUserView,
    /** The bot's log lines (never tokens), shown when a test fails. */
    readonly botLog: string[],
  ) {}

  /**
   * Starts a fresh sandbox (new state folder, demo tenant), the bot and the playground on free
   * loopback ports. The playground writes its log to `<E2E_OUTPUT_DIR>/<name>/devTools/`.
   */
  static async start(name: string): Promise<LocalTeams> {
    const botLog: string[] = [];
    const log: Log = (level, message, detail) => {
      botLog.push(`${level} ${message}${detail ? ` ${JSON.stringify(detail)}` : ''}`);
    };
    const sharebot = await startLocalSharebot({ stateDirPrefix: 'sharebot-e2e-', overrides: { log } });
    try {
      const logDir = path.join(E2E_OUTPUT_DIR, name);
      await mkdir(logDir, { recursive: true });
      const playground = await startPlayground({
        botEndpoint: `${sharebot.app.bot.url}/api/messages`,
        port: await findFreePort(),
        logDir,
      });
      return new LocalTeams(sharebot, playground, new SandboxUserView(sharebot.app.sandboxUrl ?? ''), botLog);
    } catch (error) {
      await sharebot.close();
      throw error;
    }
  }

  /** The playground UI, e.g. http://127.0.0.1:41234. */
  get playgroundUrl(): string {
    return this.playground.url;
  }

  /** Stops the playground, the bot and the sandbox, and deletes the sandbox state. */
  async close(): Promise<void> {
    try {
      await this.playground.close();
    } finally {
      await this.sharebot.close();
    }
  }
}
