/**
 * Builders for text that goes into Graph URLs. Literals are returned raw; callers percent-encode
 * whole query values with `encodeURIComponent`, so the SDK (which only splits the query string on
 * `&` and the first `=`) passes them through untouched.
 */

/** An OData string literal with single quotes doubled (graph-contract §3.1, §4.2): O'Brien -> 'O''Brien'. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A quoted `$search` phrase for `/me/people` (graph-contract §4.1). OData 4.0 search phrases
 * cannot contain a double quote at all, so quotes (and backslashes) in the typed text become
 * spaces; people's names never need them.
 */
export function searchPhrase(value: string): string {
  const cleaned = value.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return `"${cleaned}"`;
}

/** Builds `?a=b&c=d` from already-formatted values, percent-encoding each value. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
