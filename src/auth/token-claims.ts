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
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null) return undefined;
  const record = claims as Record<string, unknown>;
  return {
    tenantId: typeof record.tid === 'string' ? record.tid : undefined,
    objectId: typeof record.oid === 'string' ? record.oid : undefined,
  };
}
