import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type SigninStateVerificationQuery,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { helpCard } from '../cards/help-card';
import type { ActionReply } from '../conversation/action-reply';
import type { FlowDeps } from '../conversation/ports/flow-deps';
import { routeAction } from './action-router';
import { toAttachment } from './attachments';
import { routeMessage } from './message-router';
import type { TeamsSignIn } from './sso/teams-sign-in';
import { type ChatTurnServices, TeamsChatTurn } from './teams-chat-turn';

/** Invoke response content type for a card that replaces the clicked one (Universal Actions). */
const cardResponseType = 'application/vnd.microsoft.card.adaptive';
/** Invoke response content type for a short message shown only to the clicker. */
const messageResponseType = 'application/vnd.microsoft.activity.message';

/** Sharebot's Teams activity handler: messages go to the intent router, card clicks to the verb router. */
export class Sharebot extends TeamsActivityHandler {
  constructor(
    private readonly services: ChatTurnServices,
    private readonly deps: FlowDeps,
    /** Completes Teams sign-in (graph mode); without it sign-in invokes get 501, as before. */
    private readonly signIn?: TeamsSignIn,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const conversationType = context.activity.conversation?.conversationType;
      const botJoined = context.activity.membersAdded?.some((member) => member.id === botId);
      if (botJoined || conversationType === 'personal') {
        await context.sendActivity({ attachments: [toAttachment(helpCard())] });
      }
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const turn = new TeamsChatTurn(context, this.services);
    const text = messageText(context);
    if (!text) {
      // Action.Submit from an old card, or an attachment with no words: explain what to write.
      await turn.sendCard(helpCard());
      return;
    }
    await routeMessage(turn, text, this.deps);
  }

  /** Action.Execute clicks arrive as `adaptiveCard/action` invokes (docs/teams-notes.md §T3). */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const turn = new TeamsChatTurn(context, this.services);
    const action = invokeValue.action ?? { verb: undefined, data: {} };
    const data = (action.data ?? {}) as Record<string, unknown>;
    const reply = await routeAction(turn, action.verb ?? (data.verb as string | undefined), data, this.deps);
    return toInvokeResponse(reply);
  }

  /** Silent SSO: Teams sends the user's token after the sign-in card (src/bot/sso/teams-sign-in.ts). */
  protected override async handleTeamsSigninTokenExchange(
    context: TurnContext,
    query: SigninStateVerificationQuery,
  ): Promise<void> {
    if (!this.signIn) return super.handleTeamsSigninTokenExchange(context, query);
    await this.signIn.completeTokenExchange(context);
  }

  /** The sign-in button's pop-up closed: Teams sends the code to redeem. */
  protected override async handleTeamsSigninVerifyState(
    context: TurnContext,
    query: SigninStateVerificationQuery,
  ): Promise<void> {
    if (!this.signIn) return super.handleTeamsSigninVerifyState(context, query);
    await this.signIn.completeVerifyState(context);
  }
}

function toInvokeResponse(reply: ActionReply): AdaptiveCardInvokeResponse {
  if ('card' in reply) return { statusCode: 200, type: cardResponseType, value: reply.card as never };
  return { statusCode: 200, type: messageResponseType, value: reply.refusal as never };
}

/** The message's words without the bot's own @mention and without HTML spacing Teams adds. */
function messageText(context: TurnContext): string {
  const stripped = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
  return stripped
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
