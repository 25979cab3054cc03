import type { DriveItemInfo } from '../../domain/item';
import type { FlowDeps } from '../ports/flow-deps';
import type { ShareRequestRecord } from '../share-request';
import { grantedStatuses } from '../share-states';

/**
 * Every timed share whose end is still to run (scheduled), from the due-end index: one record read
 * per listed share. Fine for the shares of a team; a tenant with many thousands of timed shares at
 * once would want an index by item and sharer.
 */
export async function timedSharesToEnd(deps: FlowDeps): Promise<ShareRequestRecord[]> {
  const found: ShareRequestRecord[] = [];
  for (const id of await deps.dueEnds.listed()) {
    const record = (await deps.requests.get(id))?.value;
    if (record?.accessEnd?.state === 'scheduled' && grantedStatuses.includes(record.status))
      found.push(record);
  }
  return found;
}

/** The ends Sharebot runs itself on these items: permission id -> when it removes it (epoch ms). */
export async function timedAccessEnds(
  items: readonly DriveItemInfo[],
  deps: FlowDeps,
): Promise<Map<string, number>> {
  const ends = new Map<string, number>();
  const wanted = new Set(items.map((item) => `${item.driveId}|${item.id}`));
  for (const record of await timedSharesToEnd(deps)) {
    const end = record.accessEnd;
    if (!end || !record.item || !wanted.has(`${record.item.driveId}|${record.item.id}`)) continue;
    for (const permission of end.permissions) ends.set(permission.id, end.at);
  }
  return ends;
}
