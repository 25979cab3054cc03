import { randomUUID } from 'node:crypto';
import type {
  Activity,
  SignInUrlResponse,
  TokenExchangeRequest,
  TokenResponse,
  TokenStatus,
} from 'botbuilder';
import { UserTokenClient } from 'botframework-connector';

/** One user's slot in the token service: the OAuth connection, the channel and the channel's user id. */
interface Slot {
  connectionName: string;
  channelId: string;
  userId: string;
}

function slotKey(slot: Slot): string {
  return `${slot.connectionName}|${slot.channelId}|${slot.userId.toLowerCase()}`;
}

/**
 * Stands in for the Bot Framework token service (the only fake at the token seam): it stores a
 * token per user and connection, exchanges known Teams SSO tokens (and stores the result, as the
 * real service does), redeems sign-in codes once, signs users out, and can be told to fail.
 */
export class FakeUserTokenClient extends UserTokenClient {
  private readonly tokens = new Map<string, string>();
  private readonly exchangeable = new Map<string, string>();
  private readonly codes = new Map<string, string>();
  /** When set, every call throws it (an outage of the token service). */
  failure?: Error;
  /** When set, getUserToken answers only once it settles (a slow token service). */
  hold?: Promise<void>;
  /** Calls made, by method name, in order. */
  readonly calls: string[] = [];

  constructor(private readonly appId = '00000000-0000-0000-0000-0000000000b0') {
    super();
  }

  /** Stores a signed-in user's token. */
  addToken(slot: Slot, token: string): void {
    this.tokens.set(slotKey(slot), token);
  }

  /** Makes a Teams SSO token exchangeable for `token`. */
  addExchangeable(slot: Slot, ssoToken: string, token: string): void {
    this.exchangeable.set(`${slotKey(slot)}|${ssoToken}`, token);
  }

  /** A sign-in code that, once redeemed, stores `token`. */
  addMagicCode(slot: Slot, code: string, token: string): void {
    this.codes.set(`${slotKey(slot)}|${code}`, token);
  }

  /** The token stored for a user, if any. */
  storedToken(slot: Slot): string | undefined {
    return this.tokens.get(slotKey(slot));
  }

  async getUserToken(
    userId: string,
    connectionName: string,
    channelId: string,
    magicCode: string,
  ): Promise<TokenResponse> {
    this.record('getUserToken');
    await this.hold;
    const key = slotKey({ userId, connectionName, channelId });
    if (magicCode) {
      const redeemed = this.codes.get(`${key}|${magicCode}`);
      if (redeemed !== undefined) {
        this.codes.delete(`${key}|${magicCode}`);
        this.tokens.set(key, redeemed);
      }
    }
    const token = this.tokens.get(key);
    // The real client answers "no token" with null (HTTP 404 from the service).
    return (
      token === undefined ? null : { connectionName, channelId, token, expiration: inAnHour() }
    ) as TokenResponse;
  }

  async getSignInResource(connectionName: string, activity: Activity): Promise<SignInUrlResponse> {
    this.record('getSignInResource');
    const state = Buffer.from(
      JSON.stringify({ connectionName, conversation: activity.conversation?.id }),
    ).toString('base64url');
    return {
      signInLink: `https://token.botframework.com/api/oauth/signin?signin=${state}`,
      tokenExchangeResource: { id: randomUUID(), uri: `api://botid-${this.appId}`, providerId: 'aad' },
      tokenPostResource: { sasUrl: `https://token.botframework.com/api/oauth/post?state=${state}` },
    };
  }

  async signOutUser(userId: string, connectionName: string, channelId: string): Promise<void> {
    this.record('signOutUser');
    this.tokens.delete(slotKey({ userId, connectionName, channelId }));
  }

  async getTokenStatus(userId: string, channelId: string): Promise<TokenStatus[]> {
    this.record('getTokenStatus');
    return [...this.tokens.keys()]
      .filter((key) => key.endsWith(`|${channelId}|${userId.toLowerCase()}`))
      .map((key) => ({ connectionName: key.split('|')[0], hasToken: true }) as TokenStatus);
  }

  async getAadTokens(): Promise<Record<string, TokenResponse>> {
    this.record('getAadTokens');
    throw new Error('getAadTokens belongs to the legacy AAD v1 flow, which Sharebot does not use');
  }

  async exchangeToken(
    userId: string,
    connectionName: string,
    channelId: string,
    exchangeRequest: TokenExchangeRequest,
  ): Promise<TokenResponse> {
    this.record('exchangeToken');
    const key = slotKey({ userId, connectionName, channelId });
    const token = this.exchangeable.get(`${key}|${exchangeRequest.token}`);
    if (token === undefined) {
      // The service answers a token it cannot exchange with an error (consent missing, wrong audience).
      throw Object.assign(new Error('Token exchange failed: invalid_grant'), { statusCode: 400 });
    }
    this.tokens.set(key, token);
    return { connectionName, channelId, token, expiration: inAnHour() };
  }

  private record(call: string): void {
    this.calls.push(call);
    if (this.failure) throw this.failure;
  }
}

function inAnHour(): string {
  return new Date(Date.now() + 3600_000).toISOString();
}
