import type { TokenRefusal } from '../auth/token-source';
import type { AdaptiveCard } from '../cards/adaptive-card';
import type { GraphPort } from '../graph/port';
import type { Versioned } from '../state/request-store';
import type { ChatTurn } from './ports/chat-turn';
import type { FlowDeps } from './ports/flow-deps';
import type { ShareRequestRecord } from './share-request';

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
  /**
   * Graph acting as the clicker, opened only when the handler asks. When no token can be had it
   * throws `ClickTokenRefused`, and the router answers with the refusal card.
   */
  graph: () => Promise<GraphPort>;
}

/** Thrown by `ActionClick.graph` when Sharebot cannot act in Microsoft 365 for the clicker. */
export class ClickTokenRefused extends Error {
  constructor(readonly refusal: TokenRefusal) {
    super(`no Graph token: ${refusal.reason}`);
  }
}

/** A card action's handler; it receives the request already checked by the router. */
export type ActionHandler = (
  turn: ChatTurn,
  request: Versioned<ShareRequestRecord>,
  click: ActionClick,
  deps: FlowDeps,
) => Promise<ActionReply>;
