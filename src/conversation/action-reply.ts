import type { AdaptiveCard } from '../cards/adaptive-card';

/**
 * What a card click answers: a card that replaces the clicked one, or a short refusal shown
 * only to the person who clicked, leaving the card as it is.
 */
export type ActionReply = { card: AdaptiveCard } | { refusal: string };

/** Values of the confirmation card's inputs as they arrive with the click. */
export type ActionInputs = Record<string, unknown>;

/** What a click brings besides its request: the pick card's choice and the card's input values. */
export interface ActionClick {
  choice?: string;
  inputs: ActionInputs;
}
