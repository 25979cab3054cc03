import type { ResultLineView } from '../cards/models';
import type { DriveItemInfo } from '../domain/item';
import { directPermissionsOf, type PermissionInfo } from '../domain/permission';
import type { Role } from '../domain/role';
import type { GraphFailure, GraphPort } from '../graph/port';
import { addressOf } from './prepare-confirmation';
import { roleOf } from './recipient-role';
import type { RecipientGrant, ShareRequestRecord } from './share-request';

/** What reading the item's access showed: who of the recipients now has what was asked, or why it could not be read. */
export type AccessCheck = { ok: true; grants: RecipientGrant[] } | { ok: false; failure: GraphFailure };

/**
 * Reads who has access to the request's item and turns it into grants: every recipient not yet
 * granted who now holds their asked role (or more) directly. This is how Sharebot learns the truth
 * when an invite's answer was lost (docs/graph-notes.md §5.2): the access list is the only record
 * of what Graph did. A recipient who already had that access before the request counts as granted
 * too: the item is as they asked either way, and Undo leaves such permissions alone.
 */
export async function checkAccess(record: ShareRequestRecord, port: GraphPort): Promise<AccessCheck> {
  const item = record.item as DriveItemInfo;
  const [read] = await port.lookup([{ kind: 'permissions', item: addressOf(item) }] as const);
  if (!read.ok) return { ok: false, failure: read.error };
  const known = new Set(record.grants.map((g) => g.recipient));
  const found: RecipientGrant[] = [];
  record.recipients.forEach((recipient, index) => {
    if (known.has(index)) return;
    // Each person's own role: a viewer found with view access is granted, an editor only with edit.
    const held = directPermissionsOf(recipient.person, read.value).filter((p) =>
      grantsRole(p, roleOf(record, index)),
    );
    const [permission] = held;
    if (!permission) return;
    found.push({
      recipient: index,
      permissionId: permission.id,
      line: checkedLine(record, index, permission, item),
    });
  });
  return { ok: true, grants: found };
}

/** Whether a permission gives at least `role`. */
function grantsRole(permission: PermissionInfo, role: Role): boolean {
  if (permission.roles.includes('write') || permission.roles.includes('owner')) return true;
  return role === 'read' && permission.roles.includes('read');
}

function checkedLine(
  record: ShareRequestRecord,
  index: number,
  permission: PermissionInfo,
  item: DriveItemInfo,
): ResultLineView {
  const person = record.recipients[index].person;
  const write = permission.roles.includes('write') || permission.roles.includes('owner');
  return {
    displayName: person.displayName,
    email: person.email,
    role: write ? 'write' : 'read',
    link: permission.link?.webUrl ?? item.webUrl,
    // The invite's answer was lost, so whether Graph sent the email is not known.
    emailSent: record.notify ? 'unknown' : false,
  };
}
