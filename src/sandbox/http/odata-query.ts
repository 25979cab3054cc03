import { directoryBadRequest, invalidRequest, type SandboxGraphError } from './graph-error';
import { graphRoot } from './graph-exchange';

/** Which error family a query error belongs to: directory (`Request_*`) or drive (camelCase). */
export type ErrorFamily = 'directory' | 'drive';

function badRequest(family: ErrorFamily, message: string): SandboxGraphError {
  return family === 'directory'
    ? directoryBadRequest(message)
    : invalidRequest(message, 'invalidQueryOption');
}

/** Reads a query option by name, accepting it with or without the `$` like Graph does. */
export function option(query: URLSearchParams, name: string): string | undefined {
  for (const [key, value] of query) {
    const k = key.toLowerCase();
    if (k === `$${name}` || k === name) return value;
  }
  return undefined;
}

/** Parses `$top`: a positive integer up to max, else 400. */
export function parseTop(query: URLSearchParams, family: ErrorFamily, max: number): number | undefined {
  const raw = option(query, 'top');
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw badRequest(family, `Invalid value '${raw}' for $top: it must be a positive integer.`);
  if (n > max)
    throw badRequest(
      family,
      `Invalid page size specified: '${raw}'. Must be between 1 and ${max} inclusive.`,
    );
  return n;
}

/** Parses `$select` into property names (or undefined when absent). */
export function parseSelect(query: URLSearchParams): string[] | undefined {
  const raw = option(query, 'select');
  if (raw === undefined) return undefined;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Checks selected properties against the known list (directory objects reject unknown ones). */
export function checkSelect(select: string[] | undefined, known: readonly string[], type: string): void {
  for (const name of select ?? []) {
    if (!known.some((k) => k.toLowerCase() === name.toLowerCase())) {
      throw directoryBadRequest(
        `Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`,
      );
    }
  }
}

/** Keeps only the selected properties (case-insensitive) plus OData annotations. */
export function applySelect(
  entity: Record<string, unknown>,
  select: string[] | undefined,
): Record<string, unknown> {
  if (!select) return entity;
  const wanted = new Set(select.map((s) => s.toLowerCase()));
  return Object.fromEntries(
    Object.entries(entity).filter(([k]) => k.startsWith('@') || wanted.has(k.toLowerCase())),
  );
}

/** One page of a collection plus the `@odata.nextLink` to the next one. */
export interface Page<T> {
  value: T[];
  nextLink?: string;
}

/**
 * Slices a collection into pages using an opaque `$skiptoken` (or `$skip` for people), and builds
 * an absolute `@odata.nextLink` on graph.microsoft.com that keeps every other query option.
 */
export function paginate<T>(
  items: T[],
  path: string,
  query: URLSearchParams,
  pageSize: number,
  family: ErrorFamily,
  mode: 'skiptoken' | 'skip' = 'skiptoken',
): Page<T> {
  let offset = 0;
  const token = option(query, 'skiptoken');
  const skip = option(query, 'skip');
  if (mode === 'skiptoken' && token !== undefined) {
    const decoded = Number(
      Buffer.from(token, 'base64url')
        .toString('utf8')
        .replace(/^offset:/, ''),
    );
    if (!Number.isInteger(decoded) || decoded < 0)
      throw badRequest(family, 'The $skiptoken value is invalid.');
    offset = decoded;
  } else if (mode === 'skip' && skip !== undefined) {
    const n = Number(skip);
    if (!Number.isInteger(n) || n < 0) throw badRequest(family, `Invalid value '${skip}' for $skip.`);
    offset = n;
  }
  const value = items.slice(offset, offset + pageSize);
  if (offset + pageSize >= items.length) return { value };
  const next = new URLSearchParams();
  for (const [k, v] of query) {
    const lower = k.toLowerCase();
    if (lower !== '$skiptoken' && lower !== '$skip' && lower !== 'skiptoken' && lower !== 'skip')
      next.append(k, v);
  }
  if (mode === 'skip') next.append('$skip', String(offset + pageSize));
  else next.append('$skiptoken', Buffer.from(`offset:${offset + pageSize}`, 'utf8').toString('base64url'));
  return { value, nextLink: `${graphRoot}${path}?${next.toString().replace(/%24/g, '$')}` };
}
