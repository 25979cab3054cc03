import type { ItemAddress } from '../../domain/item';
import type { PermissionInfo } from '../../domain/permission';
import type { Role } from '../../domain/role';
import type { TabAccessState, TabRecipientRow, TabShareRow } from '../../domain/tab-rows';
import type { GraphPort, Lookup, LookupOutcome } from '../../graph/port';
import type { HistoryRecipient, ShareHistoryEntry } from '../history/share-history';

/** What an item's access list read gave: the permissions, or why there are none to show. */
export type ItemAccess = { ok: true; permissions: PermissionInfo[] } | { ok: false; gone: boolean };

/** The address of a history entry's item, as the permission calls take it. */
export function entryAddress(entry: ShareHistoryEntry): ItemAddress {
  return entry.item.shareId
    ? { shareId: entry.item.shareId }
    : { driveId: entry.item.driveId, itemId: entry.item.id };
}

/**
 * Reads the access list of every item the entries name, each item once, all in one `$batch`
 * where the port can (docs/graph-notes.md §5.3), and returns it per item key.
 */
export async function readItemAccess(
  port: GraphPort,
  entries: readonly ShareHistoryEntry[],
): Promise<Map<string, ItemAccess>> {
  const keys = [...new Set(entries.map(itemKey))];
  const byKey = new Map(entries.map((entry) => [itemKey(entry), entry] as const));
  const queries: Lookup[] = keys.map((key) => ({
    kind: 'permissions',
    item: entryAddress(byKey.get(key) as ShareHistoryEntry),
  }));
  const outcomes = (await port.lookup(queries)) as LookupOutcome<'permissions'>[];
  return new Map(
    keys.map((key, index) => {
      const outcome = outcomes[index];
      const access: ItemAccess = outcome?.ok
        ? { ok: true, permissions: outcome.value }
        : { ok: false, gone: outcome?.error.kind === 'notFound' };
      return [key, access];
    }),
  );
}

/** The key that tells items apart across entries. */
export function itemKey(entry: ShareHistoryEntry): string {
  return entry.item.shareId ? `s:${entry.item.shareId}` : `d:${entry.item.driveId}/${entry.item.id}`;
}

/** Where a share's end stands in the ledger: when, and whether Extend can move it. */
export interface EndNow {
  at?: number;
  extendable: boolean;
}

/**
 * One entry as the tab shows it, each person's access judged against the item's access list; the
 * end as the ledger has it now when `end` is given (an Extend moves it), else as it was asked.
 */
export function shareRow(
  entry: ShareHistoryEntry,
  access: ItemAccess | undefined,
  end?: EndNow,
): TabShareRow {
  const endsAt = end ? (end.at !== undefined ? new Date(end.at).toISOString() : undefined) : entry.endsAt;
  return {
    requestId: entry.requestId,
    sharedAt: new Date(entry.sharedAt).toISOString(),
    itemName: entry.item.name,
    itemUrl: entry.item.webUrl,
    itemKind: entry.item.kind,
    endsAt,
    extendable: end?.extendable ?? false,
    recipients: entry.recipients.map((recipient, index) => recipientRow(recipient, index, access)),
  };
}

function recipientRow(
  recipient: HistoryRecipient,
  index: number,
  access: ItemAccess | undefined,
): TabRecipientRow {
  const state = accessState(recipient, access);
  return {
    index,
    name: recipient.name,
    email: recipient.email,
    role: recipient.role,
    state,
    removable: state === 'active' || state === 'changed',
  };
}

/**
 * Where one person's access stands. Only the permission this share created counts: access they
 * had before is theirs to keep, so the tab never offers to remove it.
 */
function accessState(recipient: HistoryRecipient, access: ItemAccess | undefined): TabAccessState {
  if (!access) return 'unknown';
  if (!access.ok) return access.gone ? 'itemGone' : 'unknown';
  if (!recipient.createdPermissionId) return 'hadBefore';
  const permission = access.permissions.find((p) => p.id === recipient.createdPermissionId);
  if (!permission) return 'removed';
  return holdsRole(permission, recipient.role) ? 'active' : 'changed';
}

/** Whether a permission carries exactly the role the share gave. */
function holdsRole(permission: PermissionInfo, role: Role): boolean {
  return permission.roles.length === 1 && permission.roles[0] === role;
}
