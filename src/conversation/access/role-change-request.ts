import type { DriveItemInfo } from '../../domain/item';
import type { Role } from '../../domain/role';

/**
 * Where a role change stands: `confirming` (card shown), `changing` (claimed by a click, so a
 * second click cannot act again), then `changed`, `refused`, `unknown` (Graph's answer was lost
 * and the permission could not be read back) or `cancelled`.
 */
export type RoleChangeStatus = 'confirming' | 'changing' | 'changed' | 'refused' | 'unknown' | 'cancelled';

/**
 * One change of one existing permission's role, as stored data; the card carries only its id, and
 * only the requester may act on it until `expiresAt`. The click PATCHes exactly `permissionId`.
 */
export interface RoleChangeRecord {
  id: string;
  status: RoleChangeStatus;
  requesterAadId: string;
  requesterName: string;
  conversationId: string;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
  item: DriveItemInfo;
  /** The one direct permission the card names. */
  permissionId: string;
  /** Whose permission it is, as the card names them. */
  personName: string;
  fromRole: Role;
  toRole: Role;
  /** The plain sentence of a refusal, a cancellation or an unknown outcome, shown on the card. */
  outcomeText?: string;
}

/** The record with a new status (and other fields), stamped with the time of the change. */
export function moveRoleChange(
  record: RoleChangeRecord,
  status: RoleChangeStatus,
  changes: Partial<RoleChangeRecord>,
  now: number,
): RoleChangeRecord {
  return { ...record, ...changes, status, updatedAt: now };
}
