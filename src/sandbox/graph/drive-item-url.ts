import { invalidRequest } from '../http/graph-error';

/** Which drive (or share) a URL starts from. */
export type UrlDriveRef =
  | { kind: 'me' }
  | { kind: 'user'; key: string }
  | { kind: 'group'; id: string }
  | { kind: 'site'; id: string }
  | { kind: 'drive'; id: string }
  | { kind: 'share'; token: string };

/** Which item below the drive the URL names, before any `:/path:`. */
export type UrlItemRef =
  | { kind: 'drive' }
  | { kind: 'root' }
  | { kind: 'id'; id: string }
  | { kind: 'special'; name: string }
  | { kind: 'followingList' }
  | { kind: 'following'; id: string }
  | { kind: 'shareItem' }
  | { kind: 'shareRoot' }
  | { kind: 'shareChild'; id: string };

/** A parsed drive-item URL: drive, item, optional relative path, then the rest (action) segments. */
export interface DriveItemUrl {
  drive: UrlDriveRef;
  item: UrlItemRef;
  /** Decoded segments of a `:/a/b:` path, when the URL used path addressing. */
  relativePath?: string[];
  /** Decoded segments after the item, e.g. ["permissions", "id"] or ["invite"]. */
  rest: string[];
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw invalidRequest(`The URL segment '${segment}' is not correctly percent-encoded.`, 'invalidPath');
  }
}

const drivePrefixes: Array<[RegExp, (m: RegExpExecArray) => UrlDriveRef]> = [
  [/^\/(?:me\/drive|drive)(?=[/:]|$)/, () => ({ kind: 'me' })],
  [/^\/users\/([^/]+)\/drive(?=[/:]|$)/, (m) => ({ kind: 'user', key: decode(m[1]) })],
  [/^\/groups\/([^/]+)\/drive(?=[/:]|$)/, (m) => ({ kind: 'group', id: decode(m[1]) })],
  [/^\/sites\/[^/]+\/drives\/([^/:]+)(?=[/:]|$)/, (m) => ({ kind: 'drive', id: decode(m[1]) })],
  [/^\/sites\/([^/]+)\/drive(?=[/:]|$)/, (m) => ({ kind: 'site', id: decode(m[1]) })],
  [/^\/drives\/([^/:]+)(?=[/:]|$)/, (m) => ({ kind: 'drive', id: decode(m[1]) })],
  [/^\/shares\/([^/]+)(?=\/|$)/, (m) => ({ kind: 'share', token: decode(m[1]) })],
];

/**
 * Matches the start of every drive and share URL form, for the route table; its groups capture
 * nothing, so percent-decoding stays with `parseDriveItemUrl` and its invalidPath error.
 */
export const drivePathPattern = new RegExp(
  drivePrefixes.map(([pattern]) => pattern.source.replace(/\((?!\?)/g, '(?:')).join('|'),
);

type ItemPattern = [RegExp, (m: RegExpExecArray) => UrlItemRef];

const shareItemPatterns: ItemPattern[] = [
  [/^\/driveItem(?=[/:]|$)/i, () => ({ kind: 'shareItem' })],
  [/^\/root(?=[/:]|$)/, () => ({ kind: 'shareRoot' })],
  [/^\/items\/([^/:]+)/, (m) => ({ kind: 'shareChild', id: decode(m[1]) })],
];

const driveItemPatterns: ItemPattern[] = [
  [/^\/root(?=[/:]|$)/, () => ({ kind: 'root' })],
  [/^\/items\/([^/:]+)/, (m) => ({ kind: 'id', id: decode(m[1]) })],
  [/^\/special\/([^/:]+)/, (m) => ({ kind: 'special', name: decode(m[1]) })],
  [/^\/following\/([^/:]+)/, (m) => ({ kind: 'following', id: decode(m[1]) })],
  [/^\/following\/?$/, () => ({ kind: 'followingList' })],
];

/**
 * Parses a drive-item URL (raw, still percent-encoded) the way Graph addresses items: ids, `root`,
 * `special/{name}`, `following/{id}`, shares, and `:/path:` addressing with per-segment decoding
 * (docs/graph-notes.md §3.2). Returns undefined when the URL is not a drive URL at all.
 */
export function parseDriveItemUrl(rawPath: string): DriveItemUrl | undefined {
  for (const [pattern, build] of drivePrefixes) {
    const m = pattern.exec(rawPath);
    if (!m) continue;
    const drive = build(m);
    let rest = rawPath.slice(m[0].length);
    const table = drive.kind === 'share' ? shareItemPatterns : driveItemPatterns;
    const found = table.map(([p, make]) => ({ im: p.exec(rest), make })).find((t) => t.im !== null);
    if (!found?.im) return { drive, item: { kind: 'drive' }, rest: splitRest(rest) };
    const item = found.make(found.im);
    const im = found.im;
    rest = rest.slice(im[0].length);
    let relativePath: string[] | undefined;
    if (rest.startsWith(':')) {
      const close = rest.indexOf(':', 1);
      const rawRel = close < 0 ? rest.slice(1) : rest.slice(1, close);
      relativePath = rawRel
        .split('/')
        .filter((s) => s.length > 0)
        .map(decode);
      rest = close < 0 ? '' : rest.slice(close + 1);
    }
    return { drive, item, relativePath, rest: splitRest(rest) };
  }
  return undefined;
}

function splitRest(rest: string): string[] {
  return rest
    .split('/')
    .filter((s) => s.length > 0)
    .map(decode);
}

/**
 * Reads the `q` of a decoded `search(q='...')` segment: an OData string literal where `''` stands for
 * one quote; a lone quote inside is a syntax error (docs/graph-notes.md §3.1). Undefined when not a search.
 */
export function parseSearchSegment(segment: string): string | undefined {
  const m = /^search\(q=(.*)\)$/s.exec(segment);
  if (!m) return undefined;
  const literal = m[1];
  if (literal.length < 2 || !literal.startsWith("'") || !literal.endsWith("'")) {
    throw invalidRequest(`Syntax error: the search text must be a quoted string literal: ${literal}`);
  }
  const inner = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] !== "'") {
      out += inner[i];
      continue;
    }
    if (inner[i + 1] !== "'")
      throw invalidRequest(`Syntax error: character ''' is not valid at position ${i + 3} in '${literal}'.`);
    out += "'";
    i++;
  }
  return out;
}
