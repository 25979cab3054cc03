import type { Role } from '../domain/role';

/** How people read each role invite grants. */
const ROLE_LABELS: Readonly<Record<Role, string>> = { read: 'can view', write: 'can edit' };

/** "can view" / "can edit" for the two roles invite grants. */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** "Can view" / "Can edit": the label as the title of a role choice. */
export function roleChoiceTitle(role: Role): string {
  const label = roleLabel(role);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The noun form for "already has edit access". */
export function roleAccessNoun(role: Role): string {
  return role === 'write' ? 'edit' : 'view';
}

/** A Graph role string as people read it ("read" -> "can view"); undefined for roles we do not know. */
export function graphRoleLabel(role: string): string | undefined {
  switch (role.toLowerCase()) {
    case 'read':
      return roleLabel('read');
    case 'write':
      return roleLabel('write');
    case 'owner':
    case 'sp.owner':
    case 'sp.full control':
      return 'owner';
    default:
      return undefined;
  }
}
