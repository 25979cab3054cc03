import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  directoryMethodNotAllowed,
  errorEnvelope,
  invalidAuthenticationToken,
  SandboxGraphError,
  segmentNotFound,
} from '../http/graph-error';
import type { GraphRequest, GraphResponse, SandboxCall } from '../http/graph-exchange';
import type { UserEntity } from '../model/entities';
import { graphRoutes } from '../routes/graph-routes';
import { type CallOrigin, matchRoute } from '../routes/route-table';
import type { SandboxHost } from '../sandbox-host';
import { injectedFailure } from './throttle-responses';

const authMessages = {
  missing: 'Access token is empty.',
  malformed: 'Access token validation failure. The token is not a valid sandbox token.',
  expired: 'Lifetime validation failed, the token is expired.',
};

/**
 * Serves one Graph request end to end: authentication, injected faults and latency, routing, the
 * error envelope with request ids (docs/graph-notes.md §5.1, §8.6), and the request log.
 */
export async function serveGraph(
  host: SandboxHost,
  req: GraphRequest,
  origin: CallOrigin = {},
): Promise<GraphResponse> {
  const startedAt = new Date();
  const requestId = randomUUID();
  const clientRequestId = req.headers['client-request-id'] ?? randomUUID();
  const rt = host.runtime();
  const check = host.tokens.check(req.headers.authorization);
  const user: UserEntity | undefined = check.ok ? rt.index.user(check.userId) : undefined;
  const query = req.query.toString();
  const logPath = `/v1.0${req.path}${query ? `?${readableQuery(query)}` : ''}`;
  let response: GraphResponse;
  try {
    const effect = host.faults.take(req.method, logPath, user?.id ?? null);
    if (effect.latencyMs > 0) await sleep(effect.latencyMs);
    if (effect.error) throw injectedFailure(effect.error.status, effect.error.retryAfter);
    if (!user) {
      const reason = check.ok ? 'malformed' : check.reason;
      throw invalidAuthenticationToken(authMessages[reason]);
    }
    const call: SandboxCall = { ...req, user, requestId, clientRequestId };
    response = await route(host, call);
  } catch (err) {
    response = failureResponse(host, err, requestId, clientRequestId);
  }
  response.headers = { ...response.headers, 'request-id': requestId, 'client-request-id': clientRequestId };
  host.log.add({
    method: req.method,
    path: logPath,
    status: response.status,
    startedAt: startedAt.toISOString(),
    endedAt: new Date().toISOString(),
    user: user?.id ?? null,
    ...origin,
  });
  return response;
}

function readableQuery(query: string): string {
  try {
    return decodeURIComponent(query.replace(/\+/g, '%20'));
  } catch {
    return query;
  }
}

function failureResponse(
  host: SandboxHost,
  err: unknown,
  requestId: string,
  clientRequestId: string,
): GraphResponse {
  if (err instanceof SandboxGraphError) {
    return {
      status: err.status,
      headers: { ...err.headers },
      body: errorEnvelope(err.code, err.message, requestId, clientRequestId, err.innerCode),
    };
  }
  host.note(`internal error ${requestId}: ${(err as Error).stack ?? String(err)}`);
  return {
    status: 500,
    headers: {},
    body: errorEnvelope('generalException', 'An unspecified error has occurred.', requestId, clientRequestId),
  };
}

/** Finds the call's route in the one route table; inner `$batch` entries come back through `serveGraph`. */
async function route(host: SandboxHost, call: SandboxCall): Promise<GraphResponse> {
  const match = matchRoute(graphRoutes, call);
  if (match === 'method') throw directoryMethodNotAllowed(call.method);
  if (match)
    return match.route.handler(host.runtime(), call, match.params, (req, origin) =>
      serveGraph(host, req, origin),
    );
  const segment = call.path.split('/').filter((s) => s)[0] ?? '';
  throw segmentNotFound(segment);
}
