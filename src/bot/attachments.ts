import { type Attachment, CardFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card';

/** Wraps a card as a botbuilder attachment ready for `sendActivity` or an invoke response. */
export function toAttachment(card: AdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}
