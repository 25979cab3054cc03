import { MemoryStorage, type Storage } from 'botbuilder';
import { SandboxTokenSource } from './auth/sandbox-token-source';
import type { TokenSource } from './auth/token-source';
import { Sharebot } from './bot/sharebot';
import { ConfigError, type SharebotConfig } from './config';
import { BackgroundWork } from './conversation/background-work';
import type { FlowDeps, Log } from './conversation/flow-deps';
import type { ShareRequestRecord } from './conversation/share-request';
import { createGraphPortFactory, type GraphPortFactoryOptions } from './graph/create-graph-port';
import { startSandbox } from './sandbox';
import { type RunningBotServer, startBotServer } from './server/bot-server';
import { createAdapter } from './server/create-adapter';
import { RequestStore } from './state/request-store';

/** Parts tests and other hosts may replace. */
export interface SharebotOverrides {
  storage?: Storage;
  tokens?: TokenSource;
  now?: () => Date;
  graph?: GraphPortFactoryOptions;
  log?: Log;
}

/** Everything one `startSharebot` call started. */
export interface RunningSharebot {
  bot: RunningBotServer;
  /** The embedded sandbox's origin, when this process runs it. */
  sandboxUrl?: string;
  graphOrigin?: string;
  /** Stops the bot, waits for background work, then stops the sandbox. */
  close(): Promise<void>;
}

/** Starts the embedded sandbox (sandbox mode) and the bot, wired together. */
export async function startSharebot(
  config: SharebotConfig,
  overrides: SharebotOverrides = {},
): Promise<RunningSharebot> {
  const log = overrides.log ?? consoleLog;
  const sandbox = config.sandbox.embedded
    ? await startSandbox({
        port: config.sandbox.port,
        host: config.sandbox.host,
        tenantFile: config.sandbox.tenantFile,
        stateDir: config.sandbox.stateDir,
      })
    : undefined;
  const graphOrigin = sandbox?.url ?? config.graphOrigin;
  try {
    const tokens = overrides.tokens ?? defaultTokenSource(config, graphOrigin);
    const adapter = createAdapter(
      {
        appId: config.microsoftAppId,
        appPassword: config.microsoftAppPassword,
        appTenantId: config.microsoftAppTenantId,
        appType: config.microsoftAppType,
      },
      (error, activityId) => log('error', 'turn failed', { activityId, error: errorSummary(error) }),
    );
    const background = new BackgroundWork((error) =>
      log('error', 'background work failed', { error: errorSummary(error) }),
    );
    const deps: FlowDeps = {
      requests: new RequestStore<ShareRequestRecord>(
        overrides.storage ?? new MemoryStorage(),
        'sharebot/request/',
      ),
      now: overrides.now ?? (() => new Date()),
      requestTtlMs: config.requestTtlMs,
      invokeBudgetMs: config.invokeBudgetMs,
      background,
      log,
    };
    const graph = createGraphPortFactory({
      ...overrides.graph,
      graphOrigin: graphOrigin ?? overrides.graph?.graphOrigin,
    });
    const bot = new Sharebot({ adapter, appId: config.microsoftAppId, tokens, graph }, deps);
    const server = await startBotServer({ adapter, bot, port: config.port, host: config.host });
    return {
      bot: server,
      sandboxUrl: sandbox?.url,
      graphOrigin,
      close: async () => {
        await server.close();
        await background.drain();
        await sandbox?.close();
      },
    };
  } catch (error) {
    await sandbox?.close();
    throw error;
  }
}

function defaultTokenSource(config: SharebotConfig, graphOrigin: string | undefined): TokenSource {
  if (config.graphMode === 'sandbox' && graphOrigin)
    return new SandboxTokenSource({ sandboxOrigin: graphOrigin });
  throw new ConfigError(
    'GRAPH_MODE=graph needs the Teams SSO token source, which is not built yet: see docs/deployment.md. Use the sandbox (the default) for now.',
  );
}

/** One line per event on stderr; never tokens, never message text. */
const consoleLog: Log = (level, message, detail) => {
  const line = detail ? `${message} ${JSON.stringify(detail)}` : message;
  if (level === 'error') console.error(`[sharebot] ${line}`);
  else console.log(`[sharebot] ${line}`);
};

function errorSummary(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
