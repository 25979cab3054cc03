import { formatDate } from '../cards/format-date';
import type { ConfirmCardModel, ExistingAccessView, RecipientView } from '../cards/models';
import { roleAccessNoun } from '../cards/role-label';
import type { DriveItemInfo, ItemAddress } from '../domain/item';
import type { PermissionInfo } from '../domain/permission';
import type { PersonInfo } from '../domain/person';
import type { Role } from '../domain/role';
import type { GraphPort } from '../graph/port';
import { LookupBatch } from './resolve/lookup-batch';
import type { ShareRequestRecord } from './share-request';

/** The address invite and permission calls use: by drive and id, or via /shares for pasted links. */
export function addressOf(item: DriveItemInfo): ItemAddress {
  return item.shareId ? { shareId: item.shareId } : { driveId: item.driveId, itemId: item.id };
}

/**
 * Reads what the confirmation card shows that resolution did not already have — fresh item details
 * (folder path; search hits lack it on work drives, docs/graph-notes.md §3.1) and who has access — in
 * one round trip, then fills the record's confirmation model.
 */
export async function prepareConfirmation(
  record: ShareRequestRecord,
  port: GraphPort,
  timeZone: string | undefined,
): Promise<ShareRequestRecord> {
  const item = record.item;
  if (!item) throw new Error('prepareConfirmation needs a chosen item');
  const plan = new LookupBatch();
  const itemSlot = item.shareId
    ? undefined
    : plan.add({ kind: 'item', driveId: item.driveId, itemId: item.id });
  const permissionsSlot = plan.add({ kind: 'permissions', item: addressOf(item) });
  await plan.run(port);

  const fresh = itemSlot ? plan.value(itemSlot) : undefined;
  const current: DriveItemInfo =
    fresh && 'value' in fresh && fresh.value ? { ...item, ...fresh.value, shareId: item.shareId } : item;
  const permissions = plan.value(permissionsSlot);
  const existing = 'value' in permissions ? permissions.value : [];
  const updated: ShareRequestRecord = {
    ...record,
    item: current,
    existingPermissions: existing,
    status: 'confirming',
  };
  updated.confirmModel = buildConfirmModel(updated, timeZone, 'error' in permissions);
  return updated;
}

/** Builds the confirmation card's model from a ready record. */
export function buildConfirmModel(
  record: ShareRequestRecord,
  timeZone: string | undefined,
  permissionsUnreadable = false,
): ConfirmCardModel {
  const item = record.item as DriveItemInfo;
  const expirySupported = item.driveType === 'personal';
  const recipients: RecipientView[] = record.recipients.map(({ person, external }) => ({
    displayName: person.displayName,
    email: person.email,
    guest: person.userType === 'Guest',
    external,
    group: person.kind === 'group',
    existingRole: roleHeldBy(person, record.existingPermissions),
  }));
  const notes: string[] = [];
  if (record.expiration && !expirySupported) {
    notes.push(
      `You asked for access until ${record.expiration.words}, but OneDrive for work or school and SharePoint can't put an end date on invitations to people. Access will not expire; use Undo or Manage access to remove it later.`,
    );
  }
  if (record.password) {
    notes.push(
      item.driveType === 'personal'
        ? 'People will also need the password you gave to open it.'
        : 'Passwords only work on personal OneDrive, so no password will be set. People still need to sign in.',
    );
  }
  for (const view of recipients) {
    if (!view.existingRole) continue;
    const held = roleAccessNoun(view.existingRole);
    notes.push(
      view.existingRole === 'read' && record.role === 'write'
        ? `${view.displayName} can already view this; sharing gives them edit access.`
        : `${view.displayName} can already ${held} this.`,
    );
  }
  for (const view of recipients.filter((r) => r.external)) {
    notes.push(
      `${view.email ?? view.displayName} is outside your organisation. Your sharing policy decides whether they can be invited.`,
    );
  }
  for (const view of recipients.filter((r) => r.group)) {
    notes.push(`Everyone in ${view.displayName} will get access.`);
  }
  if (permissionsUnreadable) notes.push("I couldn't read who already has access to this item.");
  if (item.remote && viewOnlyForRequester(record)) {
    notes.push(
      'You can only view this item, so Microsoft 365 will probably refuse to share it. If it does, ask its owner to share it or to give you edit access.',
    );
  }
  return {
    requestId: record.id,
    item,
    recipients,
    role: record.role,
    notify: record.notify,
    message: record.message,
    expirySupported,
    expiryText: expirySupported && record.expiration ? formatDate(record.expiration.at, timeZone) : undefined,
    existingAccess: record.existingPermissions.map(toAccessView),
    notes,
  };
}

/** True when the requester's own visible grant on someone else's item is read-only. */
function viewOnlyForRequester(record: ShareRequestRecord): boolean {
  const own = record.existingPermissions.filter((p) => p.grantee?.id === record.requesterAadId);
  return own.length > 0 && own.every((p) => !p.roles.includes('write') && !p.roles.includes('owner'));
}

/** The role a person already holds through a direct permission, if any. */
function roleHeldBy(person: PersonInfo, permissions: PermissionInfo[]): Role | undefined {
  const email = person.email?.toLowerCase();
  const held = permissions.filter(
    (p) =>
      !p.link &&
      ((person.id && p.grantee?.id === person.id) || (email && p.grantee?.email?.toLowerCase() === email)),
  );
  if (held.length === 0) return undefined;
  return held.some((p) => p.roles.includes('write') || p.roles.includes('owner')) ? 'write' : 'read';
}

function toAccessView(permission: PermissionInfo): ExistingAccessView {
  const role = permission.roles.includes('owner')
    ? 'owner'
    : permission.roles.includes('write')
      ? 'write'
      : 'read';
  if (permission.link) {
    const scope =
      permission.link.scope === 'anonymous'
        ? 'Anyone with the link'
        : permission.link.scope === 'organization'
          ? 'People in your organisation with the link'
          : 'Specific people with the link';
    return { displayName: scope, role, via: 'link' };
  }
  const name = permission.grantee?.displayName ?? permission.grantee?.email ?? 'Someone';
  return { displayName: name, role, via: permission.inherited ? 'inherited' : 'direct' };
}
