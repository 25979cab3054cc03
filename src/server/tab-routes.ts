import type * as restify from 'restify';
import type { TabApi, TabApiAnswer } from '../conversation/tab/tab-api';
import type { TabPageFiles } from '../tab/bundle-tab-page';

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
