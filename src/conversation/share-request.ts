import type { ResultLineView } from '../cards/models';
import type { DriveItemInfo } from '../domain/item';
import type { PermissionInfo } from '../domain/permission';
import type { PersonInfo } from '../domain/person';
import type { Role } from '../domain/role';
import type { ItemRef } from './parse/parsed-request';

/** Where a share request stands. Only `confirming` can lead to an invite. */
export type ShareStatus =
  | 'pickingFile'
  | 'pickingPerson'
  | 'confirming'
  | 'sharing'
  | 'shared'
  | 'cancelled'
  | 'failed'
  | 'undoing'
  | 'undone';

/** A recipient Sharebot has pinned down to one directory object or address. */
export interface ResolvedRecipient {
  person: PersonInfo;
  /** The address not matched to any directory user: outside the tenant. */
  external: boolean;
}

/** A recipient still waiting for the person to pick among candidates. */
export interface PendingRecipient {
  query: string;
  choices: PersonInfo[];
}

/**
 * Everything a confirmation card stands for. It lives in bot state; the card carries only its id.
 */
export interface ShareRequestRecord {
  id: string;
  requesterAadId: string;
  requesterName: string;
  conversationId: string;
  createdAt: number;
  expiresAt: number;
  status: ShareStatus;
  itemRef: ItemRef;
  /** Candidates offered on a file pick card. */
  fileChoices?: DriveItemInfo[];
  item?: DriveItemInfo;
  recipients: ResolvedRecipient[];
  /** Recipients still to pick, first one shown now. */
  pending: PendingRecipient[];
  role: Role;
  notify: boolean;
  message?: string;
  expiration?: { at: string; words: string };
  password?: string;
  requireSignIn: boolean;
  /** Permissions on the item when the card was built: used to tell new grants from merged ones. */
  existingPermissions: PermissionInfo[];
  /** Permission ids this share created (not ones that existed before): what Undo removes. */
  createdPermissionIds: string[];
  /** How the confirmation card reads, so it can be rebuilt the same (e.g. after throttling). */
  confirmation?: ConfirmationSettings;
  /** How the request ended, as data; its card is rebuilt from it on any later click. */
  outcome?: ShareOutcome;
}

/** How a request ended: what the card replayed on a later click is built from. */
export type ShareOutcome =
  | { kind: 'cancelled' }
  | { kind: 'expired'; minutes: number }
  | { kind: 'noneOfTheseFiles' }
  | { kind: 'noneOfThesePeople' }
  | { kind: 'failed'; title: string; text: string }
  | { kind: 'shared'; lines: ResultLineView[] }
  | { kind: 'undone'; names: string; itemName: string; removedAny: boolean };

/** What the confirmation card needs beyond the request itself. */
export interface ConfirmationSettings {
  /** The requester's IANA time zone, for the end date. */
  timeZone?: string;
  /** Who already has access could not be read. */
  permissionsUnreadable: boolean;
  /** A note that replaces the usual ones, e.g. "Graph is busy, try again". */
  onlyNote?: string;
}
