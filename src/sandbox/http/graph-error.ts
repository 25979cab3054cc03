/** A Graph error a handler throws; the pipeline turns it into the error envelope (docs/graph-notes.md §5.1). */
export class SandboxGraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly innerCode?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The `date` format Graph uses inside innerError: ISO without milliseconds or zone. */
function innerErrorDate(now = new Date()): string {
  return now.toISOString().slice(0, 19);
}

/** Builds the Graph error envelope with innerError date, request-id and client-request-id. */
export function errorEnvelope(
  code: string,
  message: string,
  requestId: string,
  clientRequestId: string,
  innerCode?: string,
): Record<string, unknown> {
  const innerError: Record<string, unknown> = {
    ...(innerCode ? { code: innerCode } : {}),
    date: innerErrorDate(),
    'request-id': requestId,
    'client-request-id': clientRequestId,
  };
  return { error: { code, message, innerError } };
}

/** 401 InvalidAuthenticationToken: the token is missing, malformed or expired. */
export function invalidAuthenticationToken(message: string): SandboxGraphError {
  return new SandboxGraphError(401, 'InvalidAuthenticationToken', message);
}

/** 400 BadRequest: no resource for this URL segment. */
export function segmentNotFound(segment: string): SandboxGraphError {
  return new SandboxGraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}

/** 405 invalidRequest: the drive-side answer to a method the resource does not support. */
export function methodNotAllowed(message: string): SandboxGraphError {
  return new SandboxGraphError(405, 'invalidRequest', message);
}

/** 405 Request_BadRequest: the directory-side answer to a method the resource does not support. */
export function directoryMethodNotAllowed(method: string): SandboxGraphError {
  return new SandboxGraphError(405, 'Request_BadRequest', `${method} is not supported on this resource.`);
}

/** 501 NotImplemented: Graph itself does not serve this request shape. */
export function notImplemented(message: string): SandboxGraphError {
  return new SandboxGraphError(501, 'NotImplemented', message);
}

/** 403 notAllowed: the caller may share, but this change is refused. */
export function notAllowed(message: string): SandboxGraphError {
  return new SandboxGraphError(403, 'notAllowed', message);
}

/** 429 activityLimitReached › throttledRequest, with Retry-After when the headers carry one. */
export function throttled(headers: Record<string, string>): SandboxGraphError {
  return new SandboxGraphError(
    429,
    'activityLimitReached',
    'The request has been throttled.',
    'throttledRequest',
    headers,
  );
}

/** 503 serviceNotAvailable. */
export function serviceNotAvailable(headers: Record<string, string>): SandboxGraphError {
  return new SandboxGraphError(
    503,
    'serviceNotAvailable',
    'The service is temporarily unavailable. Retry after the suggested interval.',
    undefined,
    headers,
  );
}

/** 504 gatewayTimeout. */
export function gatewayTimeout(headers: Record<string, string>): SandboxGraphError {
  return new SandboxGraphError(
    504,
    'gatewayTimeout',
    'The operation timed out before the service answered.',
    undefined,
    headers,
  );
}

/** 500 generalException. */
export function generalException(headers: Record<string, string> = {}): SandboxGraphError {
  return new SandboxGraphError(
    500,
    'generalException',
    'An unspecified error has occurred.',
    undefined,
    headers,
  );
}

/** 400 invalidRequest: the drive-side code for a bad request. */
export function invalidRequest(message: string, innerCode?: string): SandboxGraphError {
  return new SandboxGraphError(400, 'invalidRequest', message, innerCode);
}

/** 404 itemNotFound. */
export function itemNotFound(message = 'The resource could not be found.'): SandboxGraphError {
  return new SandboxGraphError(404, 'itemNotFound', message);
}

/** 403 accessDenied. */
export function accessDenied(
  message = 'Access denied. You do not have permission to perform this action or access this resource.',
): SandboxGraphError {
  return new SandboxGraphError(403, 'accessDenied', message);
}

/** 400 Request_UnsupportedQuery: the directory-side code (docs/graph-notes.md §4.2). */
export function unsupportedQuery(message: string): SandboxGraphError {
  return new SandboxGraphError(400, 'Request_UnsupportedQuery', message);
}

/** 400 Request_BadRequest: the directory-side code for malformed queries. */
export function directoryBadRequest(message: string): SandboxGraphError {
  return new SandboxGraphError(400, 'Request_BadRequest', message);
}

/** 404 Request_ResourceNotFound for unknown directory objects. */
export function directoryNotFound(id: string): SandboxGraphError {
  return new SandboxGraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}
