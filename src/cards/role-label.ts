import type { Role } from '../domain/role';

/** "can view" / "can edit" for the two roles invite grants. */
export function roleLabel(role: Role): string {
  return role === 'write' ? 'can edit' : 'can view';
}

/** The noun form for "already has edit access". */
export function roleAccessNoun(role: Role): string {
  return role === 'write' ? 'edit' : 'view';
}

/** A Graph role string as people read it ("read" -> "can view"); undefined for roles we do not know. */
export function graphRoleLabel(role: string): string | undefined {
  switch (role.toLowerCase()) {
    case 'read':
      return 'can view';
    case 'write':
      return 'can edit';
    case 'owner':
    case 'sp.owner':
    case 'sp.full control':
      return 'owner';
    default:
      return undefined;
  }
}
