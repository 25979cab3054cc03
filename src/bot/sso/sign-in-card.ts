import { type Attachment, CardFactory, type SignInUrlResponse } from 'botbuilder';
import { signInButtonTitle, signInCardText } from '../../wording/sign-in';

/**
 * The OAuthCard that asks a Teams user to sign in through the bot's OAuth connection.
 * In personal and group chats it carries the SSO `tokenExchangeResource`, so Teams exchanges the
 * user's Teams token silently and sends `signin/tokenExchange` instead of showing the card.
 * Channels do not support bot SSO (docs/teams-notes.md §T9;
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/authentication/bot-sso-overview),
 * so there the card is sent without it and the sign-in button (`signInLink`) is the path.
 */
export function signInCard(
  resource: SignInUrlResponse,
  options: { connectionName: string; inChannel: boolean },
): Attachment {
  return CardFactory.oauthCard(
    options.connectionName,
    signInButtonTitle,
    signInCardText(options.inChannel),
    resource.signInLink,
    options.inChannel ? undefined : resource.tokenExchangeResource,
    resource.tokenPostResource,
  );
}
