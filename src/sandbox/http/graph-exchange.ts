import type { UserEntity } from '../model/entities';

/** One Graph request, from the wire or from inside a `$batch`. */
export interface GraphRequest {
  method: string;
  /** Raw path below `/v1.0`, still percent-encoded, e.g. `/me/drive/root:/a%20b.xlsx:`. */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Parsed JSON body, or undefined when there was none; `invalidJson` when it did not parse. */
  body: unknown;
  invalidJson?: boolean;
}

/** A Graph response before it is written to the socket or put into a `$batch` answer. */
export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** What a route handler gets: the request and the signed-in user. */
export interface SandboxCall extends GraphRequest {
  user: UserEntity;
  requestId: string;
  clientRequestId: string;
}

/** The public Graph root every @odata.context and @odata.nextLink points at, as real Graph does. */
export const graphRoot = 'https://graph.microsoft.com/v1.0';

/** A 200 JSON response. */
export function ok(body: unknown, status = 200): GraphResponse {
  return { status, headers: {}, body };
}

/**
 * A 200 `text/plain` answer: the `$count` path segment answers the bare number as text
 * (https://learn.microsoft.com/graph/api/user-list#example-3-get-only-a-count-of-users).
 */
export function plainText(text: string): GraphResponse {
  return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text };
}

/** The `@odata.context` URL for a metadata fragment. */
export function context(fragment: string): string {
  return `${graphRoot}/$metadata#${fragment}`;
}
