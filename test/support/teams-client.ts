import {
  assertAnswerCardParses,
  assertSentCardsParse,
  type CardMessage,
  type InvokeAnswer,
} from './card-messages';
import { findExecute } from './card-queries';
import type { FakeMember, FakeTeamsChannel, SentActivity } from './fake-teams-channel';
import {
  type Participant,
  personalChat,
  type TestConversation,
  type TestTeam,
  teamsIdOf,
} from './teams-people';

const bot = { id: '28:sharebot-test', name: 'Sharebot' };

/** The bot's /api/messages answered with a status the Teams service would not accept. */
export class BotAnswerError extends Error {
  constructor(
    readonly status: number,
    what: string,
    body: string,
  ) {
    super(`${what} answered ${status}: ${body}`);
    this.name = 'BotAnswerError';
  }
}

/**
 * The Teams side of a test conversation: posts Bot Framework activities (messages, card clicks) to
 * the bot's `/api/messages` the way Teams does, and reads the replies the fake channel captured.
 */
export class TeamsClient {
  /** `botUrl` is the bot's origin; `channel` is the fake connector its replies go to. */
  constructor(
    private readonly botUrl: string,
    readonly channel: FakeTeamsChannel,
  ) {}

  /** Sets the roster the Teams member lookup returns for a conversation. */
  setMembers(conversation: TestConversation, members: Participant[]): void {
    this.channel.setMembers(
      conversation.id,
      members.map<FakeMember>((m) => ({
        id: teamsIdOf(m),
        aadObjectId: m.aadObjectId,
        name: m.name,
        email: m.email,
      })),
    );
  }

  /**
   * Sends a message as `from` and returns what the bot sent during that turn. In group chats and
   * channels the bot is @mentioned first, as Teams requires; `mentions` adds @mentions of people
   * written as `@Name` in the text.
   */
  async say(
    text: string,
    options: {
      from: Participant;
      conversation?: TestConversation;
      mentions?: Participant[];
      timeZone?: string;
      /** The activity's id; a random one when left out. */
      activityId?: string;
    },
  ): Promise<SentActivity[]> {
    const conversation = options.conversation ?? personalChat(options.from);
    const entities: unknown[] = [];
    let body = text;
    for (const person of options.mentions ?? []) {
      const tag = `<at>${person.name}</at>`;
      body = body.replace(`@${person.name}`, tag);
      entities.push({ type: 'mention', text: tag, mentioned: { id: teamsIdOf(person), name: person.name } });
    }
    if (conversation.type !== 'personal') {
      const tag = `<at>${bot.name}</at>`;
      body = `${tag} ${body}`;
      entities.push({ type: 'mention', text: tag, mentioned: bot });
    }
    const before = this.channel.sent.length;
    const response = await this.post({
      type: 'message',
      text: body,
      entities,
      ...this.envelope(options.from, conversation),
      ...(options.activityId ? { id: options.activityId } : {}),
      localTimezone: options.timeZone ?? 'Europe/Madrid',
    });
    if (response.status !== 200 && response.status !== 201) {
      throw new BotAnswerError(response.status, 'bot', await response.text());
    }
    const sent = this.channel.sent.slice(before);
    for (const activity of sent) assertSentCardsParse(activity);
    return sent;
  }

  /**
   * Clicks an Action.Execute button with the given verb on a card message, as `from`, with input
   * values as Teams sends them (merged into the action's data). Returns the invoke answer.
   */
  async click(
    message: CardMessage,
    verb: string,
    options: {
      from: Participant;
      inputs?: Record<string, string>;
      choice?: string;
      data?: Record<string, unknown>;
    },
  ): Promise<InvokeAnswer> {
    const action = findExecute(message.card, verb, options.choice);
    if (!action)
      throw new Error(
        `no Action.Execute "${verb}"${options.choice ? ` choice ${options.choice}` : ''} on the card`,
      );
    return await this.invoke(
      message,
      verb,
      { ...(action.data as object), ...options.inputs, ...options.data },
      options.from,
    );
  }

  /** Sends an `adaptiveCard/action` invoke as `from` with exactly the given data (for forged or stale clicks). */
  async invoke(
    message: CardMessage,
    verb: string,
    data: Record<string, unknown>,
    from: Participant,
  ): Promise<InvokeAnswer> {
    const response = await this.post({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: message.activityId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      ...this.envelope(from, message.conversation),
    });
    const text = await response.text();
    if (response.status !== 200) throw new BotAnswerError(response.status, 'invoke', text);
    const answer = JSON.parse(text) as InvokeAnswer;
    assertAnswerCardParses(answer);
    return answer;
  }

  private envelope(from: Participant, conversation: TestConversation) {
    const team = conversation.team;
    if (team?.detailsGroupId) this.channel.setTeam(team.id, { aadGroupId: team.detailsGroupId });
    return {
      id: `in-${Math.random().toString(36).slice(2)}`,
      channelId: 'msteams',
      serviceUrl: this.channel.url,
      timestamp: new Date().toISOString(),
      from: { id: teamsIdOf(from), name: from.name, aadObjectId: from.aadObjectId },
      recipient: bot,
      conversation: { id: conversation.id, conversationType: conversation.type, tenantId: 'test-tenant' },
      ...(conversation.team ? { channelData: channelDataOf(conversation.team, conversation.id) } : {}),
    };
  }

  private async post(activity: Record<string, unknown>): Promise<Response> {
    return await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  }
}

/** A channel message's `channelData`, as Teams sends it (docs/teams-notes.md §T16). */
function channelDataOf(team: TestTeam, conversationId: string) {
  return {
    tenant: { id: 'test-tenant' },
    team: { id: team.id, ...(team.aadGroupId ? { aadGroupId: team.aadGroupId } : {}) },
    channel: { id: conversationId.split(';')[0], ...(team.channelType ? { type: team.channelType } : {}) },
  };
}
