import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { type RunningSharebot, type SharebotOverrides, startSharebot } from '../../src/start-sharebot';

/** A Sharebot in local mode on free loopback ports, keeping its state in fresh temporary folders. */
export interface LocalSharebot {
  app: RunningSharebot;
  /** Stops the bot and its sandbox and deletes the temporary state (a caller's STATE_DIR stays). */
  close(): Promise<void>;
}

/**
 * Starts Sharebot and its Graph sandbox as `npm start` does, but on free ports, without the
 * playground, and with `env` added to (or overriding) that configuration. The sandbox state and
 * the bot's STATE_DIR live in a temporary folder removed on close; pass `stateDir` to keep the
 * bot's state in a folder of your own instead (it is left in place, so a test can start a second
 * bot on it, as after a restart).
 */
export async function startLocalSharebot(options: {
  stateDirPrefix: string;
  stateDir?: string;
  env?: Record<string, string>;
  overrides?: SharebotOverrides;
}): Promise<LocalSharebot> {
  const tempDir = await mkdtemp(path.join(tmpdir(), options.stateDirPrefix));
  const removeState = () => rm(tempDir, { recursive: true, force: true });
  try {
    const config = loadConfig({
      PORT: '0',
      SANDBOX_PORT: '0',
      SANDBOX_STATE_DIR: path.join(tempDir, 'sandbox'),
      STATE_DIR: options.stateDir ?? path.join(tempDir, 'sharebot'),
      PLAYGROUND: 'off',
      ...options.env,
    });
    const app = await startSharebot(config, options.overrides);
    return {
      app,
      close: async () => {
        await app.close();
        await removeState();
      },
    };
  } catch (error) {
    await removeState();
    throw error;
  }
}
