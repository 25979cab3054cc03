import type { DriveType } from '../../domain/item';
import type { PermissionInfo } from '../../domain/permission';
import type { PersonInfo } from '../../domain/person';
import type { AccessLine } from './access-request';

/**
 * Whether the requester may change the item's access list, as far as the list tells: they own it
 * or can edit it. Someone who only holds view access sees only their own permission (Graph lists
 * all permissions only to people who can manage them: https://learn.microsoft.com/graph/api/driveitem-list-permissions),
 * so a list where the requester only views is a viewer's. When the list does not say, Graph decides.
 */
export function requesterMayManage(
  permissions: readonly PermissionInfo[],
  requesterId: string | undefined,
): boolean {
  const own = permissions.filter(
    (p) => !p.link && requesterId !== undefined && p.grantee?.id === requesterId,
  );
  if (own.length === 0) return true;
  return own.some((p) => p.roles.includes('owner') || p.roles.includes('write'));
}

/**
 * The item's permissions as the cards show them, one line each. `removable`: a direct permission
 * (not from the folder above, per `inheritedFrom`) that is not the owner's, when the requester may
 * manage the list. Where Graph never reports `inheritedFrom` (work drives, libraries) a line may
 * still be inherited: Graph then refuses its removal (403 notAllowed) and the result card says so.
 */
export function accessLinesOf(
  permissions: readonly PermissionInfo[],
  mayManage: boolean,
  driveType: DriveType | undefined,
): AccessLine[] {
  const lines: AccessLine[] = [];
  for (const p of permissions) {
    const role = p.roles.includes('owner') ? 'owner' : p.roles.includes('write') ? 'write' : 'read';
    const kind: AccessLine['kind'] = p.link ? 'link' : p.grantee?.group ? 'group' : 'person';
    const name = p.link ? '' : (p.grantee?.displayName ?? p.grantee?.email ?? '');
    if (kind !== 'link' && !name) continue;
    lines.push({
      permissionId: p.id,
      name,
      ...(p.grantee?.id && kind !== 'link' ? { granteeId: p.grantee.id } : {}),
      ...(p.grantee?.email && kind !== 'link' ? { email: p.grantee.email } : {}),
      kind,
      role,
      ...(p.link ? { link: linkOf(p.link) } : {}),
      ...(p.expirationDateTime ? { expirationDateTime: p.expirationDateTime } : {}),
      origin: p.inherited ? 'inherited' : driveType === 'personal' ? 'direct' : 'unknown',
      removable: mayManage && !p.inherited && role !== 'owner',
    });
  }
  // Owners first, then people and groups, then links; Graph's order within each.
  const rank = (l: AccessLine) => (l.role === 'owner' ? 0 : l.kind === 'link' ? 2 : 1);
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => rank(a.line) - rank(b.line) || a.index - b.index)
    .map((e) => e.line);
}

function linkOf(link: NonNullable<PermissionInfo['link']>): NonNullable<AccessLine['link']> {
  const grantees = (link.grantees ?? []).map((g) => ({
    name: g.displayName ?? g.email ?? '',
    ...(g.id ? { id: g.id } : {}),
    ...(g.email ? { email: g.email } : {}),
  }));
  return { type: link.type ?? '', scope: link.scope ?? '', ...(grantees.length > 0 ? { grantees } : {}) };
}

/**
 * The people and groups on the lines (and the people specific-people links were given to), once
 * each, as people to match a typed name against.
 */
export function granteesOf(lines: readonly AccessLine[]): PersonInfo[] {
  const seen = new Map<string, PersonInfo>();
  const add = (person: PersonInfo) => {
    const key = (person.id ?? person.email ?? person.displayName).toLowerCase();
    if (!seen.has(key)) seen.set(key, person);
  };
  for (const line of lines) {
    if (line.kind !== 'link') {
      add({
        kind: line.kind === 'group' ? 'group' : 'user',
        displayName: line.name,
        ...(line.granteeId ? { id: line.granteeId } : {}),
        ...(line.email ? { email: line.email } : {}),
      });
      continue;
    }
    for (const g of line.link?.grantees ?? [])
      add({
        kind: 'user',
        displayName: g.name,
        ...(g.id ? { id: g.id } : {}),
        ...(g.email ? { email: g.email } : {}),
      });
  }
  return [...seen.values()];
}

/**
 * The specific-people links on the item that were given to this person, each as a target that
 * takes only them off it (the link stays for the others).
 */
export function linkGrantsOf(person: PersonInfo, lines: readonly AccessLine[]): AccessLine[] {
  const email = person.email?.toLowerCase();
  const grants: AccessLine[] = [];
  for (const line of lines) {
    if (line.kind !== 'link' || line.link?.scope !== 'users') continue;
    const grantee = line.link.grantees?.find(
      (g) =>
        (person.id !== undefined && g.id === person.id) ||
        (email !== undefined && g.email?.toLowerCase() === email),
    );
    if (grantee) grants.push({ ...line, revoke: grantee });
  }
  return grants;
}

/** The lines that are this person's or group's own (by directory id or address). */
export function linesOf(person: PersonInfo, lines: readonly AccessLine[]): AccessLine[] {
  const email = person.email?.toLowerCase();
  return lines.filter(
    (l) =>
      l.kind !== 'link' &&
      ((person.id !== undefined && l.granteeId === person.id) ||
        (email !== undefined && l.email?.toLowerCase() === email)),
  );
}
