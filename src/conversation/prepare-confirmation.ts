import { dateTimeInputValues, formatEndTime } from '../cards/format-date';
import type { ConfirmCardModel, ExistingAccessView, RecipientView } from '../cards/models';
import { roleAccessNoun } from '../cards/role-label';
import type { DriveItemInfo, ItemAddress } from '../domain/item';
import { directRoleOf, type PermissionInfo } from '../domain/permission';
import type { GraphPort } from '../graph/port';
import * as words from '../wording/confirmation';
import * as timedWords from '../wording/timed-access';
import { graphEndsAccess } from './access/access-end';
import { readGroupAccess } from './group-access';
import { isKnownTimeZone } from './parse/time-zone';
import { roleOf, rolesDiffer } from './recipient-role';
import { LookupBatch } from './resolve/lookup-batch';
import type { ConfirmationSettings, ShareRequestRecord } from './share-request';
import { moveTo } from './share-states';

/** The address invite and permission calls use: by drive and id, or via /shares for pasted links. */
export function addressOf(item: DriveItemInfo): ItemAddress {
  return item.shareId ? { shareId: item.shareId } : { driveId: item.driveId, itemId: item.id };
}

/**
 * Reads what the confirmation card shows that resolution did not already have — fresh item details
 * (folder path; search hits lack it on work drives, docs/graph-notes.md §3.1) and who has access — in
 * one round trip, then fills the record's confirmation model. When a group holds a permission on
 * the item, a second `$batch` asks which recipients are in it (group-access.ts).
 */
export async function prepareConfirmation(
  record: ShareRequestRecord,
  port: GraphPort,
  timeZone: string | undefined,
  now: number,
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
  const groupAccess = await readGroupAccess(record, existing, port);
  return moveTo(
    record,
    'confirming',
    {
      item: current,
      existingPermissions: existing,
      groupAccess,
      confirmation: { timeZone, permissionsUnreadable: 'error' in permissions },
    },
    now,
  );
}

/** Builds the confirmation card's model from a ready record and how its card reads. */
export function buildConfirmModel(
  record: ShareRequestRecord,
  settings: ConfirmationSettings = { permissionsUnreadable: false },
  viewer: CardViewer = 'everyone',
): ConfirmCardModel {
  const { timeZone, permissionsUnreadable, onlyNote } = settings;
  // In a group chat or channel the card everyone sees leaves out who already has access; the
  // requester's automatic refresh brings it (user-specific views, docs/teams-notes.md §T3).
  const hideAccess = record.privateTo !== undefined && viewer === 'everyone';
  const item = record.item as DriveItemInfo;
  const perPerson = rolesDiffer(record);
  const recipients: RecipientView[] = record.recipients.map(({ person, external }, index) => ({
    displayName: person.displayName,
    email: person.email,
    guest: person.userType === 'Guest',
    external,
    group: person.kind === 'group',
    existingRole: directRoleOf(person, record.existingPermissions),
    ...(perPerson ? { role: roleOf(record, index) } : {}),
  }));
  const notes: string[] = [];
  for (const { person, matchedFrom } of record.recipients) {
    if (matchedFrom === undefined) continue;
    notes.push(
      words.partialNameNote(matchedFrom, person.displayName, person.email ?? person.userPrincipalName),
    );
  }
  if (!record.notify && record.message) notes.push(words.messageWithoutEmailNote);
  if (record.password) notes.push(words.passwordNote(item.driveType === 'personal'));
  for (const [index, view] of recipients.entries()) {
    if (!view.existingRole || hideAccess) continue;
    const upgrades = view.existingRole === 'read' && roleOf(record, index) === 'write';
    notes.push(words.alreadyHasAccessNote(view.displayName, roleAccessNoun(view.existingRole), upgrades));
  }
  for (const { recipient, groupName, role } of hideAccess ? [] : (record.groupAccess ?? [])) {
    const view = recipients[recipient];
    if (!view) continue;
    const upgrades = role === 'read' && roleOf(record, recipient) === 'write';
    notes.push(words.groupAccessNote(view.displayName, roleAccessNoun(role), groupName, upgrades));
  }
  for (const view of recipients.filter((r) => r.external)) {
    notes.push(words.externalRecipientNote(view.email ?? view.displayName));
  }
  for (const view of recipients.filter((r) => r.group))
    notes.push(words.groupRecipientNote(view.displayName));
  if (hideAccess) notes.push(words.detailsForRequesterNote(record.requesterName));
  else if (permissionsUnreadable) notes.push(words.permissionsUnreadableNote);
  if (!hideAccess && item.remote && viewOnlyForRequester(record)) notes.push(words.viewOnlyRequesterNote);
  return {
    requestId: record.id,
    item,
    recipients: hideAccess ? recipients.map((view) => ({ ...view, existingRole: undefined })) : recipients,
    // Everyone on one role: that role, also when each recipient carries it as their own.
    role: perPerson || record.recipients.length === 0 ? record.role : roleOf(record, 0),
    notify: record.notify,
    message: record.message,
    ...endOnCard(record, timeZone),
    existingAccess: hideAccess ? [] : record.existingPermissions.map(toAccessView),
    notes: onlyNote === undefined ? notes : [onlyNote],
    privateTo: record.privateTo,
  };
}

/** Who a card is built for: the requester (their own refresh), or everyone in the conversation. */
export type CardViewer = 'requester' | 'everyone';

/**
 * The end as the card shows it: who removes the access then (Graph on personal OneDrive, Sharebot
 * everywhere else), and the date and time inputs in the requester's time zone.
 */
function endOnCard(
  record: ShareRequestRecord,
  timeZone: string | undefined,
): Pick<ConfirmCardModel, 'endLine' | 'endInputs'> {
  const zoneKnown = isKnownTimeZone(timeZone);
  if (!record.expiration)
    return { endLine: timedWords.confirmEndLine(undefined, zoneKnown, false), endInputs: {} };
  const at = Date.parse(record.expiration.at);
  const when = formatEndTime(at, timeZone, record.updatedAt);
  return {
    endLine: timedWords.confirmEndLine(when, zoneKnown, graphEndsAccess(record)),
    endInputs: dateTimeInputValues(at, timeZone),
  };
}

/** True when the requester's own visible grant on someone else's item is read-only. */
function viewOnlyForRequester(record: ShareRequestRecord): boolean {
  const own = record.existingPermissions.filter((p) => p.grantee?.id === record.requesterAadId);
  return own.length > 0 && own.every((p) => !p.roles.includes('write') && !p.roles.includes('owner'));
}

/** The role a person already holds through a direct permission, if any. */
function toAccessView(permission: PermissionInfo): ExistingAccessView {
  const role = permission.roles.includes('owner')
    ? 'owner'
    : permission.roles.includes('write')
      ? 'write'
      : 'read';
  if (permission.link) {
    return { displayName: words.linkAudience(permission.link.scope), role, via: 'link' };
  }
  const name = permission.grantee?.displayName ?? permission.grantee?.email ?? words.unnamedGrantee;
  return { displayName: name, role, via: permission.inherited ? 'inherited' : 'direct' };
}
