import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, type ServiceClientCredentialsFactory } from 'botframework-connector';

/** Bot Framework credentials; all empty means local mode (no auth in either direction). */
export interface AdapterSettings {
  appId: string;
  appPassword: string;
  appTenantId: string;
  appType: string;
  /** The Bot Framework token service's origin, when not the public cloud's `https://api.botframework.com`. */
  tokenServiceUrl?: string;
}

/** What happens when an error escapes a turn. */
export interface TurnErrorHandlers {
  /** Logs it (`turn`), or the failure of the answer after it (`answer`); receives no tokens and no message text. */
  log: (error: unknown, activityId: string | undefined, stage: 'turn' | 'answer') => void;
  /** Tells the person, in the form the turn's activity expects (a message, or the invoke's response). */
  answer: (context: TurnContext) => Promise<void>;
}

/**
 * Builds the CloudAdapter. With no app id it runs in local mode, as the Agents Playground expects;
 * with one it authenticates every request as the Bot Framework does (docs/teams-notes.md §T1).
 * Any error that escapes a turn is logged and answered by `onTurnError.answer`, never with a stack
 * trace; when even that answer fails, the failure is logged and the request still gets its HTTP
 * answer instead of a 500 with the error's message.
 */
export function createAdapter(
  settings: AdapterSettings,
  onTurnError: TurnErrorHandlers,
  credentialsFactory?: ServiceClientCredentialsFactory,
): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: settings.appId,
      MicrosoftAppPassword: settings.appPassword,
      MicrosoftAppTenantId: settings.appTenantId,
      MicrosoftAppType: settings.appType,
      ...(settings.tokenServiceUrl ? publicCloudWithTokenService(settings.tokenServiceUrl) : {}),
    },
    credentialsFactory,
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    onTurnError.log(error, context.activity?.id, 'turn');
    try {
      await onTurnError.answer(context);
    } catch (answerError) {
      onTurnError.log(answerError, context.activity?.id, 'answer');
    }
  };
  return adapter;
}

/**
 * The public cloud's endpoints with another token service. Why all of them: once any endpoint is
 * set, botframework-connector takes every endpoint from the settings and no longer fills in the
 * public cloud's (the OAuthUrl setting, https://learn.microsoft.com/azure/bot-service/ref-oauth-redirect-urls).
 */
function publicCloudWithTokenService(tokenServiceUrl: string): Record<string, string | boolean> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: tokenServiceUrl,
    ToBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
