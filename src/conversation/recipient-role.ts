import type { Role } from '../domain/role';
import type { ShareRequestRecord } from './share-request';

/** The role recipient `index` is to get: their own when one was asked for them, else the request's. */
export function roleOf(record: ShareRequestRecord, index: number): Role {
  return record.recipients[index]?.role ?? record.role;
}

/** True when the recipients are not all to get the same role: the card then offers a role per person. */
export function rolesDiffer(record: ShareRequestRecord): boolean {
  return new Set(record.recipients.map((_, index) => roleOf(record, index))).size > 1;
}

/**
 * Recipients by the role they are to get, in the order each role first appears: Graph's invite
 * takes one `roles` array for all its recipients (docs/graph-notes.md §1.2, §1.4), so each role
 * needs its own call.
 */
export function byRole(
  record: ShareRequestRecord,
  indexes: number[],
): { role: Role; recipients: number[] }[] {
  const groups = new Map<Role, number[]>();
  for (const index of indexes) {
    const role = roleOf(record, index);
    groups.set(role, [...(groups.get(role) ?? []), index]);
  }
  return [...groups].map(([role, recipients]) => ({ role, recipients }));
}
