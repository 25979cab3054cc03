import type { ResultLineView } from '../cards/models';
import type { DriveItemInfo } from '../domain/item';
import { directRoleOf, type PermissionInfo } from '../domain/permission';
import type { Role } from '../domain/role';
import type { GraphPort } from '../graph/port';
import { roleOf } from './recipient-role';
import { LookupBatch, type LookupSlot } from './resolve/lookup-batch';
import type { GroupAccess, RecipientGrant, ShareRequestRecord } from './share-request';

/** checkMemberGroups takes at most 20 group ids per call (https://learn.microsoft.com/graph/api/directoryobject-checkmembergroups). */
const MAX_GROUP_IDS = 20;

/** A group that holds a permission of its own on the item, with the role it gives. */
interface GroupGrant {
  id: string;
  name: string;
  role: Role;
}

/**
 * Which recipients already have access through a group the item is shared with: one
 * checkMemberGroups read per directory user (transitive, so nested groups count), all in one
 * `$batch`, and only when the item has a group permission. A read that fails says nothing: that
 * recipient is left out, so they are invited as usual and the card makes no claim about groups.
 */
export async function readGroupAccess(
  record: ShareRequestRecord,
  permissions: readonly PermissionInfo[],
  port: GraphPort,
): Promise<GroupAccess[]> {
  const groups = groupGrantsOf(permissions);
  if (groups.length === 0) return [];
  const plan = new LookupBatch();
  const asked: { recipient: number; slots: LookupSlot<'memberGroups'>[] }[] = [];
  record.recipients.forEach(({ person, external }, recipient) => {
    const user = person.id ?? person.userPrincipalName;
    // Someone with a permission of their own already gets the "can already" note.
    if (person.kind !== 'user' || external || !user || directRoleOf(person, permissions)) return;
    const slots = chunks(groups.map((g) => g.id)).map((groupIds) =>
      plan.add({ kind: 'memberGroups', user, groupIds }),
    );
    asked.push({ recipient, slots });
  });
  await plan.run(port);
  const found: GroupAccess[] = [];
  for (const { recipient, slots } of asked) {
    const memberOf = new Set<string>();
    for (const slot of slots) {
      const read = plan.value(slot);
      if ('value' in read) for (const id of read.value) memberOf.add(id);
    }
    const best = strongest(groups.filter((g) => memberOf.has(g.id)));
    if (best) found.push({ recipient, groupName: best.name, role: best.role });
  }
  return found;
}

/**
 * Grants for recipients whose group already gives at least the role asked: they are not invited
 * (no redundant email), and their result line says the access came through the group.
 */
export function groupCoveredGrants(record: ShareRequestRecord): RecipientGrant[] {
  const granted = new Set(record.grants.map((g) => g.recipient));
  const item = record.item as DriveItemInfo;
  return (record.groupAccess ?? [])
    .filter(({ recipient, role }) => !granted.has(recipient) && covers(role, roleOf(record, recipient)))
    .map(({ recipient, groupName, role }) => ({
      recipient,
      line: groupLine(record, recipient, groupName, role, item),
    }));
}

/** Whether access with role `held` already gives `asked`. */
export function covers(held: Role, asked: Role): boolean {
  return held === 'write' || asked === 'read';
}

function groupLine(
  record: ShareRequestRecord,
  recipient: number,
  groupName: string,
  role: Role,
  item: DriveItemInfo,
): ResultLineView {
  const person = record.recipients[recipient].person;
  return {
    displayName: person.displayName,
    email: person.email,
    role,
    link: item.webUrl,
    emailSent: false,
    throughGroup: groupName,
  };
}

/** The item's group permissions (not links) that give read or write, one per group, strongest kept. */
function groupGrantsOf(permissions: readonly PermissionInfo[]): GroupGrant[] {
  const byId = new Map<string, GroupGrant>();
  for (const p of permissions) {
    const id = p.grantee?.id;
    if (p.link || !p.grantee?.group || !id) continue;
    const role = roleGiven(p);
    if (!role) continue;
    const name = p.grantee.displayName ?? p.grantee.email ?? id;
    const known = byId.get(id);
    if (!known || (known.role === 'read' && role === 'write')) byId.set(id, { id, name, role });
  }
  return [...byId.values()];
}

function roleGiven(permission: PermissionInfo): Role | undefined {
  if (permission.roles.includes('write') || permission.roles.includes('owner')) return 'write';
  return permission.roles.includes('read') ? 'read' : undefined;
}

function strongest(groups: GroupGrant[]): GroupGrant | undefined {
  return groups.find((g) => g.role === 'write') ?? groups[0];
}

function chunks(ids: string[]): string[][] {
  const out: string[][] = [];
  for (let start = 0; start < ids.length; start += MAX_GROUP_IDS)
    out.push(ids.slice(start, start + MAX_GROUP_IDS));
  return out;
}
