import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { bearerToken } from './local-tab-caller';
import type { IdentifyTabCaller, TabCaller } from './tab-caller';
import { UserTokenCache } from './user-token-cache';

/** What the tab needs to check Teams SSO tokens and exchange them for Graph tokens (Graph mode). */
export interface TeamsTabSsoOptions {
  /** The bot's Entra app id: the tab's SSO tokens are issued to it. */
  appId: string;
  /** Its client secret, for the on-behalf-of exchange. A secret: never logged. */
  appPassword: string;
  /** The tenant of a single-tenant app; undefined accepts any tenant (multi-tenant). */
  tenantId?: string;
  /** The bot's public host name, part of the app ID URI `api://{domain}/botid-{appId}`. */
  botDomain?: string;
  /** Where Entra ID answers; https://login.microsoftonline.com unless a test serves it on loopback. */
  loginOrigin?: string;
  fetchImpl?: typeof fetch;
  /** The clock in ms, for the Graph token cache. */
  now?: () => number;
}

/**
 * Graph mode: the tab sends the Teams SSO token from `authentication.getAuthToken`
 * (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-code).
 * It is verified here (signature against the tenant's published keys, issuer, audience, expiry,
 * the `access_as_user` scope), then exchanged on behalf of the user for a Graph token
 * (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow), kept per user
 * until shortly before it expires. Neither token is ever logged.
 */
export function teamsTabCaller(options: TeamsTabSsoOptions): IdentifyTabCaller {
  const loginOrigin = (options.loginOrigin ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
  const keys = createRemoteJWKSet(
    new URL(`${loginOrigin}/${options.tenantId ?? 'common'}/discovery/v2.0/keys`),
  );
  const audiences = [
    options.appId,
    `api://botid-${options.appId}`,
    ...(options.botDomain ? [`api://${options.botDomain}/botid-${options.appId}`] : []),
  ];
  const fetchImpl = options.fetchImpl ?? globalThis.fetch;
  const graphTokens = new UserTokenCache<string>({ now: options.now });
  return async (authorization): Promise<TabCaller> => {
    const token = bearerToken(authorization);
    if (!token) return { ok: false, reason: 'signInRequired' };
    const claims = await verifiedClaims(token).catch(() => undefined);
    if (!claims) return { ok: false, reason: 'signInRequired' };
    try {
      const graphToken = await graphTokens.get(`${claims.tid}/${claims.oid}`, () =>
        exchangeOnBehalfOf(token, claims.tid),
      );
      return { ok: true, graphToken, userId: claims.oid, name: claims.name, outsideTeams: false };
    } catch (error) {
      return { ok: false, reason: error instanceof ConsentNeededError ? 'signInRequired' : 'unavailable' };
    }
  };

  async function verifiedClaims(
    token: string,
  ): Promise<{ oid: string; tid: string; name: string } | undefined> {
    const { payload } = await jwtVerify(token, keys, { audience: audiences, clockTolerance: 60 });
    const tid = stringClaim(payload, 'tid');
    const oid = stringClaim(payload, 'oid');
    if (!tid || !oid) return undefined;
    if (options.tenantId && tid !== options.tenantId) return undefined;
    // v2.0 and v1.0 tokens name their issuer differently; both must be this token's own tenant.
    const issuers = [`${loginOrigin}/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
    if (!issuers.includes(String(payload.iss))) return undefined;
    const scopes = (stringClaim(payload, 'scp') ?? '').split(' ');
    if (!scopes.includes('access_as_user')) return undefined;
    return { oid, tid, name: stringClaim(payload, 'name') ?? '' };
  }

  async function exchangeOnBehalfOf(assertion: string, tenantId: string) {
    const response = await fetchImpl(`${loginOrigin}/${tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        client_id: options.appId,
        client_secret: options.appPassword,
        assertion,
        scope: 'https://graph.microsoft.com/.default',
        requested_token_use: 'on_behalf_of',
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok || typeof body.access_token !== 'string') {
      // invalid_grant / interaction_required: the user has not consented (AADSTS65001) or must sign in again.
      if (body.error === 'invalid_grant' || body.error === 'interaction_required')
        throw new ConsentNeededError();
      throw new Error(`token endpoint answered ${response.status}`);
    }
    const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in);
    const now = (options.now ?? Date.now)();
    return {
      value: body.access_token,
      keepUntil: Number.isFinite(expiresIn) ? now + expiresIn * 1000 : undefined,
    };
  }
}

/** The exchange was refused because the user must consent or sign in again. */
class ConsentNeededError extends Error {}

function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
