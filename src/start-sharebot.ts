import { MemoryStorage, type Storage, TeamsSSOTokenExchangeMiddleware } from 'botbuilder';
import { SandboxTokenSource } from './auth/sandbox-token-source';
import { type SsoSettings, ssoSettingsFrom } from './auth/sso-settings';
import { Sharebot } from './bot/sharebot';
import { TeamsSignIn } from './bot/sso/teams-sign-in';
import { TeamsSsoTokenSource } from './bot/sso/teams-sso-token-source';
import { answerTurnError } from './bot/turn-error-answer';
import { plainTurnTokens, type TurnTokens } from './bot/turn-tokens';
import { ConfigError, type SharebotConfig } from './config';
import { BackgroundWork } from './conversation/background-work';
import type { FlowDeps } from './conversation/ports/flow-deps';
import type { Log } from './conversation/ports/log';
import type { ShareRequestRecord } from './conversation/share-request';
import { createGraphPortFactory, type GraphPortFactoryOptions } from './graph/create-graph-port';
import { createLog } from './logging/pino-log';
import { startSandbox } from './sandbox';
import { type RunningBotServer, startBotServer } from './server/bot-server';
import { createAdapter } from './server/create-adapter';
import { probeTimeoutMs } from './server/readiness';
import { sandboxProbe, storageProbe } from './server/readiness-probes';
import { RequestStore } from './state/request-store';

/** Parts tests and other hosts may replace. */
export interface SharebotOverrides {
  storage?: Storage;
  tokens?: TurnTokens;
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
  const log = overrides.log ?? createLog({ level: config.log.level, format: config.log.format ?? 'json' });
  const sso = config.graphMode === 'graph' ? ssoSettingsFrom(config) : undefined;
  const storage = overrides.storage ?? new MemoryStorage();
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
    const tokens = overrides.tokens ?? defaultTokenSource(config, graphOrigin, sso, log);
    const adapter = createAdapter(
      {
        appId: config.microsoftAppId,
        appPassword: config.microsoftAppPassword,
        appTenantId: config.microsoftAppTenantId,
        appType: config.microsoftAppType,
      },
      {
        log: (error, activityId, stage) =>
          log('error', stage === 'turn' ? 'turn failed' : 'could not answer a failed turn', {
            activityId,
            error: errorSummary(error),
          }),
        answer: answerTurnError,
      },
    );
    // Every signed-in Teams client sends signin/tokenExchange; the middleware lets one through,
    // de-duplicated in the bot's storage (docs/teams-notes.md §T9: share it across instances).
    if (sso) adapter.use(new TeamsSSOTokenExchangeMiddleware(storage, sso.connectionName));
    const background = new BackgroundWork((error) =>
      log('error', 'background work failed', { error: errorSummary(error) }),
    );
    const deps: FlowDeps = {
      requests: new RequestStore<ShareRequestRecord>(storage, 'sharebot/request/', {
        retentionMs: config.requestRetentionMs,
      }),
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
    const signIn = sso ? new TeamsSignIn({ connectionName: sso.connectionName, log }) : undefined;
    const bot = new Sharebot({ adapter, appId: config.microsoftAppId, tokens, graph }, deps, signIn);
    const sandboxOrigin = config.graphMode === 'sandbox' ? graphOrigin : undefined;
    const probes = [
      storageProbe(storage),
      ...(sandboxOrigin ? [sandboxProbe(sandboxOrigin, probeTimeoutMs)] : []),
    ];
    const server = await startBotServer({
      adapter,
      bot,
      port: config.port,
      host: config.host,
      rules: { loopbackServiceUrlOnly: !config.microsoftAppId },
      probes,
    });
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

function defaultTokenSource(
  config: SharebotConfig,
  graphOrigin: string | undefined,
  sso: SsoSettings | undefined,
  log: Log,
): TurnTokens {
  if (sso) return new TeamsSsoTokenSource({ ...sso, log });
  if (graphOrigin) return plainTurnTokens(new SandboxTokenSource({ sandboxOrigin: graphOrigin }));
  throw new ConfigError(`GRAPH_MODE=${config.graphMode} needs GRAPH_ORIGIN or the embedded sandbox.`);
}

function errorSummary(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
