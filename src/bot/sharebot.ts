import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type SigninStateVerificationQuery,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { helpCard } from '../cards/help-card';
import type { FlowDeps } from '../conversation/ports/flow-deps';
import { unknownButtonRefusal } from '../wording/clicks';
import { routeAction } from './action-router';
import { toAttachment } from './attachments';
import { toInvokeResponse } from './invoke-response';
import { routeMessage } from './message-router';
import type { TeamsSignIn } from './sso/teams-sign-in';
import { type ChatTurnServices, TeamsChatTurn } from './teams-chat-turn';

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

  /**
   * A card click whose value is not `{ action: { type: 'Action.Execute', … } }` would make
   * botbuilder throw a TypeError (no `action`) or answer 400 with the action type it was sent;
   * Teams never sends one, so it gets the unknown-button refusal like any other unusable click
   * (docs/teams-notes.md §T15).
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action' && !isExecuteAction(context.activity.value)) {
      return { status: 200, body: toInvokeResponse({ refusal: unknownButtonRefusal }) };
    }
    return await super.onInvokeActivity(context);
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

function isExecuteAction(value: unknown): boolean {
  const action = (value as { action?: unknown } | null | undefined)?.action;
  return (
    typeof action === 'object' && action !== null && (action as { type?: unknown }).type === 'Action.Execute'
  );
}

/** The message's words without the bot's own @mention and without HTML spacing Teams adds. */
function messageText(context: TurnContext): string {
  // removeRecipientMention edits `text` in place and throws on a message that has a mention but no text.
  if (!context.activity.text) return '';
  const stripped = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text;
  return stripped
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
