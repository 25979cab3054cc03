import type { TurnContext } from 'botbuilder';
import { type AuthLog, silentAuthLog } from '../../auth/auth-log';
import { readTokenOwner } from '../../auth/token-claims';
import { describeTokenServiceError } from '../../auth/token-service-error';
import type { TokenOutcome } from '../../auth/token-source';
import type { TurnTokens } from '../turn-tokens';
import { conversationTenantOf, sameEntraId } from './conversation-tenant';
import { signInCard } from './sign-in-card';
import { type UserTokenService, userTokenServiceFor } from './user-token-service';

/** How the Teams SSO token source reaches the bot's OAuth connection. */
export interface TeamsSsoTokenSourceOptions {
  /** The OAuth connection on the Azure Bot resource (OAUTH_CONNECTION_NAME). */
  connectionName: string;
  /**
   * The bot's Entra tenant when the app is single-tenant: conversations and tokens of other
   * tenants are refused as `notInTenant`. Leave empty for a multi-tenant app; then a token must
   * come from the conversation's own tenant.
   */
  tenantId?: string;
  log?: AuthLog;
}

/** Why a turn has no token service: the adapter offers none. */
const noTokenServiceDetail = 'the adapter offers no Bot Framework token service';

/** turnState key: this turn already sent a sign-in card. */
const cardSentKey = Symbol('sharebot.signInCardSent');

/**
 * The production token source: the Teams user's delegated Graph token from the Bot Framework token
 * service (the bot's OAuth connection). With no stored token it answers `signInRequired`, and its
 * sign-in prompt sends one OAuthCard with the SSO token exchange resource (Teams then signs the
 * user in silently in personal and group chats, or shows the button in channels). Refuses tokens
 * of another tenant (`notInTenant`) and tokens of another person; never logs or returns tokens in
 * `detail`.
 */
export class TeamsSsoTokenSource implements TurnTokens {
  private readonly connectionName: string;
  private readonly tenantId?: string;
  private readonly log: AuthLog;

  constructor(options: TeamsSsoTokenSourceOptions) {
    this.connectionName = options.connectionName;
    this.tenantId = options.tenantId || undefined;
    this.log = options.log ?? silentAuthLog;
  }

  /** The sender's Graph token, or notInTenant / signInRequired / unavailable. */
  async forTurn(context: TurnContext): Promise<TokenOutcome> {
    const activity = context.activity;
    const user = activity.from?.aadObjectId;
    // Anonymous meeting guests and other non-Entra senders have no object id: no tenant account.
    if (!user) return { ok: false, reason: 'notInTenant' };
    const conversationTenant = conversationTenantOf(activity);
    if (this.tenantId && conversationTenant && !sameEntraId(conversationTenant, this.tenantId)) {
      return { ok: false, reason: 'notInTenant' };
    }
    const service = userTokenServiceFor(context, this.connectionName);
    if (!service) {
      return {
        ok: false,
        reason: 'unavailable',
        detail: noTokenServiceDetail,
      };
    }
    let token: string | undefined;
    try {
      token = await service.getUserToken();
    } catch (error) {
      return { ok: false, reason: 'unavailable', detail: describeTokenServiceError(error) };
    }
    if (!token) return { ok: false, reason: 'signInRequired' };

    const owner = readTokenOwner(token);
    const expectedTenant = this.tenantId ?? conversationTenant;
    if (owner?.tenantId && expectedTenant && !sameEntraId(owner.tenantId, expectedTenant)) {
      // A multi-tenant connection signed the user in to their home tenant: Graph there is not the
      // tenant this conversation shares from.
      this.log('warn', 'signed-in token belongs to another tenant; signing the user out');
      await this.signOut(service, token);
      return { ok: false, reason: 'notInTenant' };
    }
    if (owner?.objectId && !sameEntraId(owner.objectId, user)) {
      // Someone signed in with another account (in a channel anyone can press the requester's
      // sign-in button): never act as a different person than the one who asked.
      this.log('warn', 'signed-in account is not the Teams sender; signing out and asking again');
      await this.signOut(service, token);
      return { ok: false, reason: 'signInRequired' };
    }
    return { ok: true, token };
  }

  /** Sends the sign-in card, at most once per turn, and answers signInRequired. */
  async promptSignIn(context: TurnContext): Promise<TokenOutcome> {
    if (context.turnState.get(cardSentKey)) return { ok: false, reason: 'signInRequired' };
    const service = userTokenServiceFor(context, this.connectionName);
    if (!service) return { ok: false, reason: 'unavailable', detail: noTokenServiceDetail };
    try {
      const resource = await service.getSignInResource();
      const inChannel = context.activity.conversation?.conversationType === 'channel';
      await context.sendActivity({
        attachments: [signInCard(resource, { connectionName: this.connectionName, inChannel })],
      });
    } catch (error) {
      return { ok: false, reason: 'unavailable', detail: describeTokenServiceError(error) };
    }
    context.turnState.set(cardSentKey, true);
    return { ok: false, reason: 'signInRequired' };
  }

  private async signOut(service: UserTokenService, token: string): Promise<void> {
    try {
      await service.signOut();
    } catch (error) {
      this.log('error', 'sign-out failed', { error: describeTokenServiceError(error, [token]) });
    }
  }
}
