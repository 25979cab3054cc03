import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

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
 * `Authorization` and `client-request-id` to https Graph URLs (stack-notes, Graph JS SDK), so
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
