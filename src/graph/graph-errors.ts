// Error mapping: classifies whatever a Graph call threw or answered into a GraphFailure.
import { GraphError } from '@microsoft/microsoft-graph-client';
import { innerError, innermostCode, isRecord, stringField } from './json-mappers';
import { type FailureKind, type GraphFailure, GraphRequestError } from './port';

/** Something headers can be read from: fetch Headers or a `$batch` sub-response's plain object. */
export type HeaderSource = Headers | Record<string, unknown> | null | undefined;

const KIND_BY_STATUS: ReadonlyMap<number, FailureKind> = new Map([
  [400, 'invalid'],
  [401, 'unauthenticated'],
  [403, 'forbidden'],
  [404, 'notFound'],
  [405, 'invalid'],
  [409, 'invalid'],
  [410, 'notFound'],
  [412, 'invalid'],
  [413, 'invalid'],
  [415, 'invalid'],
  [422, 'invalid'],
  [429, 'throttled'],
  // 509 is SharePoint's "bandwidth exceeded" throttle (docs/graph-notes.md §5.1).
  [509, 'throttled'],
  [503, 'unavailable'],
  [504, 'unavailable'],
]);

/** Classifies an HTTP status (docs/graph-notes.md §5.1); -1 means no answer arrived. */
function failureKindForStatus(status: number): FailureKind {
  if (status === -1) return 'network';
  return KIND_BY_STATUS.get(status) ?? 'unknown';
}

/**
 * Builds a GraphFailure from an HTTP answer: the status, the error envelope (or the bare inner
 * error object the SDK keeps in GraphError.body) and the headers.
 */
export function failureFromResponse(status: number, body: unknown, headers?: HeaderSource): GraphFailure {
  const error = isRecord(body) && isRecord(body.error) ? body.error : isRecord(body) ? body : undefined;
  const failure: GraphFailure = {
    kind: failureKindForStatus(status),
    status,
    code: stringField(error, 'code') ?? '',
    message: redactSecrets(stringField(error, 'message') ?? ''),
  };
  const innerCode = innermostCode(error);
  if (innerCode) failure.innerCode = innerCode;
  const retryAfter = parseRetryAfter(headerValue(headers, 'retry-after'));
  if (retryAfter !== undefined && (failure.kind === 'throttled' || failure.kind === 'unavailable')) {
    failure.retryAfterSeconds = retryAfter;
  }
  const requestId = stringField(innerError(error), 'request-id') ?? headerValue(headers, 'request-id');
  if (requestId) failure.requestId = requestId;
  return failure;
}

/**
 * Classifies anything a Graph call threw: GraphRequestError (already classified), the SDK's
 * GraphError (HTTP failures, and network failures with statusCode -1), a failed token callback,
 * or a plain error. Never copies request headers, so tokens cannot leak into the result.
 */
export function toGraphFailure(error: unknown): GraphFailure {
  if (error instanceof GraphRequestError) return error.failure;
  if (error instanceof TokenUnavailableError || isWrappedTokenFailure(error)) {
    return { kind: 'unauthenticated', status: -1, code: 'tokenUnavailable', message: 'No access token' };
  }
  if (error instanceof GraphError) return fromGraphError(error);
  if (error instanceof Error && isNetworkError(error)) {
    return { kind: 'network', status: -1, code: error.name, message: redactSecrets(error.message) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'unknown', status: -1, code: '', message: redactSecrets(message) };
}

function fromGraphError(error: GraphError): GraphFailure {
  if (error.statusCode === -1 || error.statusCode === undefined) {
    return { kind: 'network', status: -1, code: error.code ?? '', message: redactSecrets(error.message) };
  }
  const failure = failureFromResponse(error.statusCode, parseBody(error.body), error.headers);
  if (!failure.code && error.code) failure.code = error.code;
  if (!failure.message && error.message) failure.message = redactSecrets(error.message);
  if (!failure.requestId && error.requestId) failure.requestId = error.requestId;
  return failure;
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name) ?? undefined;
  const record = headers as Record<string, unknown>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key ? record[key] : undefined;
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

const NETWORK_ERROR_NAMES = new Set(['TypeError', 'AbortError', 'TimeoutError', 'FetchError']);

function isNetworkError(error: Error): boolean {
  return (
    NETWORK_ERROR_NAMES.has(error.name) || (isRecord(error.cause) && typeof error.cause.code === 'string')
  );
}

/** The SDK wraps whatever the auth handler threw in a GraphError whose code is the error's name. */
function isWrappedTokenFailure(error: unknown): boolean {
  return error instanceof GraphError && error.code === TOKEN_UNAVAILABLE;
}

/** Removes bearer tokens and JWT-shaped strings from text that may end up in logs. */
function redactSecrets(text: string): string {
  return text
    .replace(/Bearer\s+[^\s"',;]+/gi, 'Bearer [redacted]')
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[redacted-jwt]');
}

/** The error name, which the SDK copies into GraphError.code when it wraps this error. */
const TOKEN_UNAVAILABLE = 'TokenUnavailableError';

/** Thrown into the SDK's auth handler when the per-user token callback fails. */
export class TokenUnavailableError extends Error {
  constructor(cause: unknown) {
    super('No Graph access token could be obtained for this user', { cause });
    this.name = TOKEN_UNAVAILABLE;
  }
}

/**
 * Reads a `Retry-After` header as seconds: a possibly fractional number ("2.128", docs/graph-notes.md
 * §5.2) or an HTTP date. Returns undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^[-+\d.]+$/.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - now) / 1000);
}
