import { invalidRequest } from '../http/graph-error';
import type { SandboxRole } from '../model/stored-permission';

/** The JSON object body of an action, or 400 when it is missing or not an object. */
export function objectBody(body: unknown, invalidJson: boolean | undefined): Record<string, unknown> {
  if (invalidJson) throw invalidRequest('The request body is not valid JSON.');
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw invalidRequest('The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

/** Rejects properties the action does not define, as OData does (OData annotations are allowed). */
export function rejectUnknownProperties(
  body: Record<string, unknown>,
  allowed: string[],
  action: string,
): void {
  for (const key of Object.keys(body)) {
    if (!key.startsWith('@') && !allowed.includes(key)) {
      throw invalidRequest(`The parameter ${key} does not exist in method ${action}.`);
    }
  }
}

/** Only `read` and `write` are accepted; `owner` and anything else give "Invalid value for role" (docs/graph-notes.md §1.4, §8.2). */
export function parseRoles(value: unknown): SandboxRole[] {
  if (!Array.isArray(value) || value.length === 0)
    throw invalidRequest('Invalid value for role: roles must be a non-empty array.');
  const roles = new Set<SandboxRole>();
  for (const r of value) {
    if (r !== 'read' && r !== 'write') throw invalidRequest('Invalid value for role');
    roles.add(r);
  }
  return [...roles];
}

/** Collapses roles the way a grant reads: write implies read. */
export function collapseRoles(roles: SandboxRole[]): SandboxRole[] {
  if (roles.includes('owner')) return ['owner'];
  return roles.includes('write') ? ['write'] : ['read'];
}

/** A boolean body flag where absent means false (docs/graph-notes.md §1.2, §8.1). */
export function flag(body: Record<string, unknown>, name: string): boolean {
  const value = body[name];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw invalidRequest(`The parameter ${name} must be true or false.`);
  return value;
}

/** A future ISO 8601 date, or 400. */
export function parseFutureDate(value: unknown, name: string): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw invalidRequest(`The parameter ${name} is not a valid date and time.`);
  if (time <= Date.now()) throw invalidRequest(`The parameter ${name} must be in the future.`);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
