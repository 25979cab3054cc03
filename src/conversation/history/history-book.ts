import type { ContextStore } from '../../state/context-store';
import type { ShareRequestRecord } from '../share-request';
import { historyEntryOf, type ShareHistory, withEntry } from './share-history';

/** Where the tab and the flows read and write each person's share history (one storage item per person). */
export type HistoryStore = ContextStore<ShareHistory>;

/** The history owner key: one history per person across all their conversations. */
function ownerOf(aadObjectId: string) {
  return { conversationId: 'share-history', aadObjectId };
}

/** The person's shares, newest first (empty when they shared nothing or it expired). */
export async function readHistory(
  store: HistoryStore,
  aadObjectId: string,
  now: number,
): Promise<ShareHistory> {
  return await store.read(ownerOf(aadObjectId), now);
}

/**
 * Writes a settled request into its requester's history when it reached someone (eTag update,
 * retried on a conflict). Requests that shared nothing leave the history as it is.
 */
export async function recordInHistory(
  store: HistoryStore,
  record: ShareRequestRecord,
  now: number,
): Promise<void> {
  const entry = historyEntryOf(record);
  if (!entry) return;
  await store.update(ownerOf(record.requesterAadId), now, (history) => withEntry(history, entry));
}
