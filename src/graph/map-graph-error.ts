import { GraphError } from '@microsoft/microsoft-graph-client';
import { isRecord, stringField } from './graph-json';
import { parseRetryAfter } from './parse-retry-after';
import { TOKEN_UNAVAILABLE, TokenUnavailableError } from './token-unavailable-error';
import { type FailureKind, type GraphFailure, GraphRequestError } from './types';

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
  // 509 is SharePoint's "bandwidth exceeded" throttle (graph-contract §5.1).
  [509, 'throttled'],
  [503, 'unavailable'],
  [504, 'unavailable'],
]);

/** Classifies an HTTP status (graph-contract §5.1); -1 means no answer arrived. */
export function failureKindForStatus(status: number): FailureKind {
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

/** `innerError` nests (graph-contract §5.1); invite's per-entry errors spell it `innererror` (§1.7). */
function innerError(error: unknown): Record<string, unknown> | undefined {
  if (!isRecord(error)) return undefined;
  const key = Object.keys(error).find((name) => name.toLowerCase() === 'innererror');
  const inner = key ? error[key] : undefined;
  return isRecord(inner) ? inner : undefined;
}

/** The code of the deepest `innerError` that has one. */
export function innermostCode(error: unknown): string | undefined {
  let code: string | undefined;
  for (let inner = innerError(error); inner; inner = innerError(inner)) {
    code = stringField(inner, 'code') ?? code;
  }
  return code;
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
export function redactSecrets(text: string): string {
  return text
    .replace(/Bearer\s+[^\s"',;]+/gi, 'Bearer [redacted]')
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[redacted-jwt]');
}
