import type { FlowDeps } from '../ports/flow-deps';
import type { ShareRequestRecord } from '../share-request';
import { nextLookAt } from './access-end';

/**
 * How often a timed share still far from its end is looked at anyway, to be written again: Blob
 * storage has no expiry of its own and its lifecycle rule deletes blobs some days after their last
 * change (docs/scaling.md), so a two-week share's record must change more often than that.
 */
export const refreshEveryMs = 12 * 3_600_000;

/**
 * Puts a request with a reminder or an end to come in the due-end index, at the time it is next
 * due (at the latest `refreshEveryMs` from now). Called before the request is stored, so a stored
 * end is always listed. Idempotent.
 */
export async function listDueEnd(
  record: ShareRequestRecord,
  deps: Pick<FlowDeps, 'dueEnds' | 'now'>,
): Promise<void> {
  const at = nextLookAt(record);
  if (at !== undefined)
    await deps.dueEnds.set(record.id, Math.min(at, deps.now().getTime() + refreshEveryMs));
}

/**
 * Unlists a timed request with nothing left to do (ended, kept, waiting for the sharer). Called
 * after the request is stored; a failure leaves a stale entry the next scan unlists.
 */
export async function unlistDoneEnd(record: ShareRequestRecord, deps: FlowDeps): Promise<void> {
  if (record.accessEnd && nextLookAt(record) === undefined) await deps.dueEnds.remove(record.id);
}
