import type { TurnContext } from 'botbuilder';
import type { TokenOutcome, TokenSource } from '../auth/token-source';

/** How the bot gets a Graph token for the sender of one botbuilder turn. */
export interface TurnTokens {
  /** The sender's token, or why there is none; sends nothing into the conversation. */
  forTurn(context: TurnContext): Promise<TokenOutcome>;
  /** Shows the sender how to sign in after `signInRequired`; answers the refusal that then holds. */
  promptSignIn?(context: TurnContext): Promise<TokenOutcome>;
  /** Drops whatever the source keeps for the sender (a cached token), e.g. after Graph refused it. */
  forget?(context: TurnContext): void;
}

/** A plain token source (the sandbox), asked with the turn sender's Entra object id. */
export function plainTurnTokens(source: TokenSource): TurnTokens {
  return { forTurn: (context) => source.getToken({ userId: context.activity.from?.aadObjectId }) };
}

/** The sender's token for this turn; on `signInRequired` the source's sign-in prompt is shown. */
export async function tokenForTurn(tokens: TurnTokens, context: TurnContext): Promise<TokenOutcome> {
  const outcome = await tokens.forTurn(context);
  if (outcome.ok || outcome.reason !== 'signInRequired' || !tokens.promptSignIn) return outcome;
  return tokens.promptSignIn(context);
}
