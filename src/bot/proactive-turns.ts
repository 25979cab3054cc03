import type { ConversationReference } from 'botbuilder';
import type { ChatTurn } from '../conversation/ports/chat-turn';
import type { ConversationReopener } from '../conversation/ports/conversations';
import type { StoredConversation } from '../conversation/share-request';
import { type ChatTurnServices, TeamsChatTurn } from './teams-chat-turn';

/**
 * Opens a proactive turn from a stored conversation reference. CloudAdapter's
 * continueConversationAsync gives the turn the reference's user as `from` and a token client, so
 * the flows act for the same user as in the original turn
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages);
 * such a turn never prompts sign-in (TeamsChatTurn.openGraph).
 */
export class ProactiveTurns implements ConversationReopener {
  constructor(private readonly services: ChatTurnServices) {}

  /** Runs `work` in a proactive turn of the stored conversation. */
  async reopen(reference: StoredConversation, work: (turn: ChatTurn) => Promise<void>): Promise<void> {
    const { adapter, appId } = this.services;
    await adapter.continueConversationAsync(
      appId,
      reference as Partial<ConversationReference>,
      async (context) => {
        await work(new TeamsChatTurn(context, this.services, { proactive: true }));
      },
    );
  }
}
