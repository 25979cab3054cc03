import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';

/** Bot Framework credentials; all empty means local mode (no auth in either direction). */
export interface AdapterSettings {
  appId: string;
  appPassword: string;
  appTenantId: string;
  appType: string;
}

/** Logs a turn error; receives no tokens and no message text. */
export type TurnErrorLog = (error: unknown, activityId: string | undefined) => void;

/**
 * Builds the CloudAdapter. With no app id it runs in local mode, as the Agents Playground expects;
 * with one it authenticates every request as the Bot Framework does (docs/teams-notes.md §T1).
 * Any error that escapes a turn is logged and answered with a friendly sentence, never a stack trace.
 */
export function createAdapter(
  settings: AdapterSettings,
  logTurnError: TurnErrorLog,
  credentialsFactory?: ServiceClientCredentialsFactory,
): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: settings.appId,
      MicrosoftAppPassword: settings.appPassword,
      MicrosoftAppTenantId: settings.appTenantId,
      MicrosoftAppType: settings.appType,
    },
    credentialsFactory,
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logTurnError(error, context.activity?.id);
    if (context.activity?.type === 'invoke') return;
    await context.sendActivity(
      'Sorry, something went wrong on my side and I stopped. Nothing was shared. Please try again.',
    );
  };
  return adapter;
}
