import type { TurnContext } from 'botbuilder';
import { type AuthLog, silentAuthLog } from '../../auth/auth-log';
import { readTokenExpiry, readTokenOwner } from '../../auth/token-claims';
import { describeTokenServiceError } from '../../auth/token-service-error';
import type { TokenOutcome } from '../../auth/token-source';
import { type FetchedForUser, UserTokenCache, type UserTokenCacheOptions } from '../../auth/user-token-cache';
import type { TurnTokens } from '../turn-tokens';
import { conversationTenantOf, sameEntraId } from './conversation-tenant';
import { signInCard } from './sign-in-card';
import { type IssuedToken, type UserTokenService, userTokenServiceFor } from './user-token-service';

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
  /** Expiry margin, size bound and clock of the per-user token cache. */
  cache?: UserTokenCacheOptions;
}

/** What the cache keeps for one Teams user: the outcome, and the Entra user and tenant it was fetched for. */
interface FetchedOutcome {
  outcome: TokenOutcome;
  user: string;
  tenant?: string;
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
 * `detail`. Each user's token is kept in memory until shortly before it expires, so most turns make
 * no round trip to the token service; `forget` drops it (sign-out, sign-in, a token Graph refused).
 */
export class TeamsSsoTokenSource implements TurnTokens {
  private readonly connectionName: string;
  private readonly tenantId?: string;
  private readonly log: AuthLog;
  private readonly cache: UserTokenCache<FetchedOutcome>;

  constructor(options: TeamsSsoTokenSourceOptions) {
    this.connectionName = options.connectionName;
    this.tenantId = options.tenantId || undefined;
    this.log = options.log ?? silentAuthLog;
    this.cache = new UserTokenCache(options.cache);
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
    const key = cacheKey(context);
    const kept = await this.cache.get(key, () => this.fetchOutcome(context, user, conversationTenant));
    if (kept.user === user && kept.tenant === conversationTenant) return kept.outcome;
    // The same Teams id now speaks as another Entra user (or from another tenant): never hand them
    // the token fetched for the first.
    this.cache.forget(key);
    return (await this.cache.get(key, () => this.fetchOutcome(context, user, conversationTenant))).outcome;
  }

  /** Drops the sender's kept token: after sign-out or sign-in, or when Graph refused it (401). */
  forget(context: TurnContext): void {
    this.cache.forget(cacheKey(context));
  }

  /** Asks the token service and checks the token; a good token is kept until shortly before it expires. */
  private async fetchOutcome(
    context: TurnContext,
    user: string,
    conversationTenant: string | undefined,
  ): Promise<FetchedForUser<FetchedOutcome>> {
    const outcome = (result: TokenOutcome, keepUntil?: number) => ({
      value: { outcome: result, user, tenant: conversationTenant },
      keepUntil,
    });
    const service = userTokenServiceFor(context, this.connectionName);
    if (!service) return outcome({ ok: false, reason: 'unavailable', detail: noTokenServiceDetail });
    let issued: IssuedToken | undefined;
    try {
      issued = await service.getUserToken();
    } catch (error) {
      return outcome({ ok: false, reason: 'unavailable', detail: describeTokenServiceError(error) });
    }
    if (!issued) return outcome({ ok: false, reason: 'signInRequired' });
    const token = issued.token;

    const owner = readTokenOwner(token);
    const expectedTenant = this.tenantId ?? conversationTenant;
    if (owner?.tenantId && expectedTenant && !sameEntraId(owner.tenantId, expectedTenant)) {
      // A multi-tenant connection signed the user in to their home tenant: Graph there is not the
      // tenant this conversation shares from.
      this.log('warn', 'signed-in token belongs to another tenant; signing the user out');
      await this.signOut(service, token);
      return outcome({ ok: false, reason: 'notInTenant' });
    }
    if (owner?.objectId && !sameEntraId(owner.objectId, user)) {
      // Someone signed in with another account (in a channel anyone can press the requester's
      // sign-in button): never act as a different person than the one who asked.
      this.log('warn', 'signed-in account is not the Teams sender; signing out and asking again');
      await this.signOut(service, token);
      return outcome({ ok: false, reason: 'signInRequired' });
    }
    return outcome({ ok: true, token }, expiryOf(issued));
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

/** The token service's slot for the sender: channel and Teams user id (the connection is fixed). */
function cacheKey(context: TurnContext): string {
  return `${context.activity.channelId ?? ''}|${context.activity.from?.id ?? ''}`;
}

/** When a token stops working: the earlier of its `exp` claim and the service's expiration. */
function expiryOf(issued: IssuedToken): number | undefined {
  const reported = issued.expiration ? Date.parse(issued.expiration) : Number.NaN;
  const times = [readTokenExpiry(issued.token), Number.isNaN(reported) ? undefined : reported];
  const known = times.filter((time): time is number => time !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}
