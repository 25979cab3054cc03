import type { ShareHistoryEntry } from '../history/share-history';
import type { FlowDeps } from '../ports/flow-deps';
import type { AccessEndState, ShareRequestRecord } from '../share-request';
import type { EndNow } from './list-my-shares';

/** The end states Extend acts on, as on the reminder card (flows/timed-access-clicks.ts). */
const extendableStates: readonly AccessEndState[] = ['scheduled', 'waitingForSharer'];

/**
 * The current end of each timed entry, read from the share ledger: Extend in chat or here moves it,
 * and the end runner marks it ended. An entry whose request is gone keeps the end it asked for.
 */
export async function currentEnds(
  deps: Pick<FlowDeps, 'requests'>,
  userId: string,
  entries: readonly ShareHistoryEntry[],
): Promise<Map<string, EndNow>> {
  const timed = entries.filter((entry) => entry.endsAt !== undefined);
  const records = await Promise.all(timed.map((entry) => deps.requests.get(entry.requestId)));
  const ends = new Map<string, EndNow>();
  for (const stored of records) {
    const record = stored?.value;
    if (!record || record.requesterAadId !== userId) continue;
    ends.set(record.id, endOf(record));
  }
  return ends;
}

/** A request's end as the tab shows it. */
export function endOf(record: ShareRequestRecord): EndNow {
  const end = record.accessEnd;
  if (!end) {
    // Graph carries the end (personal drives): shown, not extended here.
    const at = record.expiration ? Date.parse(record.expiration.at) : undefined;
    return { at: Number.isFinite(at) ? at : undefined, extendable: false };
  }
  if (end.state === 'kept') return { at: undefined, extendable: false };
  return { at: end.at, extendable: extendableStates.includes(end.state) };
}
