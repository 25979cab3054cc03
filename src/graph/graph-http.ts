import { randomUUID } from 'node:crypto';
import { type Client, ResponseType } from '@microsoft/microsoft-graph-client';
import type { BoundedRetryOptions } from './bounded-retry-options';
import { failureFromResponse, toGraphFailure } from './map-graph-error';
import { GraphRequestError } from './types';

/** Which retries a call allows: any transient status, or only ones proving Graph did nothing. */
export type RetryPolicy = 'idempotent' | 'notProcessedOnly';

/** One Graph call, relative to the API version. */
export interface GraphCall {
  method: 'GET' | 'POST' | 'DELETE';
  /** Already percent-encoded, e.g. "/me/drive/items/abc". */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  retry: RetryPolicy;
}

/** A successful (2xx) answer. */
export interface GraphAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * Sends single calls through the SDK client and its middleware chain. Every call gets its own
 * `client-request-id` (graph-contract §5.1) and the app's User-Agent (§5.2). Answers are read raw
 * so 207 stays visible; any failure is thrown as GraphRequestError.
 */
export class GraphHttp {
  constructor(
    private readonly client: Client,
    private readonly retryOptions: Record<RetryPolicy, BoundedRetryOptions>,
    private readonly userAgent: string,
  ) {}

  /** Sends the call; resolves with a 2xx answer or throws GraphRequestError. */
  async send(call: GraphCall): Promise<GraphAnswer> {
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
