import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** One call to the token service, with when it arrived and when it was answered (ms). */
export interface TokenServiceCall {
  method: string;
  path: string;
  /** The Teams user id the call asked about (`userId` in the query), or '' when none. */
  userId: string;
  startedAt: number;
  endedAt: number;
}

/**
 * The Bot Framework token service's `GET /api/usertoken/GetToken` on loopback, as the real
 * botframework-connector UserTokenClient calls it: a stored user token per Teams user id (200 with a
 * TokenResponse), else 404 ("sign-in required"). Waits `latencyMs` before answering and logs every
 * call with its start and end, so a test or the benchmark can count the round trips of a turn. The other
 * token-service operations (sign-in, exchange, sign-out) answer 404: a benchmark turn never needs them.
 * REST reference: https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference
 */
export class FakeTokenService {
  /** Added to every call before it is answered, in ms. */
  latencyMs = 0;
  /** Every call so far, oldest first (clear it with `calls.length = 0`). */
  readonly calls: TokenServiceCall[] = [];
  private readonly tokens = new Map<string, string>();
  private server?: http.Server;
  url = '';

  /** Stores a signed-in user's token under their Teams user id. */
  addToken(teamsUserId: string, token: string): void {
    this.tokens.set(teamsUserId, token);
  }

  /** Forgets a user's token, as when they signed out: GetToken answers 404 for them from now on. */
  removeToken(teamsUserId: string): void {
    this.tokens.delete(teamsUserId);
  }

  /** Starts listening on a free loopback port. */
  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      this.answer(req, res).catch((error: unknown) => {
        console.error('fake token service failed', error);
        if (res.headersSent) return;
        res.statusCode = 500;
        res.end();
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

  private async answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const startedAt = Date.now();
    for await (const _ of req) {
      // Drain the request body; GetToken carries none.
    }
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const userId = url.searchParams.get('userId') ?? '';
    const token = url.pathname === '/api/usertoken/GetToken' ? this.tokens.get(userId) : undefined;
    res.statusCode = token === undefined ? 404 : 200;
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify(
        token === undefined
          ? {}
          : {
              channelId: url.searchParams.get('channelId'),
              connectionName: url.searchParams.get('connectionName'),
              token,
              expiration: new Date(Date.now() + 3600_000).toISOString(),
            },
      ),
    );
    this.calls.push({ method: req.method ?? '', path: url.pathname, userId, startedAt, endedAt: Date.now() });
  }
}
