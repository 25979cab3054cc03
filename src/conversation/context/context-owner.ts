import type { ContextOwner } from '../../state/context-store';
import type { ChatTurn } from '../ports/chat-turn';

/**
 * Whose context a turn reads: the person in this conversation. In a channel Teams puts the thread's
 * root message id in the conversation id (";messageid=…", docs/teams-notes.md §T17), so each
 * thread has its own context and a reply in the thread of a share finds that share.
 */
export function contextOwner(turn: ChatTurn): ContextOwner {
  return {
    conversationId: turn.conversation.id,
    aadObjectId: turn.user.aadObjectId,
    fallbackId: turn.user.name,
  };
}
