import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written during one turn carries. */
export interface TurnFields {
  /** The incoming activity's id. */
  activityId?: string;
}

const current = new AsyncLocalStorage<TurnFields>();

/**
 * Runs one turn with its fields attached to everything it logs, including work it leaves running
 * in the background, without passing them through every flow (Node's AsyncLocalStorage:
 * https://nodejs.org/api/async_context.html#class-asynclocalstorage).
 */
export function withTurnFields<T>(fields: TurnFields, run: () => Promise<T>): Promise<T> {
  return current.run(fields, run);
}

/** The fields of the turn running now, if any. */
export function currentTurnFields(): TurnFields | undefined {
  return current.getStore();
}
