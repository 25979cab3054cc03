import { ConfigError, type SharebotConfig } from '../config';

/** What GRAPH_MODE=graph needs to sign Teams users in, checked. */
export interface SsoSettings {
  /** The OAuth connection on the Azure Bot resource. */
  connectionName: string;
  /** The bot's tenant when the app is single-tenant (or a managed identity); undefined for multi-tenant. */
  tenantId?: string;
}

/**
 * Checks the Bot Framework and OAuth settings for real Graph and returns what the SSO token source
 * needs. Throws a ConfigError naming what is missing: without an app id CloudAdapter accepts any
 * caller (docs/teams-notes.md §T2), and without a password it cannot reply or reach
 * the token service. See docs/deployment.md.
 */
export function ssoSettingsFrom(config: SharebotConfig): SsoSettings {
  const appType = config.microsoftAppType.toLowerCase();
  const missing: string[] = [];
  if (!config.microsoftAppId) missing.push('MicrosoftAppId');
  // A user-assigned managed identity has no password (botbuilder: MicrosoftAppType=UserAssignedMSI).
  if (!config.microsoftAppPassword && appType !== 'userassignedmsi') missing.push('MicrosoftAppPassword');
  if (appType !== 'multitenant' && !config.microsoftAppTenantId) missing.push('MicrosoftAppTenantId');
  if (!config.oauthConnectionName.trim()) missing.push('OAUTH_CONNECTION_NAME');
  if (missing.length > 0) {
    throw new ConfigError(
      `GRAPH_MODE=graph needs ${missing.join(', ')} (Teams SSO through the Azure Bot's OAuth connection): see docs/deployment.md.`,
    );
  }
  return {
    connectionName: config.oauthConnectionName.trim(),
    tenantId: appType === 'multitenant' ? undefined : config.microsoftAppTenantId,
  };
}
