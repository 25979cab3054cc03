/** The claims of a Graph access token that say whose token it is. */
export interface TokenOwner {
  /** `tid`: the Entra tenant that issued the token. */
  tenantId?: string;
  /** `oid`: the user's object id in that tenant. */
  objectId?: string;
}

/**
 * Reads `tid` and `oid` from a JWT access token WITHOUT verifying it: the token comes straight from
 * the Bot Framework token service over an authenticated call, and Graph itself verifies it. We only
 * use the claims to refuse a token that belongs to someone else. Microsoft asks clients to treat
 * access tokens as opaque (https://learn.microsoft.com/entra/identity-platform/access-tokens), so a
 * token that is not a readable JWT gives undefined and is not refused for that reason alone.
 */
export function readTokenOwner(token: string): TokenOwner | undefined {
  const record = readClaims(token);
  if (!record) return undefined;
  return {
    tenantId: typeof record.tid === 'string' ? record.tid : undefined,
    objectId: typeof record.oid === 'string' ? record.oid : undefined,
  };
}

/**
 * The `exp` claim of a JWT access token as a time in ms, read WITHOUT verifying it (only to know
 * how long a cached token may be used); undefined for opaque tokens or tokens without `exp`.
 */
export function readTokenExpiry(token: string): number | undefined {
  const claims = readClaims(token);
  return typeof claims?.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp * 1000 : undefined;
}

/** The payload of a JWT as a record; undefined when the token is not a readable JWT. */
function readClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
}
