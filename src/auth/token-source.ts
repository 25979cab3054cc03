import type { TurnContext } from 'botbuilder';

/** Why no Graph token could be had for the person in this turn. */
export type TokenRefusal =
  /** The Teams user is not a user of the tenant Sharebot works in. */
  | { reason: 'notInTenant' }
  /** The user has to sign in (or consent) first; the source already prompted them if it could. */
  | { reason: 'signInRequired' }
  /** The token service failed; `detail` is for logs only. */
  | { reason: 'unavailable'; detail: string };

export type TokenOutcome = { ok: true; token: string } | ({ ok: false } & TokenRefusal);

/** Gives a delegated Graph token for the person who sent the turn's activity. */
export interface TokenSource {
  /** Returns a token, or says why there is none. Never logs the token. */
  getToken(context: TurnContext): Promise<TokenOutcome>;
}
