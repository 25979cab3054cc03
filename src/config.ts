import path from 'node:path';
import { type LogFormat, type LogLevel, logLevels } from './logging/log-settings';

/** Which Graph Sharebot talks to: the local sandbox (default) or real Microsoft Graph. */
export type GraphMode = 'sandbox' | 'graph';

/** Where Sharebot keeps its state (docs/scaling.md): one SQLite file, or an Azure Blob container. */
export interface StorageSettings {
  kind: 'sqlite' | 'blob';
  /** The folder of the SQLite file (`sharebot.sqlite`). */
  stateDir: string;
  /** A secret: never logged. Set when `kind` is `blob`. */
  blobConnectionString?: string;
  blobContainer: string;
}

export interface SharebotConfig {
  /** Port of the bot's HTTP endpoint (`/api/messages`, `/healthz`). */
  port: number;
  host: string;
  graphMode: GraphMode;
  /** Origin that stands in for https://graph.microsoft.com (sandbox mode), e.g. http://127.0.0.1:5001. */
  graphOrigin?: string;
  sandbox: { port: number; host: string; tenantFile: string; stateDir: string; embedded: boolean };
  /** Bot Framework app registration; empty in local mode (no auth). */
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppTenantId: string;
  microsoftAppType: string;
  /** OAuth connection name for Teams SSO (graph mode). */
  oauthConnectionName: string;
  /** How long a confirmation card stays actionable. */
  requestTtlMs: number;
  /** How long a conversation remembers its open question and recent shares after the last message. */
  contextTtlMs: number;
  /** How long a request is remembered (for Undo and for replaying its outcome on late clicks). */
  requestRetentionMs: number;
  /** How long a person's share history (the tab) is kept after their last share. */
  historyRetentionMs: number;
  /** The bot's public host name (BOT_DOMAIN), part of the tab's SSO app ID URI. */
  botDomain?: string;
  /** Sandbox mode: who the tab acts for in a plain browser (an id or user principal name of the tenant file). */
  localUser?: string;
  /** How long a card click waits for Graph before answering "Sharing..." and finishing in the background. */
  invokeBudgetMs: number;
  /** How long one instance owns a share it is inviting for; past it, recovery settles it. */
  shareLeaseMs: number;
  /** How often an instance looks for shares left `sharing` by a process that died. */
  recoveryIntervalMs: number;
  /** How often an instance looks for timed access whose reminder or end is due (EXPIRY_CHECK_SECONDS). */
  expiryCheckIntervalMs: number;
  playground: { enabled: boolean; port: number };
  storage: StorageSettings;
  /** LOG_LEVEL; LOG_FORMAT, undefined when not set (npm start then picks pretty on a terminal, JSON otherwise). */
  log: { level: LogLevel; format?: LogFormat };
}

/** Error for configuration a person must fix; its message is safe to print as is. */
export class ConfigError extends Error {}

const repoRoot = path.resolve(__dirname, '..');

/** Reads the configuration from environment variables (documented in docs/configuration.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SharebotConfig {
  const graphMode = parseMode(env.GRAPH_MODE);
  const sandboxPort = parsePort(env, 'SANDBOX_PORT', 5001);
  const sandboxHost = env.SANDBOX_HOST || '127.0.0.1';
  const explicitOrigin = env.GRAPH_ORIGIN?.replace(/\/+$/, '');
  const config: SharebotConfig = {
    port: parsePort(env, 'PORT', 3978),
    host: env.HOST || '127.0.0.1',
    graphMode,
    graphOrigin:
      graphMode === 'sandbox' ? explicitOrigin || `http://${sandboxHost}:${sandboxPort}` : undefined,
    sandbox: {
      port: sandboxPort,
      host: sandboxHost,
      tenantFile: path.resolve(repoRoot, env.SANDBOX_TENANT_FILE || 'env/demo-tenant.json'),
      stateDir: path.resolve(repoRoot, env.SANDBOX_STATE_DIR || '.sandbox-state'),
      embedded: graphMode === 'sandbox' && !explicitOrigin,
    },
    microsoftAppId: env.MicrosoftAppId ?? env.BOT_ID ?? '',
    microsoftAppPassword: env.MicrosoftAppPassword ?? env.SECRET_BOT_PASSWORD ?? '',
    microsoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    microsoftAppType: env.MicrosoftAppType ?? (env.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant'),
    oauthConnectionName: env.OAUTH_CONNECTION_NAME ?? '',
    requestTtlMs: parsePositive(env, 'REQUEST_TTL_MINUTES', 15) * 60_000,
    contextTtlMs: parsePositive(env, 'CONTEXT_TTL_MINUTES', 30) * 60_000,
    requestRetentionMs: parsePositive(env, 'REQUEST_RETENTION_HOURS', 24) * 3_600_000,
    historyRetentionMs: parsePositive(env, 'HISTORY_RETENTION_DAYS', 90) * 86_400_000,
    localUser: env.LOCAL_USER || undefined,
    botDomain: env.BOT_DOMAIN || undefined,
    invokeBudgetMs: parsePositive(env, 'INVOKE_BUDGET_MS', 4000),
    shareLeaseMs: parsePositive(env, 'SHARE_LEASE_SECONDS', 120) * 1000,
    recoveryIntervalMs: parsePositive(env, 'RECOVERY_INTERVAL_SECONDS', 30) * 1000,
    expiryCheckIntervalMs: parsePositive(env, 'EXPIRY_CHECK_SECONDS', 60) * 1000,
    playground: {
      enabled: !/^(off|0|false|no)$/i.test(env.PLAYGROUND ?? 'on'),
      port: parsePort(env, 'PLAYGROUND_PORT', 56150),
    },
    storage: parseStorage(env),
    log: { level: parseLogLevel(env.LOG_LEVEL), format: parseLogFormat(env.LOG_FORMAT) },
  };
  if (graphMode === 'graph' && !config.microsoftAppId) {
    // Without an app id CloudAdapter accepts any caller (docs/teams-notes.md §T2).
    throw new ConfigError(
      'GRAPH_MODE=graph needs MicrosoftAppId (and MicrosoftAppPassword): see docs/deployment.md.',
    );
  }
  return config;
}

function parseMode(value: string | undefined): GraphMode {
  const mode = (value || 'sandbox').toLowerCase();
  if (mode !== 'sandbox' && mode !== 'graph') {
    throw new ConfigError(`GRAPH_MODE must be "sandbox" or "graph", not "${value}".`);
  }
  return mode;
}

function parseStorage(env: NodeJS.ProcessEnv): StorageSettings {
  const kind = (env.STORAGE || 'sqlite').toLowerCase();
  if (kind !== 'sqlite' && kind !== 'blob') {
    throw new ConfigError(`STORAGE must be "sqlite" or "blob", not "${env.STORAGE}".`);
  }
  const blobConnectionString = env.BLOB_CONNECTION_STRING || undefined;
  if (kind === 'blob' && !blobConnectionString) {
    throw new ConfigError('STORAGE=blob needs BLOB_CONNECTION_STRING: see docs/scaling.md.');
  }
  const blobContainer = env.BLOB_CONTAINER || 'sharebot-state';
  // Azure's container naming rules; a wrong name would otherwise stop start-up with Azure's 400
  // (https://learn.microsoft.com/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata).
  if (!/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(blobContainer)) {
    throw new ConfigError(
      `BLOB_CONTAINER must be 3-63 lowercase letters, digits and single hyphens, not "${blobContainer}".`,
    );
  }
  return {
    kind,
    stateDir: path.resolve(repoRoot, env.STATE_DIR || '.sharebot-state'),
    ...(blobConnectionString ? { blobConnectionString } : {}),
    blobContainer,
  };
}

function parseLogLevel(value: string | undefined): LogLevel {
  const level = (value || 'info').toLowerCase();
  if (!(logLevels as readonly string[]).includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(', ')}, not "${value}".`);
  }
  return level as LogLevel;
}

function parseLogFormat(value: string | undefined): LogFormat | undefined {
  if (value === undefined || value === '') return undefined;
  const format = value.toLowerCase();
  if (format !== 'json' && format !== 'pretty') {
    throw new ConfigError(`LOG_FORMAT must be "json" or "pretty", not "${value}".`);
  }
  return format;
}

function parsePort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a port number (0-65535), not "${raw}".`);
  }
  return port;
}

function parsePositive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new ConfigError(`${name} must be a positive number, not "${raw}".`);
  return value;
}
