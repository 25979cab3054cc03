import type { PersonInfo } from './person';
import type { Role } from './role';

/** One entry of an item's access list, as Sharebot shows and acts on it. */
export interface PermissionInfo {
  id: string;
  roles: string[];
  /** Who the permission is for, read from grantedToV2, then grantedTo, then invitation. */
  grantee?: { id?: string; displayName?: string; email?: string; group?: boolean };
  link?: {
    type?: string;
    scope?: string;
    webUrl?: string;
    /** Who a specific-people (`users`) link was given to, from `grantedToIdentitiesV2`. */
    grantees?: { id?: string; displayName?: string; email?: string }[];
  };
  /** True when Graph reported `inheritedFrom` (personal drives only; see docs/graph-notes.md §2.1). */
  inherited: boolean;
  expirationDateTime?: string;
}

/** The direct (not link) permissions that name this person or group, by directory id or address. */
export function directPermissionsOf(
  person: PersonInfo,
  permissions: readonly PermissionInfo[],
): PermissionInfo[] {
  const addresses = [person.email, person.userPrincipalName]
    .filter((a): a is string => Boolean(a))
    .map((a) => a.toLowerCase());
  return permissions.filter((p) => {
    if (p.link) return false;
    if (person.id && p.grantee?.id === person.id) return true;
    const email = p.grantee?.email?.toLowerCase();
    return email !== undefined && addresses.includes(email);
  });
}

/** The strongest role a person holds directly on an item, if any ("owner" counts as write). */
export function directRoleOf(person: PersonInfo, permissions: readonly PermissionInfo[]): Role | undefined {
  const held = directPermissionsOf(person, permissions);
  if (held.length === 0) return undefined;
  return held.some((p) => p.roles.includes('write') || p.roles.includes('owner')) ? 'write' : 'read';
}
