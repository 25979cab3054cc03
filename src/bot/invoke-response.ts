import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { ActionReply } from '../conversation/action-reply';

/** Invoke response content type for a card that replaces the clicked one (Universal Actions). */
const cardResponseType = 'application/vnd.microsoft.card.adaptive';
/** Invoke response content type for a short message shown only to the clicker. */
const messageResponseType = 'application/vnd.microsoft.activity.message';

/** A click's reply as the body of an `adaptiveCard/action` invoke response (docs/teams-notes.md §T3). */
export function toInvokeResponse(reply: ActionReply): AdaptiveCardInvokeResponse {
  if ('card' in reply) return { statusCode: 200, type: cardResponseType, value: reply.card as never };
  return { statusCode: 200, type: messageResponseType, value: reply.refusal as never };
}
