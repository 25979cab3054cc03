import { type Storage, TeamsSSOTokenExchangeMiddleware } from 'botbuilder';
import { localTabCaller } from './auth/local-tab-caller';
import { SandboxTokenSource } from './auth/sandbox-token-source';
import { type SsoSettings, ssoSettingsFrom } from './auth/sso-settings';
import type { IdentifyTabCaller } from './auth/tab-caller';
import { teamsTabCaller } from './auth/teams-tab-caller';
import { ProactiveTurns } from './bot/proactive-turns';
import { Sharebot } from './bot/sharebot';
import { TeamsSignIn } from './bot/sso/teams-sign-in';
import { TeamsSsoTokenSource } from './bot/sso/teams-sso-token-source';
import { answerTurnError } from './bot/turn-error-answer';
import { plainTurnTokens, type TurnTokens } from './bot/turn-tokens';
import { ConfigError, type SharebotConfig } from './config';
import type { AccessRequestRecord } from './conversation/access/access-request';
import type { RoleChangeRecord } from './conversation/access/role-change-request';
import { BackgroundWork } from './conversation/background-work';
import { type ConversationContext, emptyContext } from './conversation/context/conversation-context';
import { runDueEnds } from './conversation/flows/end-timed-access';
import { recoverStuckShares } from './conversation/flows/recover-shares';
import { emptyHistory, type ShareHistory } from './conversation/history/share-history';
import type { LinkRequestRecord } from './conversation/links/link-request';
import { runPeriodically } from './conversation/periodic-task';
import type { FlowDeps } from './conversation/ports/flow-deps';
import type { Log } from './conversation/ports/log';
import type { ShareRequestRecord } from './conversation/share-request';
import { createTabApi } from './conversation/tab/tab-api';
import { createGraphPortFactory, type GraphPortFactoryOptions } from './graph/create-graph-port';
import { createLog } from './logging/pino-log';
import { type RunningSandbox, startSandbox } from './sandbox';
import { type RunningBotServer, startBotServer } from './server/bot-server';
import { createAdapter } from './server/create-adapter';
import { probeTimeoutMs } from './server/readiness';
import { sandboxProbe } from './server/readiness-probes';
import { ContextStore } from './state/context-store';
import { callerStorage, createStateStorage } from './state/create-storage';
import { DueEndIndex } from './state/due-end-index';
import { InFlightIndex } from './state/in-flight-index';
import { RequestStore } from './state/request-store';
import { bundleTabPage } from './tab/bundle-tab-page';

/** Parts tests and other hosts may replace. */
export interface SharebotOverrides {
  /** Used instead of the configured storage, and left open on close (its owner closes it). */
  storage?: Storage;
  tokens?: TurnTokens;
  now?: () => Date;
  graph?: GraphPortFactoryOptions;
  log?: Log;
  /** How the tab's API authenticates callers, instead of Teams SSO or LOCAL_USER. */
  tabCaller?: IdentifyTabCaller;
  /** The Bot Framework token service's origin (default the public cloud's), e.g. a regional one or a local fake. */
  tokenServiceUrl?: string;
}

/** Everything one `startSharebot` call started. */
export interface RunningSharebot {
  bot: RunningBotServer;
  /** The embedded sandbox's origin, when this process runs it. */
  sandboxUrl?: string;
  graphOrigin?: string;
  /** Resolves when the state storage answers; throws when it cannot be reached (for /readyz). */
  storageCheck(): Promise<void>;
  /** Stops the bot, waits for background work, closes the storage, then stops the sandbox. */
  close(): Promise<void>;
}

/** Starts the embedded sandbox (sandbox mode) and the bot, wired together. */
export async function startSharebot(
  config: SharebotConfig,
  overrides: SharebotOverrides = {},
): Promise<RunningSharebot> {
  const log = overrides.log ?? createLog({ level: config.log.level, format: config.log.format ?? 'json' });
  const sso = config.graphMode === 'graph' ? ssoSettingsFrom(config) : undefined;
  const state = overrides.storage
    ? callerStorage(overrides.storage)
    : await createStateStorage(config.storage);
  const storage = state.storage;
  let sandbox: RunningSandbox | undefined;
  try {
    log('info', 'state storage', { storage: state.describe });
    sandbox = config.sandbox.embedded
      ? await startSandbox({
          port: config.sandbox.port,
          host: config.sandbox.host,
          tenantFile: config.sandbox.tenantFile,
          stateDir: config.sandbox.stateDir,
        })
      : undefined;
    const graphOrigin = sandbox?.url ?? config.graphOrigin;
    const tokens = overrides.tokens ?? defaultTokenSource(config, graphOrigin, sso, log);
    const adapter = createAdapter(
      {
        appId: config.microsoftAppId,
        appPassword: config.microsoftAppPassword,
        appTenantId: config.microsoftAppTenantId,
        appType: config.microsoftAppType,
        tokenServiceUrl: overrides.tokenServiceUrl,
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
    // de-duplicated in storage all instances share (docs/teams-notes.md §T9, docs/scaling.md).
    if (sso) adapter.use(new TeamsSSOTokenExchangeMiddleware(state.tokenExchanges, sso.connectionName));
    const background = new BackgroundWork((error) =>
      log('error', 'background work failed', { error: errorSummary(error) }),
    );
    const deps: FlowDeps = {
      requests: new RequestStore<ShareRequestRecord>(storage, 'sharebot/request/', {
        retentionMs: config.requestRetentionMs,
      }),
      linkRequests: new RequestStore<LinkRequestRecord>(storage, 'sharebot/link/', {
        retentionMs: config.requestRetentionMs,
      }),
      accessRequests: new RequestStore<AccessRequestRecord>(storage, 'sharebot/access/', {
        retentionMs: config.requestRetentionMs,
      }),
      roleChanges: new RequestStore<RoleChangeRecord>(storage, 'sharebot/role-change/', {
        retentionMs: config.requestRetentionMs,
      }),
      contexts: new ContextStore<ConversationContext>(
        storage,
        'sharebot/context/',
        config.contextTtlMs,
        emptyContext,
      ),
      history: new ContextStore<ShareHistory>(
        storage,
        'sharebot/history/',
        config.historyRetentionMs,
        emptyHistory,
      ),
      inFlight: new InFlightIndex(storage, 'sharebot/in-flight/'),
      dueEnds: new DueEndIndex(storage, 'sharebot/due-ends/'),
      shareLeaseMs: config.shareLeaseMs,
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
    const signIn = sso
      ? new TeamsSignIn({
          connectionName: sso.connectionName,
          log,
          forgetToken: (context) => tokens.forget?.(context),
        })
      : undefined;
    const services = { adapter, appId: config.microsoftAppId, tokens, graph };
    const bot = new Sharebot(services, deps, signIn);
    const sandboxOrigin = config.graphMode === 'sandbox' ? graphOrigin : undefined;
    const probes = [
      { name: 'storage', check: state.check },
      ...(sandboxOrigin ? [sandboxProbe(sandboxOrigin, probeTimeoutMs)] : []),
    ];
    const tab = {
      page: await bundleTabPage(),
      api: createTabApi(deps, overrides.tabCaller ?? defaultTabCaller(config, graphOrigin, sso), graph),
    };
    const server = await startBotServer({
      adapter,
      bot,
      port: config.port,
      host: config.host,
      rules: { loopbackServiceUrlOnly: !config.microsoftAppId },
      probes,
      tab,
    });
    // Shares a dead process left "sharing" are settled at start and then periodically (docs/reliability.md).
    const recovery = runPeriodically(
      async () => {
        const pass = await recoverStuckShares(deps, new ProactiveTurns(services));
        if (pass.settled > 0) log('info', 'recovered shares', { settled: pass.settled });
      },
      config.recoveryIntervalMs,
      (error) => log('error', 'share recovery failed', { error: errorSummary(error) }),
    );
    // Timed access: due reminders and ends, at start (ends missed while down) and then every
    // EXPIRY_CHECK_SECONDS (docs/conversation.md "Timed access").
    const endings = runPeriodically(
      async () => {
        const pass = await runDueEnds(deps, new ProactiveTurns(services));
        if (pass.ended + pass.reminded + pass.asked > 0) log('info', 'timed access', { ...pass });
      },
      config.expiryCheckIntervalMs,
      (error) => log('error', 'timed access pass failed', { error: errorSummary(error) }),
    );
    return {
      bot: server,
      sandboxUrl: sandbox?.url,
      graphOrigin,
      storageCheck: state.check,
      close: async () => {
        await recovery.stop();
        await endings.stop();
        await server.close();
        await background.drain();
        await state.close();
        await sandbox?.close();
      },
    };
  } catch (error) {
    await sandbox?.close();
    await state.close();
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

/** Graph mode: Teams SSO tokens exchanged on behalf of the user; sandbox mode: LOCAL_USER or a sandbox token. */
function defaultTabCaller(
  config: SharebotConfig,
  graphOrigin: string | undefined,
  sso: SsoSettings | undefined,
): IdentifyTabCaller {
  if (sso) {
    return teamsTabCaller({
      appId: config.microsoftAppId,
      appPassword: config.microsoftAppPassword,
      tenantId: sso.tenantId,
      botDomain: config.botDomain,
    });
  }
  const tokens = new SandboxTokenSource({ sandboxOrigin: graphOrigin ?? '' });
  return localTabCaller(tokens, config.localUser ?? '');
}

function errorSummary(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
