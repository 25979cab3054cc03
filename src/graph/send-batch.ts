// Batching: sends lookup GETs as `$batch` requests and re-batches throttled parts.
import { failureFromResponse, toGraphFailure } from './graph-errors';
import type { GraphHttp, RetryLimits } from './graph-http';
import { isRecord } from './json-mappers';
import type { LookupRequest } from './lookup-requests';
import type { GraphFailure } from './port';

/** Graph accepts at most 20 requests in one `$batch` (docs/graph-notes.md §5.3). */
const MAX_BATCH_SIZE = 20;

/**
 * Sub-request statuses worth sending again. Only reads are batched (GETs and read-only POST actions), so 504 is safe to repeat.
 * 424 is included because we never use `dependsOn`: a 424 can then only be the batch-wide
 * throttling answer one throttling-doc version describes (docs/graph-notes.md §5.3, UNCONFIRMED).
 */
const RETRY_STATUSES = new Set([424, 429, 503, 504]);

/** The part of a lookup request a batch sends: its URL, headers and, for a POST read, its body. */
type BatchGet = Pick<LookupRequest, 'url' | 'headers' | 'method' | 'body'>;

/** What came back for one GET: its 2xx body, or why it failed. */
export type BatchAnswer = { ok: true; status: number; body: unknown } | { ok: false; failure: GraphFailure };

/**
 * Runs GETs as `POST /$batch` requests of at most 20, all chunks in parallel, so N reads cost one
 * round trip. The SDK does not retry inside batches (docs/teams-notes.md §T12), so sub-requests answered
 * 429/503/504/424 are re-batched on their own after the longest Retry-After, at most
 * `limits.maxRetries` times, and never when Graph asks for a wait longer than `maxDelaySeconds`.
 * Without Retry-After the wait grows exponentially (1, 2, 4 … s plus jitter), capped at that bound.
 */
export async function sendBatch(
  http: GraphHttp,
  gets: readonly BatchGet[],
  limits: RetryLimits,
): Promise<BatchAnswer[]> {
  const results: BatchAnswer[] = gets.map(() => ({ ok: false, failure: notAnswered() }));
  let pending = gets.map((_, index) => index);
  for (let attempt = 0; pending.length > 0; attempt++) {
    const chunks = chunk(pending, MAX_BATCH_SIZE);
    const answers = await Promise.all(chunks.map((ids) => sendChunk(http, gets, ids)));
    const retry: { index: number; retryAfter?: number }[] = [];
    for (const answer of answers.flat()) {
      results[answer.index] = answer.result;
      if (!answer.result.ok && RETRY_STATUSES.has(answer.result.failure.status)) {
        retry.push({ index: answer.index, retryAfter: answer.result.failure.retryAfterSeconds });
      }
    }
    if (retry.length === 0 || attempt >= limits.maxRetries) break;
    const asked = longestRetryAfter(retry);
    if (asked !== undefined && asked > limits.maxDelaySeconds) break;
    await sleep(asked ?? Math.min(limits.maxDelaySeconds, 2 ** attempt + Math.random()));
    pending = retry.map((entry) => entry.index);
  }
  return results;
}

interface IndexedResult {
  index: number;
  result: BatchAnswer;
}

async function sendChunk(
  http: GraphHttp,
  gets: readonly BatchGet[],
  indexes: number[],
): Promise<IndexedResult[]> {
  const requests = indexes.map((index) => {
    const get = gets[index];
    // An entry with a body needs its own Content-Type (docs/graph-notes.md §5.3).
    const headers = get.body ? { ...get.headers, 'Content-Type': 'application/json' } : get.headers;
    return {
      id: String(index),
      method: get.method ?? 'GET',
      url: get.url,
      ...(headers ? { headers } : {}),
      ...(get.body ? { body: get.body } : {}),
    };
  });
  try {
    const answer = await http.send({
      method: 'POST',
      url: '/$batch',
      body: { requests },
      retry: 'idempotent',
    });
    return readResponses(answer.body, indexes);
  } catch (error) {
    const failure = toGraphFailure(error);
    return indexes.map((index) => ({ index, result: { ok: false, failure } }));
  }
}

/** Reads sub-responses from the raw JSON: BatchResponseContent mangles bodies (docs/teams-notes.md §T12). */
function readResponses(body: unknown, indexes: number[]): IndexedResult[] {
  const responses = isRecord(body) && Array.isArray(body.responses) ? body.responses : [];
  const byId = new Map<string, Record<string, unknown>>();
  for (const response of responses) {
    if (isRecord(response)) byId.set(String(response.id).toLowerCase(), response);
  }
  return indexes.map((index) => {
    const response = byId.get(String(index));
    if (!response || typeof response.status !== 'number')
      return { index, result: { ok: false, failure: notAnswered() } };
    const subBody = parseSubBody(response.body);
    const headers = isRecord(response.headers) ? response.headers : undefined;
    if (response.status >= 200 && response.status < 300) {
      return { index, result: { ok: true, status: response.status, body: subBody } };
    }
    return { index, result: { ok: false, failure: failureFromResponse(response.status, subBody, headers) } };
  });
}

function parseSubBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/** The longest Retry-After the retried sub-requests asked for, if any gave one. */
function longestRetryAfter(retry: { retryAfter?: number }[]): number | undefined {
  const asked = retry
    .map((entry) => entry.retryAfter)
    .filter((value): value is number => value !== undefined);
  return asked.length > 0 ? Math.max(...asked) : undefined;
}

function notAnswered(): GraphFailure {
  return {
    kind: 'unknown',
    status: -1,
    code: 'missingBatchResponse',
    message: 'Graph did not answer this request',
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

function sleep(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}
