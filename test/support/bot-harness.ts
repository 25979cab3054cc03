import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { type RunningSharebot, type SharebotOverrides, startSharebot } from '../../src/start-sharebot';
import { assertCardParses } from '../cards/helpers/parse-card';
import { type FakeMember, FakeTeamsChannel, type SentActivity } from './fake-teams-channel';

/** A Teams user taking part in a test conversation. */
export interface Participant {
  aadObjectId: string;
  name: string;
  /** The Teams id ("29:..."); derived from the object id when absent. */
  teamsId?: string;
  email?: string;
}

/** Where a message is said. */
export interface TestConversation {
  id: string;
  type: 'personal' | 'groupChat' | 'channel';
}

/** The JSON of an Adaptive Card as the bot sent it. */
export type CardJson = {
  version?: string;
  body?: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
};

/** What an Action.Execute click returned. */
export interface InvokeAnswer {
  statusCode: number;
  type: string;
  value: unknown;
}

const bot = { id: '28:sharebot-test', name: 'Sharebot' };

/** Teams id for a participant. */
export function teamsIdOf(person: Participant): string {
  return person.teamsId ?? `29:${person.aadObjectId}`;
}

/**
 * Runs the real Sharebot (restify + CloudAdapter, local mode) on a fresh sandbox tenant, and talks
 * to it the way Teams does: Bot Framework activities over HTTP, replies captured by a fake
 * connector. Each harness has its own ports and its own sandbox state folder.
 */
export class BotHarness {
  private constructor(
    readonly app: RunningSharebot,
    readonly channel: FakeTeamsChannel,
    private readonly stateDir: string,
  ) {}

  /** Starts the sandbox (with the given tenant file, default the demo tenant), the bot and the fake channel. */
  static async start(
    options: { tenantFile?: string; env?: Record<string, string>; overrides?: SharebotOverrides } = {},
  ): Promise<BotHarness> {
    const stateDir = await mkdtemp(path.join(tmpdir(), 'sharebot-test-'));
    const channel = new FakeTeamsChannel();
    await channel.start();
    const config = loadConfig({
      PORT: '0',
      SANDBOX_PORT: '0',
      SANDBOX_STATE_DIR: stateDir,
      ...(options.tenantFile ? { SANDBOX_TENANT_FILE: options.tenantFile } : {}),
      PLAYGROUND: 'off',
      ...options.env,
    });
    const quiet: SharebotOverrides['log'] = (level, message, detail) => {
      if (level === 'error') console.error(`[sharebot:test] ${message}`, detail ?? '');
    };
    const app = await startSharebot(config, {
      log: quiet,
      graph: { retry: { maxRetries: 1, maxDelaySeconds: 0.05 } },
      ...options.overrides,
    });
    return new BotHarness(app, channel, stateDir);
  }

  /** The sandbox origin. */
  get sandboxUrl(): string {
    return this.app.sandboxUrl ?? '';
  }

  /** Stops everything and removes the sandbox state. */
  async close(): Promise<void> {
    await this.app.close();
    await this.channel.stop();
    await rm(this.stateDir, { recursive: true, force: true });
  }

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
      localTimezone: options.timeZone ?? 'Europe/Madrid',
    });
    if (response.status !== 200 && response.status !== 201) {
      throw new Error(`bot answered ${response.status}: ${await response.text()}`);
    }
    const sent = this.channel.sent.slice(before);
    for (const activity of sent) checkCards(activity);
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
    if (response.status !== 200) throw new Error(`invoke answered ${response.status}: ${text}`);
    const answer = JSON.parse(text) as InvokeAnswer;
    if (answer.type === 'application/vnd.microsoft.card.adaptive') assertCardParses(answer.value);
    return answer;
  }

  /** Reloads the sandbox tenant file, forgetting every change (a fresh tenant for the next case). */
  async resetTenant(): Promise<void> {
    const response = await fetch(`${this.sandboxUrl}/_sandbox/reset`, { method: 'POST' });
    if (!response.ok) throw new Error(`reset: ${response.status}`);
  }

  /** Reads an item's permissions from the sandbox as a given user (the owner sees all). */
  async permissionsAs(userId: string, driveId: string, itemId: string): Promise<SandboxPermission[]> {
    const token = await this.tokenFor(userId);
    const response = await fetch(`${this.sandboxUrl}/v1.0/drives/${driveId}/items/${itemId}/permissions`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`permissions: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { value: SandboxPermission[] }).value;
  }

  /** Finds an item by path in a drive (default: the user's own), through the sandbox as that user. */
  async itemByPath(
    userId: string,
    drivePath: string,
    driveId?: string,
  ): Promise<{ id: string; driveId: string; webUrl: string }> {
    const token = await this.tokenFor(userId);
    const encoded = drivePath.split('/').map(encodeURIComponent).join('/');
    const drive = driveId ? `drives/${driveId}` : 'me/drive';
    const response = await fetch(`${this.sandboxUrl}/v1.0/${drive}/root:${encoded}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`item ${drivePath}: ${response.status} ${await response.text()}`);
    const item = (await response.json()) as {
      id: string;
      webUrl: string;
      parentReference: { driveId: string };
    };
    return { id: item.id, driveId: item.parentReference.driveId, webUrl: item.webUrl };
  }

  /** The Graph requests the sandbox served since the log was last cleared. */
  async graphRequests(): Promise<{ method: string; path: string; status: number; batchId?: string }[]> {
    const response = await fetch(`${this.sandboxUrl}/_sandbox/requests`);
    const body = (await response.json()) as { value?: unknown[] } | unknown[];
    return (Array.isArray(body) ? body : (body.value ?? [])) as {
      method: string;
      path: string;
      status: number;
      batchId?: string;
    }[];
  }

  /** Clears the sandbox's request log. */
  async clearGraphRequests(): Promise<void> {
    await fetch(`${this.sandboxUrl}/_sandbox/requests`, { method: 'DELETE' });
  }

  private async tokenFor(userId: string): Promise<string> {
    const response = await fetch(`${this.sandboxUrl}/_sandbox/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: userId }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  }

  private envelope(from: Participant, conversation: TestConversation) {
    return {
      id: `in-${Math.random().toString(36).slice(2)}`,
      channelId: 'msteams',
      serviceUrl: this.channel.url,
      timestamp: new Date().toISOString(),
      from: { id: teamsIdOf(from), name: from.name, aadObjectId: from.aadObjectId },
      recipient: bot,
      conversation: { id: conversation.id, conversationType: conversation.type, tenantId: 'test-tenant' },
    };
  }

  private async post(activity: Record<string, unknown>): Promise<Response> {
    return await fetch(`${this.app.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  }
}

/** A permission as the sandbox lists it. */
export interface SandboxPermission {
  id: string;
  roles: string[];
  grantedToV2?: { user?: { id?: string; displayName?: string; email?: string }; group?: { id?: string } };
  grantedTo?: { user?: { id?: string; email?: string } };
  invitation?: { email?: string };
  link?: { webUrl?: string };
}

/** A card as it stands in a conversation: the message holding it and its current content. */
export interface CardMessage {
  activityId?: string;
  conversation: TestConversation;
  card: CardJson;
}

/** The card message the bot sent in an activity. */
export function cardMessage(sent: SentActivity, conversation: TestConversation): CardMessage {
  return { activityId: sent.activityId, conversation, card: cardOf(sent) };
}

/** The same message after a click replaced its card. */
export function replaced(message: CardMessage, answer: InvokeAnswer): CardMessage {
  return { ...message, card: cardOf(answer) };
}

/** Every card the bot sends must parse without errors or warnings in the Adaptive Cards library. */
function checkCards(activity: SentActivity): void {
  for (const attachment of activity.body.attachments ?? []) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive')
      assertCardParses(attachment.content);
  }
}

/** The personal chat between a user and the bot. */
export function personalChat(person: Participant): TestConversation {
  return { id: `a:personal-${person.aadObjectId}`, type: 'personal' };
}

/** The Adaptive Card in a sent activity (throws when there is none). */
export function cardOf(sent: SentActivity | InvokeAnswer): CardJson {
  if ('body' in sent && sent.body && typeof sent.body === 'object' && 'attachments' in sent.body) {
    const attachment = sent.body.attachments?.find(
      (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
    );
    if (!attachment) throw new Error(`no card in: ${JSON.stringify(sent.body).slice(0, 300)}`);
    return attachment.content as CardJson;
  }
  const answer = sent as InvokeAnswer;
  if (answer.type !== 'application/vnd.microsoft.card.adaptive')
    throw new Error(`invoke answered ${answer.type}: ${String(answer.value)}`);
  return answer.value as CardJson;
}

/** All the text of the card a message holds now. */
export function cardText(message: CardMessage): string {
  return textOf({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: message.card });
}

/** All the text of a card or message, for assertions. */
export function textOf(sent: SentActivity | InvokeAnswer): string {
  if ('body' in sent && typeof sent.body?.text === 'string' && !sent.body.attachments) return sent.body.text;
  if ('type' in sent && sent.type === 'application/vnd.microsoft.activity.message') return String(sent.value);
  const texts: string[] = [];
  collectText(cardOf(sent), texts);
  return texts.join('\n');
}

function collectText(node: unknown, texts: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collectText(child, texts);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'label', 'value', 'placeholder']) {
      if (typeof record[key] === 'string') texts.push(record[key] as string);
    }
    for (const value of Object.values(record)) if (typeof value === 'object') collectText(value, texts);
  }
}

/** The `choice` of the pick-card entry whose text shows `needle` (or "none"). */
export function choiceShowing(card: CardJson, needle: string): string {
  if (needle === 'none') return 'none';
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'Container') {
      const texts: string[] = [];
      collectText(record.items, texts);
      let choice: string | undefined;
      const findChoice = (inner: unknown): void => {
        if (Array.isArray(inner)) for (const child of inner) findChoice(child);
        else if (inner && typeof inner === 'object') {
          const r = inner as Record<string, unknown>;
          const data = r.data as Record<string, unknown> | undefined;
          if (r.type === 'Action.Execute' && typeof data?.choice === 'string') choice = data.choice;
          for (const value of Object.values(r)) findChoice(value);
        }
      };
      findChoice(record.items);
      if (choice && texts.join(' ').includes(needle)) found.push(choice);
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit(card);
  const unique = [...new Set(found)];
  if (unique.length !== 1) throw new Error(`expected one choice showing "${needle}", found ${unique.length}`);
  return unique[0];
}

/** Finds an Action.Execute by verb (and choice) anywhere in a card. */
export function findExecute(card: CardJson, verb: string, choice?: string): { data?: unknown } | undefined {
  let found: { data?: unknown } | undefined;
  const visit = (node: unknown): void => {
    if (found) return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const data = record.data as Record<string, unknown> | undefined;
      if (
        record.type === 'Action.Execute' &&
        record.verb === verb &&
        (choice === undefined || data?.choice === choice)
      ) {
        found = record as { data?: unknown };
        return;
      }
      for (const value of Object.values(record)) visit(value);
    }
  };
  visit(card);
  return found;
}
