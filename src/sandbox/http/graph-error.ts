/** A Graph error a handler throws; the pipeline turns it into the error envelope (graph-contract §5.1). */
export class GraphFailure extends Error {
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
export function innerErrorDate(now = new Date()): string {
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

/** 400 invalidRequest: the drive-side code for a bad request. */
export function invalidRequest(message: string, innerCode?: string): GraphFailure {
  return new GraphFailure(400, 'invalidRequest', message, innerCode);
}

/** 404 itemNotFound. */
export function itemNotFound(message = 'The resource could not be found.'): GraphFailure {
  return new GraphFailure(404, 'itemNotFound', message);
}

/** 403 accessDenied. */
export function accessDenied(
  message = 'Access denied. You do not have permission to perform this action or access this resource.',
): GraphFailure {
  return new GraphFailure(403, 'accessDenied', message);
}

/** 400 Request_UnsupportedQuery: the directory-side code (graph-contract §4.2). */
export function unsupportedQuery(message: string): GraphFailure {
  return new GraphFailure(400, 'Request_UnsupportedQuery', message);
}

/** 400 Request_BadRequest: the directory-side code for malformed queries. */
export function directoryBadRequest(message: string): GraphFailure {
  return new GraphFailure(400, 'Request_BadRequest', message);
}

/** 404 Request_ResourceNotFound for unknown directory objects. */
export function directoryNotFound(id: string): GraphFailure {
  return new GraphFailure(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}
