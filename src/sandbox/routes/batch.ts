import { randomUUID } from 'node:crypto';
import { objectBody } from '../graph/body-checks';
import { errorEnvelope, invalidRequest, methodNotAllowed } from '../http/graph-error';
import type { GraphRequest, GraphResponse, SandboxCall } from '../http/graph-exchange';
import { ok } from '../http/graph-exchange';
import type { ServeInnerRequest } from './route-table';

interface BatchEntry {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

const maxRequests = 20;

/** Validates the batch: at most 20 entries, unique ids (case-insensitive), known dependsOn ids (docs/graph-notes.md §5.3). */
function parseEntries(body: Record<string, unknown>): BatchEntry[] {
  const requests = body.requests;
  if (!Array.isArray(requests) || requests.length === 0)
    throw invalidRequest('The batch must contain a non-empty "requests" array.');
  if (requests.length > maxRequests)
    throw invalidRequest(
      `The number of batch requests (${requests.length}) exceeds the limit of ${maxRequests}.`,
    );
  const seen = new Set<string>();
  const entries = requests.map((raw, i) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    if (typeof r.id !== 'string' || r.id === '') throw invalidRequest(`Batch request ${i} has no id.`);
    if (typeof r.method !== 'string' || typeof r.url !== 'string')
      throw invalidRequest(`Batch request '${r.id}' needs a method and a url.`);
    const key = r.id.toLowerCase();
    if (seen.has(key))
      throw invalidRequest(`Batch request ids must be unique; '${r.id}' appears more than once.`);
    seen.add(key);
    const headers = Object.fromEntries(
      Object.entries((r.headers ?? {}) as Record<string, string>).map(([k, v]) => [
        k.toLowerCase(),
        String(v),
      ]),
    );
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string'))
      throw invalidRequest(`dependsOn of '${r.id}' must be an array of ids.`);
    return {
      id: r.id,
      method: r.method.toUpperCase(),
      url: r.url,
      headers,
      body: r.body,
      dependsOn: dependsOn as string[],
    };
  });
  for (const e of entries) {
    for (const d of e.dependsOn) {
      if (!seen.has(d.toLowerCase()) || d.toLowerCase() === e.id.toLowerCase())
        throw invalidRequest(`Request '${e.id}' depends on unknown request '${d}'.`);
    }
  }
  return entries;
}

function innerRequest(outer: SandboxCall, entry: BatchEntry): GraphRequest | GraphResponse {
  const relative = entry.url.replace(/^https:\/\/graph\.microsoft\.com/i, '').replace(/^\/?v1\.0(?=\/)/i, '');
  const url = new URL(relative.startsWith('/') ? relative : `/${relative}`, 'http://batch.invalid');
  if (entry.body !== undefined && !entry.headers['content-type']) {
    return {
      status: 400,
      headers: {},
      body: errorEnvelope(
        'invalidRequest',
        'Content-Type header is required when a body is present.',
        randomUUID(),
        outer.clientRequestId,
      ),
    };
  }
  return {
    method: entry.method,
    path: url.pathname,
    query: url.searchParams,
    headers: {
      ...entry.headers,
      authorization: outer.headers.authorization ?? '',
      'client-request-id': entry.headers['client-request-id'] ?? outer.clientRequestId,
    },
    body: entry.body,
  };
}

/**
 * One entry of the `$batch` answer. A body that is not JSON (the text/plain of `$count`) is base64
 * encoded under its own Content-Type (https://learn.microsoft.com/graph/json-batching).
 */
function toBatchResponse(id: string, r: GraphResponse): Record<string, unknown> {
  const headers: Record<string, string> = {};
  const ownType = r.headers['Content-Type'];
  const plain = ownType !== undefined && typeof r.body === 'string';
  if (r.body !== undefined) headers['Content-Type'] = plain ? ownType : 'application/json';
  for (const [k, v] of Object.entries(r.headers))
    if (k.toLowerCase() === 'retry-after' || k.toLowerCase() === 'location') headers[k] = v;
  if (r.body === undefined) return { id, status: r.status, headers };
  const body = plain ? Buffer.from(r.body as string).toString('base64') : r.body;
  return { id, status: r.status, headers, body };
}

/**
 * `POST /$batch`: runs entries in dependency order (independent ones in parallel); each goes through
 * the full pipeline, so faults hit entries individually (a throttled entry is 429 with its own
 * Retry-After while the batch is 200); dependants of a failed entry get 424 (docs/graph-notes.md §5.3, §8.7).
 */
export async function serveBatch(call: SandboxCall, serveInner: ServeInnerRequest): Promise<GraphResponse> {
  if (call.method !== 'POST') throw methodNotAllowed('$batch only supports POST.');
  const entries = parseEntries(objectBody(call.body, call.invalidJson));
  const batchId = call.requestId;
  const results = new Map<string, GraphResponse>();
  let pending = [...entries];
  while (pending.length > 0) {
    const ready = pending.filter((e) => e.dependsOn.every((d) => results.has(d.toLowerCase())));
    if (ready.length === 0) throw invalidRequest('The dependsOn chain of the batch has a cycle.');
    await Promise.all(
      ready.map(async (entry) => {
        const failedDependency = entry.dependsOn.find(
          (d) => (results.get(d.toLowerCase())?.status ?? 200) >= 400,
        );
        let response: GraphResponse;
        if (failedDependency) {
          response = {
            status: 424,
            headers: {},
            body: errorEnvelope(
              'failedDependency',
              `The request depends on '${failedDependency}', which failed.`,
              randomUUID(),
              call.clientRequestId,
            ),
          };
        } else {
          const inner = innerRequest(call, entry);
          response = 'status' in inner ? inner : await serveInner(inner, { batchId, batchEntryId: entry.id });
        }
        results.set(entry.id.toLowerCase(), response);
      }),
    );
    pending = pending.filter((e) => !ready.includes(e));
  }
  return ok({
    responses: entries.map((e) => toBatchResponse(e.id, results.get(e.id.toLowerCase()) as GraphResponse)),
  });
}
