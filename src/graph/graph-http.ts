// HTTP and retries: the SDK call wrapper, the last middleware (fetch) and the bounded retry options.
import { randomUUID } from 'node:crypto';
import {
  type Client,
  type Context,
  type Middleware,
  ResponseType,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';
import { failureFromResponse, parseRetryAfter, toGraphFailure } from './graph-errors';
import { GraphRequestError } from './port';

/** Which retries a call allows: any transient status, or only ones proving Graph did nothing. */
export type RetryPolicy = 'idempotent' | 'notProcessedOnly';

/** One Graph call, relative to the API version. */
export interface GraphHttpCall {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Already percent-encoded, e.g. "/me/drive/items/abc". */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  retry: RetryPolicy;
}

/** A successful (2xx) answer. */
export interface GraphHttpAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * Sends single calls through the SDK client and its middleware chain. Every call gets its own
 * `client-request-id` (docs/graph-notes.md §5.1) and the app's User-Agent (§5.2). Answers are read raw
 * so 207 stays visible; any failure is thrown as GraphRequestError.
 */
export class GraphHttp {
  constructor(
    private readonly client: Client,
    private readonly retryOptions: Record<RetryPolicy, BoundedRetryOptions>,
    private readonly userAgent: string,
  ) {}

  /** Sends the call; resolves with a 2xx answer or throws GraphRequestError. */
  async send(call: GraphHttpCall): Promise<GraphHttpAnswer> {
    const request = this.client
      .api(call.url)
      .headers({ ...call.headers, 'client-request-id': randomUUID(), 'User-Agent': this.userAgent })
      .middlewareOptions([this.retryOptions[call.retry]])
      .responseType(ResponseType.RAW);
    let response: Response;
    let body: unknown;
    try {
      if (call.method === 'GET') response = await request.get();
      else if (call.method === 'POST') response = await request.post(call.body ?? {});
      else if (call.method === 'PATCH') response = await request.patch(call.body ?? {});
      else response = await request.delete();
      body = await readJson(response);
    } catch (error) {
      throw new GraphRequestError(toGraphFailure(error));
    }
    if (!response.ok)
      throw new GraphRequestError(failureFromResponse(response.status, body, response.headers));
    return { status: response.status, headers: response.headers, body };
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The origin every request is built against, so the SDK's auth and telemetry handlers act on it. */
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/** Options for the last handler of the middleware chain. */
export interface GraphFetchHandlerOptions {
  /** When set (the sandbox), requests go to this origin instead of Graph. */
  graphOrigin?: string;
  /** Aborts a request that has not answered in this many seconds. */
  timeoutSeconds: number;
  fetchImpl: typeof fetch;
}

/**
 * The end of the middleware chain: sends the request with fetch, like the SDK's
 * HTTPMessageHandler. When `graphOrigin` is set it first swaps the Graph origin for it. The
 * swap happens here, last, because the SDK's auth and telemetry handlers only add
 * `Authorization` and `client-request-id` to https Graph URLs (docs/teams-notes.md §T12), so
 * production and the sandbox run every other step identically.
 */
export class GraphFetchHandler implements Middleware {
  private readonly targetOrigin: string | undefined;

  constructor(private readonly options: GraphFetchHandlerOptions) {
    this.targetOrigin = options.graphOrigin?.replace(/\/+$/, '');
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const target = this.rewrite(url);
    const init: RequestInit = { ...context.options };
    init.signal ??= AbortSignal.timeout(this.options.timeoutSeconds * 1000);
    const request = typeof context.request === 'string' ? target : new Request(target, context.request);
    context.response = await this.options.fetchImpl(request, init);
  }

  private rewrite(url: string): string {
    if (!this.targetOrigin || !url.startsWith(`${GRAPH_ORIGIN}/`)) return url;
    return this.targetOrigin + url.slice(GRAPH_ORIGIN.length);
  }
}

/** How hard Sharebot retries a throttled or unavailable Graph call. */
export interface RetryLimits {
  /** Retries after the first attempt (the SDK allows at most 10). */
  maxRetries: number;
  /** Longest single wait in seconds; a longer Retry-After ends the retries instead (at most 180). */
  maxDelaySeconds: number;
}

/** Statuses retried for reads and other calls Graph may safely receive twice (docs/graph-notes.md §5.2). */
export const IDEMPOTENT_RETRY_STATUSES: readonly number[] = [429, 503, 504];

/**
 * Statuses that prove Graph did not process the request, so even a non-idempotent call such as
 * invite may be sent again. A 504 or a timeout says nothing about whether the invite happened:
 * re-posting could grant twice or send a second email (docs/graph-notes.md §5.2), so those are not here.
 */
export const NOT_PROCESSED_RETRY_STATUSES: readonly number[] = [429, 503];

/** Clamps limits into what the SDK's RetryHandlerOptions accepts. */
function clampRetryLimits(limits: RetryLimits): RetryLimits {
  const finite = (value: number, max: number) =>
    Number.isFinite(value) ? Math.min(Math.max(value, 0), max) : 0;
  return {
    maxRetries: Math.floor(finite(limits.maxRetries, 10)),
    maxDelaySeconds: finite(limits.maxDelaySeconds, 180),
  };
}

/**
 * RetryHandler options bounded by Sharebot's limits. The SDK caps waits at its own 180 s via
 * `getMaxDelay()`; this caps them at `maxDelaySeconds`, and gives up when Graph asks for a longer
 * wait so the user hears "try again in N s" instead of a silent hang. With no Retry-After the SDK
 * backs off exponentially from a 1 s base with up to 1 s of jitter.
 */
export class BoundedRetryOptions extends RetryHandlerOptions {
  readonly limits: RetryLimits;

  constructor(limits: RetryLimits, retryStatuses: readonly number[]) {
    const bounded = clampRetryLimits(limits);
    super(
      Math.min(1, bounded.maxDelaySeconds),
      bounded.maxRetries,
      (_delay, _attempt, _request, _options, response) =>
        shouldRetry(response, retryStatuses, bounded.maxDelaySeconds),
    );
    this.limits = bounded;
  }

  override getMaxDelay(): number {
    return this.limits.maxDelaySeconds;
  }
}

function shouldRetry(response: Response, statuses: readonly number[], maxDelaySeconds: number): boolean {
  if (!statuses.includes(response.status)) return false;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  return retryAfter === undefined || retryAfter <= maxDelaySeconds;
}
