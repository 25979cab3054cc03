import { UnexpectedGraphResponse } from './unexpected-response';

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `value` array of a Graph collection page; throws UnexpectedGraphResponse when absent. */
export function listValue(body: unknown): unknown[] {
  const value = isRecord(body) ? body.value : undefined;
  if (!Array.isArray(value)) throw new UnexpectedGraphResponse('Graph returned no value array');
  return value;
}

/** A string property of a JSON object, or undefined when absent, empty or not a string. */
export function stringField(record: unknown, key: string): string | undefined {
  if (!isRecord(record)) return undefined;
  const value = record[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
