import { directPermissionsOf, type PermissionInfo } from './permission';
import type { PersonInfo } from './person';
import type { Role } from './role';

/** How a link reaches people: anyone in the organisation, anyone at all, or chosen people. */
export type LinkReach = 'organization' | 'anonymous' | 'users';

/** What an item's access list says about one person or group. */
export type AccessFinding =
  | { kind: 'owner' }
  /** A permission for them: given on the item itself, or inherited from a folder above it. */
  | { kind: 'direct'; role: Role; inherited: boolean }
  /** No permission of their own, but a link anyone in the organisation (or anyone) can open. */
  | { kind: 'link'; role: Role; reach: Exclude<LinkReach, 'users'> }
  /** No permission of their own; the item is shared with groups or through links to chosen people. */
  | { kind: 'cannotTell'; groups: string[]; peopleLinks: boolean }
  | { kind: 'none' };

/** One line of "who has access": a grantee or a link, and what it holds. */
export interface AccessEntry {
  name: string;
  role: Role | 'owner';
  inherited: boolean;
  link?: LinkReach;
  group: boolean;
  /** When this access ends (epoch ms): Graph's expiration, or the end Sharebot removes it at. */
  endsAt?: number;
}

/** The strongest role among permissions ("owner" counts as write here). */
function roleOf(permissions: readonly PermissionInfo[]): Role {
  return permissions.some((p) => p.roles.includes('write') || p.roles.includes('owner')) ? 'write' : 'read';
}

function linkReach(permission: PermissionInfo): LinkReach | undefined {
  const scope = permission.link?.scope;
  if (!permission.link) return undefined;
  return scope === 'organization' || scope === 'anonymous' ? scope : 'users';
}

/**
 * Reads what access a person or group has to an item from its access list: owner, their own
 * permission (the strongest), a link that reaches them, or "cannot tell" when the item is shared
 * with groups (membership is not in the list) or through links to chosen people. A guest or an
 * outside address is not reached by an organisation link.
 */
export function findAccess(person: PersonInfo, permissions: readonly PermissionInfo[]): AccessFinding {
  const own = directPermissionsOf(person, permissions);
  if (own.some((p) => p.roles.includes('owner'))) return { kind: 'owner' };
  if (own.length > 0) return { kind: 'direct', role: roleOf(own), inherited: own.every((p) => p.inherited) };
  const inside = person.kind !== 'contact' && person.userType !== 'Guest';
  const links = permissions.filter((p) => {
    const reach = linkReach(p);
    return reach === 'anonymous' || (reach === 'organization' && inside);
  });
  if (links.length > 0) {
    const reach = links.some((p) => linkReach(p) === 'organization') ? 'organization' : 'anonymous';
    return { kind: 'link', role: roleOf(links), reach };
  }
  const groups = permissions
    .filter((p) => !p.link && p.grantee?.group && p.grantee.id !== person.id)
    .map((p) => p.grantee?.displayName ?? 'a group');
  const peopleLinks = permissions.some((p) => linkReach(p) === 'users');
  if (person.kind !== 'group' && (groups.length > 0 || peopleLinks))
    return { kind: 'cannotTell', groups: [...new Set(groups)], peopleLinks };
  return { kind: 'none' };
}

/**
 * Everyone and every link on an item's access list, owners first, one entry per grantee. `endsById`
 * gives the ends Sharebot runs itself (permission id -> epoch ms); Graph's own come with the permission.
 */
export function listAccess(
  permissions: readonly PermissionInfo[],
  endsById: ReadonlyMap<string, number> = new Map(),
): AccessEntry[] {
  const entries = new Map<string, AccessEntry>();
  for (const p of permissions) {
    const reach = linkReach(p);
    const name = reach ? `link:${reach}` : (p.grantee?.displayName ?? p.grantee?.email ?? '');
    if (!name) continue;
    const role: AccessEntry['role'] = p.roles.includes('owner') ? 'owner' : roleOf([p]);
    const known = entries.get(name);
    const rank = (r: AccessEntry['role']) => (r === 'owner' ? 2 : r === 'write' ? 1 : 0);
    if (known && rank(known.role) >= rank(role)) continue;
    const endsAt =
      endsById.get(p.id) ?? (p.expirationDateTime ? Date.parse(p.expirationDateTime) : undefined);
    entries.set(name, {
      name: reach ? '' : name,
      role,
      inherited: p.inherited,
      ...(reach ? { link: reach } : {}),
      group: p.grantee?.group === true,
      ...(endsAt !== undefined && !Number.isNaN(endsAt) ? { endsAt } : {}),
    });
  }
  return [...entries.values()].sort((a, b) => Number(b.role === 'owner') - Number(a.role === 'owner'));
}
