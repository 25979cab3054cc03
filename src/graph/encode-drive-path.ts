/**
 * Characters that may stay raw inside one path segment (graph-contract §3.2, the RFC 3986 `pchar`
 * set). Everything else, including space, `#`, `%`, `?`, `[`, `]` and all non-ASCII, is
 * percent-encoded as UTF-8.
 */
const RAW_IN_SEGMENT = new Set(
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@",
);

/** Lone UTF-16 surrogates cannot be encoded as UTF-8; Graph names never contain them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes one drive path segment (a file or folder name). */
export function encodePathSegment(segment: string): string {
  let encoded = '';
  for (const char of segment.replace(LONE_SURROGATE, '\uFFFD')) {
    encoded += RAW_IN_SEGMENT.has(char) ? char : encodeURIComponent(char);
  }
  return encoded;
}

/**
 * Encodes a drive path such as "/Reports/Q1 #2.xlsx" for `root:/{path}:` addressing, one segment
 * at a time (graph-contract §3.2: never encode the whole URL at once, or `/` would be lost).
 * Empty segments from doubled or trailing slashes are dropped; the root encodes to "".
 */
export function encodeDrivePath(path: string): string {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  return segments.map((segment) => `/${encodePathSegment(segment)}`).join('');
}
