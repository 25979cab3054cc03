import type { ExtendedUserTokenProvider, SignInUrlResponse, TokenResponse, TurnContext } from 'botbuilder';
import type { UserTokenClient } from 'botframework-connector';

/** A token the token service gave, with the expiration it reported (ISO 8601), when it did. */
export interface IssuedToken {
  token: string;
  expiration?: string;
}

/**
 * The Bot Framework token service for one turn's user and the bot's OAuth connection. Tokens it
 * returns are secrets: callers must not log them.
 */
export interface UserTokenService {
  /** The user's stored token, or undefined when they must sign in. `magicCode` redeems a sign-in code. */
  getUserToken(magicCode?: string): Promise<IssuedToken | undefined>;
  /** The sign-in link and the SSO token exchange resource for an OAuthCard. */
  getSignInResource(): Promise<SignInUrlResponse>;
  /** Exchanges a Teams SSO token for the connection's token; undefined when the service refuses. */
  exchangeToken(ssoToken: string): Promise<string | undefined>;
  /** Forgets the user's stored token for the connection. */
  signOut(): Promise<void>;
}

/**
 * Finds the token service for this turn: the `UserTokenClient` that CloudAdapter puts in turnState
 * under `adapter.UserTokenClientKey`, or else the adapter itself when it implements the older
 * `ExtendedUserTokenProvider` methods (BotFrameworkAdapter, botbuilder's TestAdapter).
 * Undefined when neither is there.
 */
export function userTokenServiceFor(
  context: TurnContext,
  connectionName: string,
): UserTokenService | undefined {
  const activity = context.activity;
  const userId = activity.from?.id ?? '';
  const channelId = activity.channelId ?? '';
  const client = tokenClientOf(context);
  if (client) {
    return {
      getUserToken: async (magicCode) =>
        issued(await client.getUserToken(userId, connectionName, channelId, magicCode ?? '')),
      getSignInResource: () => client.getSignInResource(connectionName, activity, ''),
      exchangeToken: async (ssoToken) =>
        (await client.exchangeToken(userId, connectionName, channelId, { token: ssoToken }))?.token ||
        undefined,
      signOut: () => client.signOutUser(userId, connectionName, channelId),
    };
  }
  const provider = context.adapter as Partial<ExtendedUserTokenProvider>;
  if (
    typeof provider.getUserToken === 'function' &&
    typeof provider.getSignInResource === 'function' &&
    typeof provider.exchangeToken === 'function' &&
    typeof provider.signOutUser === 'function'
  ) {
    const tokens = provider as ExtendedUserTokenProvider;
    return {
      getUserToken: async (magicCode) =>
        issued(await tokens.getUserToken(context, connectionName, magicCode)),
      getSignInResource: () => tokens.getSignInResource(context, connectionName, userId),
      exchangeToken: async (ssoToken) =>
        (await tokens.exchangeToken(context, connectionName, userId, { token: ssoToken }))?.token ||
        undefined,
      signOut: () => tokens.signOutUser(context, connectionName, userId),
    };
  }
  return undefined;
}

function issued(response: TokenResponse | null | undefined): IssuedToken | undefined {
  if (!response?.token) return undefined;
  return response.expiration
    ? { token: response.token, expiration: response.expiration }
    : { token: response.token };
}

function tokenClientOf(context: TurnContext): UserTokenClient | undefined {
  const key = (context.adapter as { UserTokenClientKey?: symbol }).UserTokenClientKey;
  return key === undefined ? undefined : context.turnState.get<UserTokenClient>(key);
}
