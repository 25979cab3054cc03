import type * as restify from 'restify';
import type { TabApi, TabApiAnswer } from '../conversation/tab/tab-api';
import type { TabPageFiles } from '../tab/bundle-tab-page';
import { badExtendRequestMessage } from '../wording/tab';

/**
 * Serves the personal tab under the bot's own origin: `/tab` (the page), `/tab/tab.js` (its
 * bundle) and the JSON API under `/tab/api`. Every API call passes its Authorization header on;
 * answers are never cached, since they hold the person's shares.
 */
export function addTabRoutes(server: restify.Server, page: TabPageFiles, api: TabApi): void {
  server.get('/tab', (_req, res, next) => {
    sendText(res, 200, 'text/html; charset=utf-8', page.html);
    next();
  });
  server.get('/tab/tab.js', (_req, res, next) => {
    sendText(res, 200, 'text/javascript; charset=utf-8', page.script);
    next();
  });
  server.get('/tab/api/shares', async (req, res) => {
    sendJson(res, await api.shares(req.headers.authorization));
  });
  server.post('/tab/api/shares/:requestId/recipients/:index/remove', async (req, res) => {
    const index = Number(req.params.index);
    const requestId = String(req.params.requestId);
    if (!Number.isInteger(index) || index < 0 || index > 1000 || !/^[\w-]{1,64}$/.test(requestId)) {
      sendJson(res, { status: 404, body: { error: { code: 'notFound', message: 'No such share.' } } });
      return;
    }
    sendJson(res, await api.remove(req.headers.authorization, requestId, index));
  });
  server.post('/tab/api/shares/:requestId/extend', async (req, res) => {
    const requestId = String(req.params.requestId);
    const body = await readSmallJson(req);
    const endsAt = typeof body?.endsAt === 'string' ? body.endsAt : undefined;
    if (!/^[\w-]{1,64}$/.test(requestId) || !endsAt) {
      sendJson(res, {
        status: 400,
        body: { error: { code: 'badRequest', message: badExtendRequestMessage } },
      });
      return;
    }
    sendJson(res, await api.extend(req.headers.authorization, requestId, endsAt));
  });
}

/** The most a tab call's JSON body may be: the page sends one short field. */
const maxTabBodyBytes = 2048;

/** Reads a small JSON object body; undefined when it is too long, not JSON, or not an object. */
async function readSmallJson(req: restify.Request): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxTabBodyBytes) return undefined;
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function sendText(res: restify.Response, status: number, type: string, text: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function sendJson(res: restify.Response, answer: TabApiAnswer): void {
  res.writeHead(answer.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(answer.body));
}
