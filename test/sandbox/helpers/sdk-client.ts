import {
  AuthenticationHandler,
  Client,
  type Context,
  GraphError,
  type GraphRequest,
  type Middleware,
  ResponseType,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';

/**
 * Last middleware of the chain: sends the request to the sandbox instead of graph.microsoft.com.
 * The SDK only adds Authorization and client-request-id for https Graph URLs, so the default base
 * URL stays and only the final hop is rewritten (docs/teams-notes.md §T12).
 */
class RewriteToSandbox implements Middleware {
  constructor(private readonly origin: string) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    context.response = await fetch(
      url.replace(/^https:\/\/graph\.microsoft\.com/i, this.origin),
      context.options,
    );
  }

  setNext(): void {}
}

/** An official Graph SDK client that talks to the sandbox at `origin` with a fixed token. */
export function sdkClient(origin: string, token: string, maxRetries = 0): Client {
  const auth = new AuthenticationHandler({ getAccessToken: async () => token });
  const retry = new RetryHandler(new RetryHandlerOptions(0, maxRetries));
  const telemetry = new TelemetryHandler();
  auth.setNext(retry);
  retry.setNext(telemetry);
  telemetry.setNext(new RewriteToSandbox(origin));
  return Client.initWithMiddleware({ middleware: auth, defaultVersion: 'v1.0' });
}

/** Runs a request and returns the GraphError it fails with (fails the test if it succeeds). */
export async function graphError(request: Promise<unknown>): Promise<GraphError> {
  try {
    await request;
  } catch (err) {
    if (err instanceof GraphError) return err;
    throw err;
  }
  throw new Error('Expected the Graph call to fail, but it succeeded.');
}

/** The `error` object of the envelope a GraphError came from (the SDK keeps it as JSON text in `body`). */
export function errorBody(err: GraphError): {
  code: string;
  message: string;
  innerError: Record<string, unknown>;
} {
  return JSON.parse(err.body as string);
}

/** Sends a request and returns the raw fetch Response (status, headers and body), e.g. for 207. */
export async function rawCall(
  request: GraphRequest,
  method: 'get' | 'post' | 'patch' | 'delete',
  body?: unknown,
): Promise<Response> {
  const r = request.responseType(ResponseType.RAW);
  if (method === 'get') return r.get();
  if (method === 'delete') return r.delete();
  if (method === 'patch') return r.patch(body);
  return r.post(body);
}
