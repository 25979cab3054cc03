import { findAccess } from '../../domain/access-findings';
import { directPermissionsOf, type PermissionInfo } from '../../domain/permission';
import type { PersonInfo } from '../../domain/person';
import type { Role } from '../../domain/role';

/** What an item's access list allows for a role change: the one permission to change, or why not. */
export type RoleTarget =
  | { kind: 'change'; permission: PermissionInfo; from: Role }
  | { kind: 'same'; role: Role }
  | { kind: 'owner' }
  /** Only a permission that comes from a folder above (docs/graph-notes.md §7: not changeable here). */
  | { kind: 'inherited' }
  /** More than one permission of their own: which one to change is not clear. */
  | { kind: 'several' }
  /** A sharing link: Graph cannot change a link's role (https://learn.microsoft.com/graph/api/permission-update). */
  | { kind: 'link' }
  /** Perhaps through a group or a specific-people link, which is not theirs alone. */
  | { kind: 'group'; groups: string[] }
  | { kind: 'none' }
  /** The permission a card named is no longer on the item. */
  | { kind: 'gone' };

/** The role a permission gives ("owner" counts as write). */
export function roleOfPermission(permission: PermissionInfo): Role {
  return permission.roles.includes('write') || permission.roles.includes('owner') ? 'write' : 'read';
}

/** Judges one permission for a change to `to`: only a direct, non-owner, non-link one can change. */
export function judgePermission(permission: PermissionInfo | undefined, to: Role): RoleTarget {
  if (!permission) return { kind: 'gone' };
  if (permission.link) return { kind: 'link' };
  if (permission.roles.includes('owner')) return { kind: 'owner' };
  if (permission.inherited) return { kind: 'inherited' };
  const from = roleOfPermission(permission);
  return from === to ? { kind: 'same', role: to } : { kind: 'change', permission, from };
}

/**
 * Finds the one direct permission of this person (by directory id or address, grantedToV2 /
 * grantedTo / invitation) that a change to `to` would act on. A lower role is never reported as
 * "already so" while an inherited higher one stays: that change is not possible here.
 */
export function findRoleTarget(
  person: PersonInfo,
  permissions: readonly PermissionInfo[],
  to: Role,
): RoleTarget {
  const own = directPermissionsOf(person, permissions);
  if (own.some((p) => p.roles.includes('owner'))) return { kind: 'owner' };
  const direct = own.filter((p) => !p.inherited);
  if (direct.length === 0) {
    // A personal drive lists an inherited invitation with a `link` part too (docs/graph-notes.md §2.1).
    const inheritedOwn = directPermissionsOf(
      person,
      permissions.filter((p) => p.inherited).map(({ link: _link, ...rest }) => rest),
    );
    if (own.length > 0 || inheritedOwn.length > 0) return { kind: 'inherited' };
    const access = findAccess(person, permissions);
    if (access.kind === 'link') return { kind: 'link' };
    if (access.kind === 'cannotTell') return { kind: 'group', groups: access.groups };
    return { kind: 'none' };
  }
  if (to === 'read' && own.some((p) => p.inherited && roleOfPermission(p) === 'write'))
    return { kind: 'inherited' };
  if (direct.length > 1) return { kind: 'several' };
  return judgePermission(direct[0], to);
}
