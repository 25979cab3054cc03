/** Why no Graph token could be had for the person in this turn. */
export type TokenRefusal =
  /** The Teams user is not a user of the tenant Sharebot works in. */
  | { reason: 'notInTenant' }
  /** The user has to sign in (or consent) first; the source already prompted them if it could. */
  | { reason: 'signInRequired' }
  /** The token service failed; `detail` is for logs only. */
  | { reason: 'unavailable'; detail: string };

export type TokenOutcome = { ok: true; token: string } | ({ ok: false } & TokenRefusal);

/** The person a Graph token is asked for, as plain ids (no chat platform types). */
export interface TokenRequester {
  /** The sender's Entra object id; absent for anonymous guests and other non-Entra senders. */
  userId?: string;
}

/** Gives a delegated Graph token for a person. */
export interface TokenSource {
  /** Returns a token, or says why there is none. Never logs the token. */
  getToken(requester: TokenRequester): Promise<TokenOutcome>;
}
