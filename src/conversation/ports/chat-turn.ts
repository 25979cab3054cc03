import type { TokenRefusal } from '../../auth/token-source';
import type { AdaptiveCard } from '../../cards/adaptive-card';
import type { GraphPort } from '../../graph/port';
import type { MentionInfo } from '../parse/parsed-request';
import type { StoredConversation } from '../share-request';

/** Graph acting as the turn's user, or the reason it cannot. */
export type GraphAccess = { ok: true; port: GraphPort } | ({ ok: false } & TokenRefusal);

/** A member of the current chat, as the Teams roster reports it. */
export interface ChatMember {
  aadObjectId?: string;
  name: string;
  email?: string;
  userPrincipalName?: string;
}

/** The team behind a channel, as Teams describes it (docs/teams-notes.md §T16). */
export interface ChannelTeam {
  /** The team's Microsoft 365 group id, when Teams gave it. */
  groupId?: string;
  /** "standard", "private" or "shared"; absent when Teams did not say. */
  channelType?: string;
}

/** The kind of conversation a turn happens in. */
export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/**
 * What the conversation flows need from the chat platform. The bot layer implements it over
 * botbuilder's TurnContext, so moving to another Teams SDK touches only src/bot and src/server.
 */
export interface ChatTurn {
  /** The person who sent the message or clicked the card. */
  readonly user: {
    aadObjectId?: string;
    name: string;
    /** The sender's id in the chat (a Teams MRI, `29:…`): what a card's `refresh.userIds` lists. */
    chatUserId?: string;
  };
  readonly conversation: { id: string; kind: ConversationKind };
  /** The sender's IANA time zone, when the client sent it. */
  readonly timeZone?: string;
  /** For a card click: the id of the message that holds the card. */
  readonly cardActivityId?: string;
  /** How to post into this conversation again later (kept with a share while it runs). */
  readonly reference: StoredConversation;
  /** Mentions of people other than the bot. */
  readonly mentions: MentionInfo[];
  /** Sends a card into the conversation and returns the new activity's id. */
  sendCard(card: AdaptiveCard): Promise<string | undefined>;
  /** Sends plain text into the conversation. */
  sendText(text: string): Promise<void>;
  /** Shows that Sharebot is working on an answer (a typing indicator); a no-op where it means nothing. */
  showTyping(): Promise<void>;
  /** Lists the chat's members (for "everyone in this chat"). */
  listMembers(): Promise<ChatMember[]>;
  /** Looks up one member by their Teams id (for @mentions). */
  getMember(teamsId: string): Promise<ChatMember | undefined>;
  /** In a team's channel: the team behind it (for "everyone in this team"); undefined elsewhere. */
  channelTeam(): Promise<ChannelTeam | undefined>;
  /**
   * Microsoft Graph acting as the turn's user (delegated), or why it cannot. The typing indicator
   * goes out alongside the port's first call.
   */
  openGraph(): Promise<GraphAccess>;
  /** Replaces the card in an earlier message of this conversation. */
  replaceCard(activityId: string, card: AdaptiveCard): Promise<void>;
  /** Returns a handle that can replace a card later, after this turn has ended. */
  laterUpdater(activityId: string): CardUpdater;
}

/** Replaces a card message after the turn that showed it has ended. */
export type CardUpdater = (card: AdaptiveCard) => Promise<void>;
