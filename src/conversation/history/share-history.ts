import type { DriveItemInfo } from '../../domain/item';
import type { Role } from '../../domain/role';
import type { ShareRequestRecord } from '../share-request';

/** One person a share reached, as the history keeps it. */
export interface HistoryRecipient {
  name: string;
  email?: string;
  role: Role;
  /** The permission this share created for them; absent when they had it before (a merged grant) or Graph named none. */
  createdPermissionId?: string;
}

/** One share as the tab lists it. It outlives the request (REQUEST_RETENTION_HOURS) by far. */
export interface ShareHistoryEntry {
  /** The share request's id: one entry per request, written again when the request settles again. */
  requestId: string;
  sharedAt: number;
  item: Pick<DriveItemInfo, 'driveId' | 'id' | 'name' | 'webUrl' | 'kind' | 'shareId'>;
  recipients: HistoryRecipient[];
  /** When access ends, as the request asked (ISO 8601). */
  endsAt?: string;
}

/** Everything one person shared through Sharebot, newest first. */
export interface ShareHistory {
  entries: ShareHistoryEntry[];
}

/** How many shares a person's history keeps; older ones drop off (docs/tab.md). */
export const historyLimit = 200;

/** The history of someone who shared nothing yet. */
export function emptyHistory(): ShareHistory {
  return { entries: [] };
}

/** The entry a settled request stands for: only shares that reached someone, with the item known. */
export function historyEntryOf(record: ShareRequestRecord): ShareHistoryEntry | undefined {
  if (record.status !== 'shared' && record.status !== 'partlyShared') return undefined;
  const item = record.item;
  if (!item || record.grants.length === 0) return undefined;
  const created = new Set(record.createdPermissionIds);
  const recipients = record.grants.map((grant): HistoryRecipient => {
    const recipient = record.recipients[grant.recipient];
    const permissionId =
      grant.permissionId && created.has(grant.permissionId) ? grant.permissionId : undefined;
    return {
      name: recipient?.person.displayName ?? grant.line.displayName,
      email: recipient?.person.email ?? grant.line.email,
      role: recipient?.role ?? record.role,
      createdPermissionId: permissionId,
    };
  });
  const sharedAt = record.history.find((change) => change.status === 'sharing')?.at ?? record.updatedAt;
  return {
    requestId: record.id,
    sharedAt,
    item: {
      driveId: item.driveId,
      id: item.id,
      name: item.name,
      webUrl: item.webUrl,
      kind: item.kind,
      shareId: item.shareId,
    },
    recipients,
    endsAt: record.expiration?.at,
  };
}

/** The history with `entry` in place of an older version of it, newest first, within the limit. */
export function withEntry(history: ShareHistory, entry: ShareHistoryEntry): ShareHistory {
  const others = history.entries.filter((other) => other.requestId !== entry.requestId);
  const entries = [entry, ...others].sort((a, b) => b.sharedAt - a.sharedAt).slice(0, historyLimit);
  return { entries };
}
