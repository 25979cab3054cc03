import type { DriveItemInfo } from '../../domain/item';
import type { PersonInfo } from '../../domain/person';

/**
 * Where an access request stands: `listing` (the who-has-access card is shown), `pickingPerson`
 * (two people of that name have access), `confirming` (the removal card is shown), `removing`
 * (claimed by a click, so a second click cannot act again), then `done` or `cancelled`.
 */
export type AccessStatus = 'listing' | 'pickingPerson' | 'confirming' | 'removing' | 'done' | 'cancelled';

/** One entry of an item's access list as the cards show it, and whether Sharebot may offer to remove it. */
export interface AccessLine {
  permissionId: string;
  /** A person's or group's name; empty for a link. */
  name: string;
  /** The person's or group's directory id, when Graph gave one. */
  granteeId?: string;
  email?: string;
  kind: 'person' | 'group' | 'link';
  /** Graph's roles: read, write, owner. */
  role: 'read' | 'write' | 'owner';
  /** For a link: its type and scope (view/edit, anonymous/organization/users), and who a specific-people link is for. */
  link?: { type: string; scope: string; grantees?: LinkGrantee[] };
  /** On a removal target: take only this person off the specific-people link (revokeGrants), not the link. */
  revoke?: LinkGrantee;
  expirationDateTime?: string;
  /** When Sharebot itself removes this permission (timed access on drives where Graph cannot end it), epoch ms. */
  endsAt?: number;
  /**
   * `inherited` where Graph said the permission comes from a folder above (`inheritedFrom`),
   * `direct` where it would have said so (personal OneDrive), `unknown` on work drives and
   * libraries, where Graph never says (docs/graph-notes.md §1.5).
   */
  origin: 'direct' | 'inherited' | 'unknown';
  /** A direct, non-owner permission the requester may try to remove. */
  removable: boolean;
}

/** One person a specific-people link was given to. */
export interface LinkGrantee {
  id?: string;
  name: string;
  email?: string;
}

/** What happened to one permission a removal asked for. */
export interface RemovalResult {
  line: AccessLine;
  outcome: 'removed' | 'alreadyGone' | 'failed';
  /** For a failure: the sentence saying why and whether it may still have gone. */
  text?: string;
}

/**
 * One access request as stored data: the who-has-access card, a removal for one person, or a
 * removal for everyone. The card carries only its id; only the requester may act on it until
 * `expiresAt`.
 */
export interface AccessRequestRecord {
  id: string;
  action: 'list' | 'removePerson' | 'removeAll';
  status: AccessStatus;
  requesterAadId: string;
  requesterName: string;
  conversationId: string;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
  item: DriveItemInfo;
  /** For `list`: the question asked who can edit, so only editors and owners are listed. */
  editorsOnly?: boolean;
  /** The access list as read (for `list`: every line shown on the card). */
  lines: AccessLine[];
  /** The permissions the confirmation card names: exactly these are removed, nothing else. */
  targets: AccessLine[];
  /** For a pick: what was typed and who of that name has access. */
  pick?: { query: string; choices: PersonInfo[] };
  /** Access that stays (the owner, inherited access), said on the confirmation card. */
  kept: AccessLine[];
  results?: RemovalResult[];
  /** The plain sentence of a refusal, shown on the card. */
  outcomeText?: string;
}

/** The record with a new status (and other fields), stamped with the time of the change. */
export function moveAccess(
  record: AccessRequestRecord,
  status: AccessStatus,
  changes: Partial<AccessRequestRecord>,
  now: number,
): AccessRequestRecord {
  return { ...record, ...changes, status, updatedAt: now };
}
