import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { serveGraph } from '../graph/pipeline';
import { serveAdmin } from '../routes/admin';
import type { SandboxHost } from '../sandbox-host';
import { isLoopbackAddress } from './loopback';
import { parseJsonBody, readBody } from './read-body';

const graphContentType =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: unknown,
  contentType: string,
): void {
  // A response that names its own Content-Type (the text/plain of a `$count` segment) is sent as is.
  const plain = headers['Content-Type'] !== undefined && typeof body === 'string';
  const text = body === undefined ? '' : plain ? (body as string) : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': contentType }),
    ...headers,
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function headerMap(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

async function handle(host: SandboxHost, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const rawUrl = req.url ?? '/';
  const queryAt = rawUrl.indexOf('?');
  const rawPath = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? '' : rawUrl.slice(queryAt + 1));
  const method = (req.method ?? 'GET').toUpperCase();
  const { body, invalidJson } = parseJsonBody(await readBody(req));
  if (rawPath === '/_sandbox' || rawPath.startsWith('/_sandbox/')) {
    if (!isLoopbackAddress(req.socket.remoteAddress)) {
      send(
        res,
        403,
        {},
        { error: { code: 'accessDenied', message: 'Sandbox admin endpoints answer loopback callers only.' } },
        'application/json',
      );
      return;
    }
    if (invalidJson) {
      send(
        res,
        400,
        {},
        { error: { code: 'invalidRequest', message: 'The request body is not valid JSON.' } },
        'application/json',
      );
      return;
    }
    const answer = await serveAdmin(host, method, rawPath, body);
    send(res, answer.status, {}, answer.body, 'application/json');
    return;
  }
  if (rawPath === '/v1.0' || rawPath.startsWith('/v1.0/')) {
    const path = rawPath.slice('/v1.0'.length) || '/';
    const response = await serveGraph(host, {
      method,
      path,
      query,
      headers: headerMap(req),
      body,
      invalidJson,
    });
    send(res, response.status, response.headers, response.body, graphContentType);
    return;
  }
  send(
    res,
    404,
    {},
    {
      error: {
        code: 'BadRequest',
        message: 'The sandbox serves Microsoft Graph under /v1.0 and its admin endpoints under /_sandbox.',
      },
    },
    'application/json',
  );
}

/** Creates the HTTP server (node:http) that serves Graph and the admin endpoints. */
export function createSandboxServer(host: SandboxHost): Server {
  return createServer((req, res) => {
    handle(host, req, res).catch((err: Error) => {
      host.note(`request failed: ${err.message}`);
      if (!res.headersSent)
        send(
          res,
          500,
          {},
          { error: { code: 'generalException', message: 'The sandbox failed to answer this request.' } },
          'application/json',
        );
      else res.destroy();
    });
  });
}
