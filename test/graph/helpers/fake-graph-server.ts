import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake received (a `$batch` sub-request is recorded too, with `viaBatch`). */
export interface RecordedRequest {
  method: string;
  /** Raw path after `/v1.0`, still percent-encoded, without the query. */
  path: string;
  /** Raw query string without `?`, still percent-encoded ('' when none). */
  query: string;
  headers: IncomingHttpHeaders | Record<string, string>;
  body: unknown;
  viaBatch: boolean;
}

/** What the fake answers. */
export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type Matcher = (request: RecordedRequest) => boolean;

interface Route {
  matches: Matcher;
  responses: ScriptedResponse[];
  served: number;
}

/** Graph's error envelope, for scripting failures. */
export function graphError(
  status: number,
  code: string,
  extra: Record<string, string> = {},
): ScriptedResponse {
  return {
    status,
    headers: extra,
    body: { error: { code, message: `fake ${code}`, innerError: { 'request-id': 'req-1' } } },
  };
}

/**
 * A scripted stand-in for Microsoft Graph on 127.0.0.1 (random port). Routes answer in order and
 * repeat their last answer; `POST /v1.0/$batch` is unpacked and each sub-request dispatched through
 * the same routes, like Graph does. Unmatched requests get 404 itemNotFound.
 */
export class FakeGraphServer {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[] = [];

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  /** Starts listening on a free loopback port. */
  static async start(): Promise<FakeGraphServer> {
    let fake: FakeGraphServer | undefined;
    const server = createServer((req, res) => {
      if (!fake) throw new Error('fake graph server not ready');
      fake.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    fake = new FakeGraphServer(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  /** Answers requests whose method matches and whose raw path equals `path` (or passes the test). */
  on(method: string, path: string | Matcher, ...responses: ScriptedResponse[]): this {
    const matches: Matcher =
      typeof path === 'string'
        ? (request) => request.method === method && request.path === path
        : (request) => request.method === method && path(request);
    this.routes.unshift({ matches, responses, served: 0 });
    return this;
  }

  /** Requests that arrived over HTTP (not unpacked from a batch). */
  get httpRequests(): RecordedRequest[] {
    return this.requests.filter((request) => !request.viaBatch);
  }

  /** The `$batch` POSTs received. */
  get batchRequests(): RecordedRequest[] {
    return this.httpRequests.filter((request) => request.path === '/$batch');
  }

  /** Stops the server. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readText(req);
    const [rawPath, query = ''] = (req.url ?? '/').split(/\?(.*)/s);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: rawPath.replace(/^\/v1\.0/, ''),
      query,
      headers: req.headers,
      body: text ? JSON.parse(text) : undefined,
      viaBatch: false,
    };
    this.requests.push(request);
    const answer =
      request.path === '/$batch' && request.method === 'POST' ? this.batch(request) : this.dispatch(request);
    res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  }

  private batch(request: RecordedRequest): ScriptedResponse {
    const routed = this.routes.find((route) => route.matches(request));
    if (routed) return this.serve(routed);
    const subRequests = (
      request.body as {
        requests: { id: string; method: string; url: string; headers?: Record<string, string> }[];
      }
    ).requests;
    const responses = subRequests.map((sub) => {
      const [path, query = ''] = sub.url.split(/\?(.*)/s);
      const recorded: RecordedRequest = {
        method: sub.method,
        path,
        query,
        headers: sub.headers ?? {},
        body: undefined,
        viaBatch: true,
      };
      this.requests.push(recorded);
      const answer = this.dispatch(recorded);
      return {
        id: sub.id,
        status: answer.status,
        headers: { 'Content-Type': 'application/json', ...answer.headers },
        body: answer.body,
      };
    });
    return { status: 200, body: { responses: responses.reverse() } };
  }

  private dispatch(request: RecordedRequest): ScriptedResponse {
    const route = this.routes.find((candidate) => candidate.matches(request));
    return route ? this.serve(route) : graphError(404, 'itemNotFound');
  }

  private serve(route: Route): ScriptedResponse {
    const response = route.responses[Math.min(route.served, route.responses.length - 1)];
    route.served++;
    return response;
  }
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
