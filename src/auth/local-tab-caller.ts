import type { IdentifyTabCaller } from './tab-caller';
import type { TokenSource } from './token-source';

/**
 * Sandbox mode: a plain browser outside Teams acts as LOCAL_USER (an id or user principal name of
 * the tenant file), with a sandbox token for them. A call that brings its own bearer token acts as
 * that token's user instead (the sandbox checks it on every Graph call), which is how a second
 * person is tried in tests: they see and change only their own shares.
 */
export function localTabCaller(tokens: TokenSource, localUser: string): IdentifyTabCaller {
  return async (authorization) => {
    const bearer = bearerToken(authorization);
    if (bearer !== undefined) {
      return bearer
        ? { ok: true, graphToken: bearer, outsideTeams: true }
        : { ok: false, reason: 'signInRequired' };
    }
    const outcome = await tokens.getToken({ userId: localUser });
    if (outcome.ok) return { ok: true, graphToken: outcome.token, outsideTeams: true };
    return { ok: false, reason: outcome.reason === 'unavailable' ? 'unavailable' : 'signInRequired' };
  };
}

/** The token of a `Bearer` Authorization header; '' for any other header; undefined when there is none. */
export function bearerToken(authorization: string | undefined): string | undefined {
  if (authorization === undefined || authorization === '') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match?.[1] ?? '';
}
