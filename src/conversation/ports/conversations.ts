import type { StoredConversation } from '../share-request';
import type { ChatTurn } from './chat-turn';

/**
 * Reaches a conversation again outside any incoming message or click (a proactive turn), as the
 * user the stored reference names: how the recovery finishes a share and updates its card.
 */
export interface ConversationReopener {
  reopen(reference: StoredConversation, work: (turn: ChatTurn) => Promise<void>): Promise<void>;
}
