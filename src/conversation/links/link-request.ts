import type { DriveItemInfo } from '../../domain/item';
import type { PersonInfo } from '../../domain/person';
import type { LinkScope, LinkType } from '../../domain/sharing-link';

/**
 * Where a link request stands: `confirming` (card shown), `creating` / `deleting` (claimed by a
 * click, so a second click cannot act again), then `created`, `deleted`, `refused`, `unknown`
 * (Graph's answer was lost and the permissions did not show the outcome) or `cancelled`.
 */
export type LinkStatus =
  | 'confirming'
  | 'creating'
  | 'deleting'
  | 'created'
  | 'deleted'
  | 'refused'
  | 'unknown'
  | 'cancelled';

/** A link as Sharebot shows it: its permission id, type, scope, URL and expiry. */
export interface LinkView {
  permissionId: string;
  type: LinkType;
  scope: LinkScope;
  webUrl?: string;
  expirationDateTime?: string;
}

/**
 * One sharing-link request (create or delete) as stored data; the card carries only its id, and
 * only the requester may act on it until `expiresAt`.
 */
export interface LinkRequestRecord {
  id: string;
  action: 'create' | 'delete';
  status: LinkStatus;
  requesterAadId: string;
  requesterName: string;
  conversationId: string;
  createdAt: number;
  expiresAt: number;
  item: DriveItemInfo;
  type: LinkType;
  scope: LinkScope;
  /** The expiry asked for (ISO), and the words that asked for it. */
  expiration?: { at: string; words: string };
  /** The people a `users` link is for. */
  recipients: PersonInfo[];
  /** For a delete: the one link permission the card names. */
  target?: LinkView;
  /** The link created, once Graph answered (or the permissions showed it). */
  link?: LinkView;
  /** The plain sentence of a refusal or unknown outcome, shown on the card. */
  outcomeText?: string;
  updatedAt: number;
}

/** The record with a new status (and other fields), stamped with the time of the change. */
export function moveLink(
  record: LinkRequestRecord,
  status: LinkStatus,
  changes: Partial<LinkRequestRecord>,
  now: number,
): LinkRequestRecord {
  return { ...record, ...changes, status, updatedAt: now };
}
