import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A chat member as the fake Teams roster reports it. */
export interface FakeMember {
  id: string;
  aadObjectId: string;
  name: string;
  email?: string;
  userPrincipalName?: string;
}

/** An activity the bot sent to the channel (a reply or an update). */
export interface SentActivity {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** For updates: the id of the replaced activity. */
  activityId?: string;
  body: {
    type?: string;
    text?: string;
    attachments?: { contentType: string; content: unknown }[];
    [key: string]: unknown;
  };
}

/** One call the bot made to the connector, with when it arrived and when it was answered (ms). */
export interface ConnectorCall {
  method: string;
  path: string;
  /** The activity type for activity posts (`message`, `typing`); absent for other calls. */
  activityType?: string;
  startedAt: number;
  endedAt: number;
}

/**
 * The Bot Framework connector side of Teams, on loopback: receives the bot's replies and updates
 * (`/v3/conversations/...`) and answers the Teams roster calls (`members`, `pagedmembers`).
 * Only this edge is faked; the bot runs unchanged behind its real HTTP endpoint.
 */
export class FakeTeamsChannel {
  readonly sent: SentActivity[] = [];
  /** Typing indicators (kept out of `sent`): each with how many activities `sent` held when it came. */
  readonly typing: { conversationId: string; sentBefore: number }[] = [];
  /** Waited before answering each call, in ms, to stand for the real connector's latency. */
  latencyMs = 0;
  /** When set, every call is appended to it (left unset, so long runs keep no log). */
  callLog?: ConnectorCall[];
  private readonly sentCounts = new Map<string, number>();
  private readonly listeners: ((activity: SentActivity) => void)[] = [];
  private readonly rosters = new Map<string, FakeMember[]>();
  private readonly teams = new Map<string, { aadGroupId?: string }>();
  private nextId = 1;
  private server?: http.Server;
  url = '';

  /** Sets who is in a conversation. */
  setMembers(conversationId: string, members: FakeMember[]): void {
    this.rosters.set(conversationId, members);
  }

  /** Sets what the team details call (`GET /v3/teams/{id}`) answers for a team. */
  setTeam(teamId: string, details: { aadGroupId?: string }): void {
    this.teams.set(teamId, details);
  }

  /** How many activities the bot sent (or updated) in a conversation. */
  sentCount(conversationId: string): number {
    return this.sentCounts.get(conversationId) ?? 0;
  }

  /** Calls `listener` with every activity the bot sends from now on, as it arrives. */
  onSent(listener: (activity: SentActivity) => void): void {
    this.listeners.push(listener);
  }

  /** Starts listening on a free loopback port. */
  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      this.timed(req, res).catch((error: unknown) => {
        console.error('fake channel failed', error);
        if (!res.headersSent) json(res, 500, { error: String(error) });
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Stops listening. */
  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async timed(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const startedAt = Date.now();
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    const activityType = await this.handle(req, res);
    this.callLog?.push({
      method: req.method ?? '',
      path: new URL(req.url ?? '/', 'http://localhost').pathname,
      ...(activityType ? { activityType } : {}),
      startedAt,
      endedAt: Date.now(),
    });
  }

  /** Answers one call; returns the type of the activity it received, if it was an activity post. */
  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<string | undefined> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    // v3 / conversations / {id} / (activities | members | pagedmembers) / {id?}
    const [version, conversations, conversationId, resource, resourceId] = parts;
    if (version === 'v3' && conversations === 'teams' && conversationId && req.method === 'GET') {
      const team = this.teams.get(conversationId);
      if (team) json(res, 200, { id: conversationId, ...team });
      else json(res, 404, { error: { code: 'NotFound', message: 'no such team' } });
      return;
    }
    if (version !== 'v3' || conversations !== 'conversations' || !conversationId) {
      empty(res, 404);
      return;
    }
    if (resource === 'activities' && (req.method === 'POST' || req.method === 'PUT')) {
      const body = JSON.parse(await readBody(req));
      if (body.type === 'typing' && req.method === 'POST') {
        this.typing.push({ conversationId, sentBefore: this.sent.length });
        json(res, 200, { id: `typing-${this.nextId++}` });
        return body.type;
      }
      const isUpdate = req.method === 'PUT';
      const id = isUpdate ? resourceId : `activity-${this.nextId++}`;
      const activity: SentActivity = {
        method: isUpdate ? 'PUT' : 'POST',
        conversationId,
        activityId: isUpdate ? resourceId : id,
        body,
      };
      this.sent.push(activity);
      for (const listener of this.listeners) listener(activity);
      this.sentCounts.set(conversationId, this.sentCount(conversationId) + 1);
      json(res, 200, { id });
      return typeof body.type === 'string' ? body.type : 'message';
    }
    const roster = this.rosters.get(conversationId) ?? [];
    if (resource === 'pagedmembers') {
      json(res, 200, { members: roster.map(toAccount) });
      return;
    }
    if (resource === 'members' && resourceId) {
      const member = roster.find((m) => m.id === resourceId || m.aadObjectId === resourceId);
      if (member) json(res, 200, toAccount(member));
      else json(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
      return;
    }
    if (resource === 'members') {
      json(res, 200, roster.map(toAccount));
      return;
    }
    empty(res, 404);
  }
}

function toAccount(member: FakeMember) {
  return {
    id: member.id,
    aadObjectId: member.aadObjectId,
    name: member.name,
    email: member.email,
    userPrincipalName: member.userPrincipalName ?? member.email,
  };
}

/** Writes without chaining: restify patches ServerResponse.writeHead process-wide and does not return `this`. */
function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

function empty(res: http.ServerResponse, status: number): void {
  res.statusCode = status;
  res.end();
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
