import {
  type CloudAdapter,
  type ConversationReference,
  type TeamsChannelAccount,
  type TeamsChannelData,
  TeamsInfo,
  TurnContext,
} from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card';
import type { MentionInfo } from '../conversation/parse/parsed-request';
import type {
  CardUpdater,
  ChannelTeam,
  ChatMember,
  ChatTurn,
  ConversationKind,
  GraphAccess,
} from '../conversation/ports/chat-turn';
import type { StoredConversation } from '../conversation/share-request';
import type { GraphPortFactory } from '../graph/port';
import { toAttachment } from './attachments';
import { turnGraphPort } from './turn-graph-port';
import { type TurnTokens, tokenForTurn } from './turn-tokens';

/** What a TeamsChatTurn needs besides the turn itself. */
export interface ChatTurnServices {
  adapter: CloudAdapter;
  appId: string;
  tokens: TurnTokens;
  graph: GraphPortFactory;
}

/** How a TeamsChatTurn was opened. */
export interface ChatTurnOrigin {
  /** Opened by Sharebot itself (continueConversationAsync), with no message from the user to answer. */
  proactive?: boolean;
}

/** The conversation flows' view of one botbuilder turn in Teams. */
export class TeamsChatTurn implements ChatTurn {
  readonly user: ChatTurn['user'];
  readonly conversation: { id: string; kind: ConversationKind };
  readonly timeZone?: string;
  readonly cardActivityId?: string;
  readonly reference: StoredConversation;
  readonly mentions: MentionInfo[];
  private typingSent = false;

  constructor(
    private readonly context: TurnContext,
    private readonly services: ChatTurnServices,
    private readonly origin: ChatTurnOrigin = {},
  ) {
    const activity = context.activity;
    this.user = {
      aadObjectId: activity.from?.aadObjectId,
      name: activity.from?.name ?? 'you',
      chatUserId: activity.from?.id || undefined,
    };
    this.conversation = {
      id: activity.conversation?.id ?? '',
      kind: conversationKind(activity.conversation?.conversationType),
    };
    this.timeZone = activity.localTimezone || undefined;
    this.cardActivityId = activity.type === 'invoke' ? activity.replyToId : undefined;
    // A plain JSON copy: it is stored with the share so a recovery can post into the chat again.
    this.reference = JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity)));
    this.mentions = otherMentions(context);
  }

  /** Sends a card and returns the new message's id. */
  async sendCard(card: AdaptiveCard): Promise<string | undefined> {
    const response = await this.context.sendActivity({ attachments: [toAttachment(card)] });
    return response?.id;
  }

  /** Sends markdown text. */
  async sendText(text: string): Promise<void> {
    await this.context.sendActivity({ text, textFormat: 'markdown' });
  }

  /**
   * Sends a typing indicator in answer to a message, once per turn: Teams shows it while the bot
   * works on a reply that takes more than a moment
   * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages).
   * A card click gets none: Teams already shows progress on the clicked button.
   */
  async showTyping(): Promise<void> {
    if (this.context.activity.type !== 'message' || this.typingSent) return;
    this.typingSent = true;
    await this.context.sendActivity({ type: 'typing' });
  }

  /** Lists the chat's members through the Teams roster API, page by page. */
  async listMembers(): Promise<ChatMember[]> {
    const members: ChatMember[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await TeamsInfo.getPagedMembers(this.context, 100, continuationToken);
      members.push(...page.members.map(toChatMember));
      continuationToken = page.continuationToken || undefined;
    } while (continuationToken);
    return members;
  }

  /** Looks up one member (for an @mention) through the Teams roster API. */
  async getMember(teamsId: string): Promise<ChatMember | undefined> {
    try {
      return toChatMember(await TeamsInfo.getMember(this.context, teamsId));
    } catch {
      return undefined;
    }
  }

  /**
   * The team behind a channel: a channel message's `channelData.team` has the team's thread id, and
   * its Microsoft 365 group id only sometimes, so the group id comes from the team details call when
   * missing (docs/teams-notes.md §T16). Undefined outside a team's channel.
   */
  async channelTeam(): Promise<ChannelTeam | undefined> {
    if (this.conversation.kind !== 'channel') return undefined;
    const data = this.context.activity.channelData as TeamsChannelData | undefined;
    const teamId = data?.team?.id;
    if (!teamId) return undefined;
    const channelType = data?.channel?.type;
    let groupId = data?.team?.aadGroupId;
    if (!groupId) {
      try {
        groupId = (await TeamsInfo.getTeamDetails(this.context, teamId)).aadGroupId;
      } catch {
        groupId = undefined;
      }
    }
    return { ...(groupId ? { groupId } : {}), ...(channelType ? { channelType } : {}) };
  }

  /**
   * Graph as this turn's user, through the configured token source; prompts sign-in when needed.
   * The typing indicator goes out alongside the first Graph call, and a 401 makes the token source
   * forget the token Graph refused, so the next turn asks the token service again.
   */
  async openGraph(): Promise<GraphAccess> {
    const { tokens, graph } = this.services;
    // A proactive turn only reads the token the token service already holds and never posts a
    // sign-in card: nobody asked for one, and no pending message would go on after the sign-in.
    // The flow posts its own card instead (e.g. Remove now), whose click is a turn of the user
    // that prompts sign-in as usual. A stored token is readable without the user
    // (https://learn.microsoft.com/azure/bot-service/bot-builder-concept-authentication).
    const outcome = this.origin.proactive
      ? await tokens.forTurn(this.context)
      : await tokenForTurn(tokens, this.context);
    if (!outcome.ok) return outcome;
    const token = outcome.token;
    const port = turnGraphPort(
      graph(async () => token),
      {
        alongsideFirstCall: () => this.showTyping(),
        onUnauthenticated: () => tokens.forget?.(this.context),
      },
    );
    return { ok: true, port };
  }

  /** Replaces the card held by an earlier bot message in this conversation. */
  async replaceCard(activityId: string, card: AdaptiveCard): Promise<void> {
    await this.context.updateActivity({ id: activityId, type: 'message', attachments: [toAttachment(card)] });
  }

  /** A function that replaces the card message later, through a proactive turn. */
  laterUpdater(activityId: string): CardUpdater {
    const reference = this.reference as Partial<ConversationReference>;
    const { adapter, appId } = this.services;
    return async (card) => {
      await adapter.continueConversationAsync(appId, reference, async (later) => {
        await new TeamsChatTurn(later, this.services).replaceCard(activityId, card);
      });
    };
  }
}

function conversationKind(type: string | undefined): ConversationKind {
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

function toChatMember(account: TeamsChannelAccount): ChatMember {
  return {
    aadObjectId: account.aadObjectId,
    name: account.name ?? account.givenName ?? 'someone',
    email: account.email ?? undefined,
    userPrincipalName: account.userPrincipalName ?? undefined,
  };
}

/** Mentions of anyone but the bot, as the parser expects them. */
function otherMentions(context: TurnContext): MentionInfo[] {
  const botId = context.activity.recipient?.id;
  return TurnContext.getMentions(context.activity)
    .filter((mention) => mention.mentioned?.id && mention.mentioned.id !== botId)
    .map((mention) => ({
      text: mention.text ?? `<at>${mention.mentioned.name}</at>`,
      teamsId: mention.mentioned.id,
      aadObjectId: (mention.mentioned as { aadObjectId?: string }).aadObjectId,
      name: mention.mentioned.name ?? '',
    }));
}
