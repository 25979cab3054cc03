import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config';
import type { Log } from '../../../src/conversation/ports/log';
import { type RunningPlayground, startPlayground } from '../../../src/playground/launch-playground';
import { findFreePort } from '../../../src/playground/ports';
import { type RunningSharebot, startSharebot } from '../../../src/start-sharebot';
import { SandboxClient } from './sandbox-client';

/** Where the browser tests leave screenshots and playground logs (gitignored). */
export const E2E_OUTPUT_DIR = path.resolve(__dirname, '..', '..', '..', 'test-output', 'e2e');

/** Sharebot, its Graph sandbox and the Agents Playground, as `npm start` runs them, for one test. */
export class LocalTeams {
  private constructor(
    private readonly sharebot: RunningSharebot,
    private readonly playground: RunningPlayground,
    private readonly stateDir: string,
    /** Graph as the sandbox serves it. */
    readonly sandbox: SandboxClient,
    /** The bot's log lines (never tokens), shown when a test fails. */
    readonly botLog: string[],
  ) {}

  /**
   * Starts a fresh sandbox (new state folder, demo tenant), the bot and the playground on free
   * loopback ports. The playground writes its log to `<E2E_OUTPUT_DIR>/<name>/devTools/`.
   */
  static async start(name: string): Promise<LocalTeams> {
    const stateDir = await mkdtemp(path.join(tmpdir(), 'sharebot-e2e-'));
    const botLog: string[] = [];
    const log: Log = (level, message, detail) => {
      botLog.push(`${level} ${message}${detail ? ` ${JSON.stringify(detail)}` : ''}`);
    };
    const config = loadConfig({
      PORT: '0',
      SANDBOX_PORT: '0',
      SANDBOX_STATE_DIR: stateDir,
      PLAYGROUND: 'off',
    });
    let sharebot: RunningSharebot | undefined;
    try {
      sharebot = await startSharebot(config, { log });
      const logDir = path.join(E2E_OUTPUT_DIR, name);
      await mkdir(logDir, { recursive: true });
      const playground = await startPlayground({
        botEndpoint: `${sharebot.bot.url}/api/messages`,
        port: await findFreePort(),
        logDir,
      });
      return new LocalTeams(
        sharebot,
        playground,
        stateDir,
        new SandboxClient(sharebot.sandboxUrl ?? ''),
        botLog,
      );
    } catch (error) {
      await sharebot?.close();
      await rm(stateDir, { recursive: true, force: true });
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
      await rm(this.stateDir, { recursive: true, force: true });
    }
  }
}
