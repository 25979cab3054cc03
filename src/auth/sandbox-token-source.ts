import type { TokenOutcome, TokenRequester, TokenSource } from './token-source';

/** Where the sandbox issues tokens, and how early a cached token is replaced. */
export interface SandboxTokenSourceOptions {
  /** The sandbox origin, e.g. http://127.0.0.1:5001. */
  sandboxOrigin: string;
  /** Renew this many seconds before `expires_in` runs out. */
  refreshMarginSeconds?: number;
  fetchImpl?: typeof fetch;
  /** Clock in milliseconds, for the cache. */
  now?: () => number;
}

interface CachedToken {
  token: string;
  /** When to stop using it (ms), already shortened by the refresh margin. */
  renewAt: number;
}

/**
 * Gets Graph tokens from the local sandbox for a tenant user:
 * `POST {sandbox}/_sandbox/token {"user": aadObjectId}`. Tokens are cached per user until shortly
 * before they expire; concurrent turns of one user share one request. Tokens past their use are
 * dropped whenever a new one is cached, so the cache holds only the users of the last hour or so,
 * not everyone who ever wrote. Tokens are never logged.
 */
export class SandboxTokenSource implements TokenSource {
  private readonly origin: string;
  private readonly marginMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private readonly cache = new Map<string, CachedToken>();
  private readonly inFlight = new Map<string, Promise<TokenOutcome>>();

  constructor(options: SandboxTokenSourceOptions) {
    this.origin = options.sandboxOrigin.replace(/\/+$/, '');
    this.marginMs = (options.refreshMarginSeconds ?? 60) * 1000;
    this.fetchImpl = options.fetchImpl ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
  }

  /** A token for the requester's object id, or notInTenant / unavailable. */
  async getToken(requester: TokenRequester): Promise<TokenOutcome> {
    const user = requester.userId;
    if (!user) return { ok: false, reason: 'notInTenant' };
    const cached = this.cache.get(user);
    if (cached && this.now() < cached.renewAt) return { ok: true, token: cached.token };
    const running = this.inFlight.get(user);
    if (running !== undefined) return running;
    const request = this.fetchToken(user).finally(() => this.inFlight.delete(user));
    this.inFlight.set(user, request);
    return request;
  }

  private async fetchToken(user: string): Promise<TokenOutcome> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.origin}/_sandbox/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: 'unavailable', detail: `sandbox token endpoint unreachable: ${detail}` };
    }
    if (response.status === 404) return { ok: false, reason: 'notInTenant' };
    if (!response.ok) {
      return {
        ok: false,
        reason: 'unavailable',
        detail: `sandbox token endpoint answered ${response.status}`,
      };
    }
    const body: unknown = await response.json().catch(() => undefined);
    const token = readToken(body);
    if (!token)
      return { ok: false, reason: 'unavailable', detail: 'sandbox token endpoint sent no access_token' };
    const now = this.now();
    for (const [cachedUser, cached] of this.cache) {
      if (now >= cached.renewAt) this.cache.delete(cachedUser);
    }
    this.cache.set(user, {
      token: token.value,
      renewAt: now + token.expiresInSeconds * 1000 - this.marginMs,
    });
    return { ok: true, token: token.value };
  }

  /** How many users have a token cached (for tests and diagnostics). */
  get cachedUsers(): number {
    return this.cache.size;
  }
}

/** Reads `{access_token, expires_in}` (OAuth token-response names); `token` is accepted too. */
function readToken(body: unknown): { value: string; expiresInSeconds: number } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const value = record.access_token ?? record.token;
  if (typeof value !== 'string' || value === '') return undefined;
  const expiresIn = Number(record.expires_in);
  return { value, expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 0 };
}
