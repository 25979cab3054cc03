import { InvokeException, StatusCodes, type TokenExchangeInvokeResponse, type TurnContext } from 'botbuilder';
import { type AuthLog, silentAuthLog } from '../../auth/auth-log';
import { describeTokenServiceError } from '../../auth/token-service-error';
import { signedInReply, signInFailedReply } from '../../wording/sign-in';
import { userTokenServiceFor } from './user-token-service';

/** What the sign-in completion needs. */
export interface TeamsSignInOptions {
  /** The OAuth connection on the Azure Bot resource (OAUTH_CONNECTION_NAME). */
  connectionName: string;
  log?: AuthLog;
  /** Drops the sender's cached token once a sign-in stored a new one (TeamsSsoTokenSource.forget). */
  forgetToken?: (context: TurnContext) => void;
}

/** Teams' failure text for a refused exchange; Teams then shows the card's sign-in button. */
const exchangeFailedDetail = 'The bot is unable to exchange token. Proceed with regular login.';

/**
 * Completes a Teams sign-in started by the OAuthCard of `TeamsSsoTokenSource`:
 * `signin/tokenExchange` (silent SSO) and `signin/verifyState` (the sign-in button's code).
 * A failure is thrown as an `InvokeException`, which ActivityHandler turns into the invoke status.
 */
export class TeamsSignIn {
  private readonly connectionName: string;
  private readonly log: AuthLog;
  private readonly forgetToken: (context: TurnContext) => void;

  constructor(options: TeamsSignInOptions) {
    this.connectionName = options.connectionName;
    this.log = options.log ?? silentAuthLog;
    this.forgetToken = options.forgetToken ?? (() => {});
  }

  /**
   * Exchanges the Teams SSO token through the token service (which then stores the user's Graph
   * token) and tells the user to send their request again. `TeamsSSOTokenExchangeMiddleware`
   * already exchanged once and let only the first of the duplicate invokes through; exchanging
   * again here is what botbuilder's OAuthPrompt does too, and keeps this correct without it.
   * 412 tells Teams to fall back to the sign-in button
   * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/authentication/bot-sso-code).
   */
  async completeTokenExchange(context: TurnContext): Promise<void> {
    const request = (context.activity.value ?? {}) as {
      id?: unknown;
      connectionName?: unknown;
      token?: unknown;
    };
    const id = typeof request.id === 'string' ? request.id : '';
    if (typeof request.token !== 'string' || !request.token) {
      throw this.exchangeFailure(StatusCodes.BAD_REQUEST, id, 'The token exchange request carries no token.');
    }
    if (typeof request.connectionName === 'string' && request.connectionName !== this.connectionName) {
      throw this.exchangeFailure(StatusCodes.BAD_REQUEST, id, 'The token exchange names another connection.');
    }
    const service = userTokenServiceFor(context, this.connectionName);
    let token: string | undefined;
    try {
      token = await service?.exchangeToken(request.token);
    } catch (error) {
      this.log('warn', 'SSO token exchange failed', {
        error: describeTokenServiceError(error, [request.token]),
      });
    }
    if (!token) throw this.exchangeFailure(StatusCodes.PRECONDITION_FAILED, id, exchangeFailedDetail);
    this.forgetToken(context);
    await context.sendActivity(signedInReply());
  }

  /**
   * Redeems the code Teams sends after the sign-in button's pop-up closes (`value.state`).
   * 200 when the token service gives a token; 404 when the code is unknown (botbuilder's OAuthPrompt
   * answers the same); 500 when the token service fails.
   */
  async completeVerifyState(context: TurnContext): Promise<void> {
    const state = (context.activity.value as { state?: unknown } | undefined)?.state;
    const code = typeof state === 'string' ? state.trim() : '';
    const service = userTokenServiceFor(context, this.connectionName);
    let token: string | undefined;
    try {
      token = code && service ? (await service.getUserToken(code))?.token : undefined;
    } catch (error) {
      this.log('error', 'sign-in code could not be redeemed', {
        error: describeTokenServiceError(error, [code]),
      });
      await context.sendActivity(signInFailedReply());
      throw new InvokeException(StatusCodes.INTERNAL_SERVER_ERROR);
    }
    if (!token) {
      await context.sendActivity(signInFailedReply());
      throw new InvokeException(StatusCodes.NOT_FOUND);
    }
    this.forgetToken(context);
    await context.sendActivity(signedInReply());
  }

  private exchangeFailure(
    status: StatusCodes,
    id: string,
    failureDetail: string,
  ): InvokeException<TokenExchangeInvokeResponse> {
    return new InvokeException(status, { id, connectionName: this.connectionName, failureDetail });
  }
}
