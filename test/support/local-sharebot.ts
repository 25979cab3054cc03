import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { type RunningSharebot, type SharebotOverrides, startSharebot } from '../../src/start-sharebot';

/** A Sharebot in local mode on free loopback ports, its sandbox keeping state in a fresh temporary folder. */
export interface LocalSharebot {
  app: RunningSharebot;
  /** Stops the bot and its sandbox and deletes the sandbox state. */
  close(): Promise<void>;
}

/**
 * Starts Sharebot and its Graph sandbox as `npm start` does, but on free ports, without the
 * playground, and with `env` added to (or overriding) that configuration.
 */
export async function startLocalSharebot(options: {
  stateDirPrefix: string;
  env?: Record<string, string>;
  overrides?: SharebotOverrides;
}): Promise<LocalSharebot> {
  const stateDir = await mkdtemp(path.join(tmpdir(), options.stateDirPrefix));
  const removeState = () => rm(stateDir, { recursive: true, force: true });
  try {
    const config = loadConfig({
      PORT: '0',
      SANDBOX_PORT: '0',
      SANDBOX_STATE_DIR: stateDir,
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
