import type { ResultLineView } from '../cards/models';
import type { DriveItemInfo } from '../domain/item';
import type { PermissionInfo } from '../domain/permission';
import type { PersonInfo } from '../domain/person';
import type { Role } from '../domain/role';
import type { ItemRef } from './parse/parsed-request';
import type { ShareStatus, StatusChange } from './share-states';

export type { ShareStatus } from './share-states';

/** A recipient Sharebot has pinned down to one directory object or address. */
export interface ResolvedRecipient {
  person: PersonInfo;
  /** The address not matched to any directory user: outside the tenant. */
  external: boolean;
  /** This person's own role ("Ana as editor and Bob as viewer"); absent: the request's `role`. */
  role?: Role;
  /** The words typed when they named this recipient only in part ("Mateo" for Mateo Rossi). */
  matchedFrom?: string;
}

/** A recipient still waiting for the person to pick among candidates. */
export interface PendingRecipient {
  query: string;
  choices: PersonInfo[];
  /** The role asked for this person, carried to whoever is picked. */
  role?: Role;
  /** The choices are only close spellings of what was typed: the card asks "did you mean …?". */
  suggested?: boolean;
}

/**
 * Everything a confirmation card stands for. It lives in bot state; the card carries only its id.
 */
export interface ShareRequestRecord {
  id: string;
  requesterAadId: string;
  requesterName: string;
  conversationId: string;
  /** How to reach the conversation again after the turn (recovery updates the card through it). */
  conversation?: StoredConversation;
  /**
   * In a group chat or channel: the requester's chat id. Cards everyone sees leave out who already
   * has access and refresh to the full view for this one person (docs/conversation.md, "Private
   * details in group chats").
   */
  privateTo?: string;
  /**
   * Several items in one request: every member is an ordinary record of its own (one item, one
   * invite), and they share one card. `id` is the first member's id, which the card carries.
   */
  group?: { id: string; members: string[] };
  /** The message that holds the card, so a later outcome can replace it. */
  cardActivityId?: string;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
  status: ShareStatus;
  /** Every status the request went through, with when (the ledger's timestamps). */
  history: StatusChange[];
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
  /**
   * Recipients who already have access through a group the item is shared with (a membership read
   * that answered; none when it failed). Whoever's group gives the role asked is not invited.
   */
  groupAccess?: GroupAccess[];
  /** Permissions on the item when the card was built: used to tell new grants from merged ones. */
  existingPermissions: PermissionInfo[];
  /** Permission ids this share created (not ones that existed before): what Undo removes. */
  createdPermissionIds: string[];
  /** Who has been granted access so far, one entry per recipient index; the rest are still to invite. */
  grants: RecipientGrant[];
  /** Each invite call: when, for whom, how it ended, and Graph's request-id. */
  attempts: InviteAttempt[];
  /** While `undoing` one person only: the one permission that Undo removes (a recovery removes no more). */
  undoOnly?: string;
  /** While `sharing`: who owns the invite and until when; past it, recovery may take over. */
  lease?: ShareLease;
  /** How the confirmation card reads, so it can be rebuilt the same (e.g. after throttling). */
  confirmation?: ConfirmationSettings;
  /** How the request ended, as data; its card is rebuilt from it on any later click. */
  outcome?: ShareOutcome;
  /** Timed access Sharebot ends itself (Graph cannot carry the end on this drive): the schedule. */
  accessEnd?: AccessEnd;
  /** The record is kept at least the retention past this time (epoch ms): a timed share's end. */
  keepUntil?: number;
}

/**
 * Where timed access stands: `scheduled` until the end (or the sharer's reminder) is due, `ending`
 * while one instance removes it under the request's `undoing` lease, then `ended`; `changed` when a
 * permission has another role than this share gave (the sharer decides), `waitingForSharer` when no
 * token could be had at the end (the sharer got Remove now), `kept` when the sharer kept the access.
 */
export type AccessEndState = 'scheduled' | 'ending' | 'ended' | 'changed' | 'waitingForSharer' | 'kept';

/** The end of the access one share gave, kept in the ledger so any instance can run it. */
export interface AccessEnd {
  /** When access ends (epoch ms). */
  at: number;
  /** When the sharer is reminded (epoch ms); absent once the reminder went out. */
  remindAt?: number;
  state: AccessEndState;
  /** Exactly the permissions this share created, with the role each gave: what the end removes. */
  permissions: TimedPermission[];
}

/** One permission a timed share created. */
export interface TimedPermission {
  id: string;
  /** Whose access it is (for the note and the cards). */
  name: string;
  /** The role it gave; a different role at the end means someone changed it. */
  role: Role;
  /** The role found at the end when it differs (state `changed`). */
  foundRole?: Role;
}

/** How a request ended: what the card replayed on a later click is built from. */
export type ShareOutcome =
  | { kind: 'cancelled' }
  | { kind: 'expired'; minutes: number }
  | { kind: 'noneOfTheseFiles' }
  | { kind: 'noneOfThesePeople' }
  | { kind: 'notShared'; title: string; text: string }
  /** `checked`: Graph's answer was lost, and reading the item's access showed the grants. */
  | { kind: 'shared'; lines: ResultLineView[]; checked?: boolean; removedNames?: string[] }
  /** `reason`: why the last invite for the missing people was refused, when it was. */
  | {
      kind: 'partlyShared';
      lines: ResultLineView[];
      missingNames: string[];
      reason?: string;
      /** People whose access from this share Undo took away one by one. */
      removedNames?: string[];
    }
  /** The invite may or may not have happened and the access list could not be read yet. */
  | { kind: 'unknown'; itemName: string }
  | { kind: 'undone'; names: string; itemName: string; removedAny: boolean }
  /** Timed access that ended: at its end (`planned`) or when the sharer pressed End now. */
  | { kind: 'ended'; names: string[]; itemName: string; planned: boolean };

/** One recipient's access through a group that holds a permission on the item. */
export interface GroupAccess {
  /** Index into `recipients`. */
  recipient: number;
  groupName: string;
  /** The role the group's permission gives. */
  role: Role;
}

/** What the confirmation card needs beyond the request itself. */
export interface ConfirmationSettings {
  /** The requester's IANA time zone, for the end date. */
  timeZone?: string;
  /** Who already has access could not be read. */
  permissionsUnreadable: boolean;
  /** A note that replaces the usual ones, e.g. "Graph is busy, try again". */
  onlyNote?: string;
}

/**
 * The conversation reference the chat layer needs to post into the conversation again, kept as
 * plain JSON the flows never look inside.
 */
export type StoredConversation = Record<string, unknown>;

/** One recipient who has access because of this request. */
export interface RecipientGrant {
  /** Index into `recipients`. */
  recipient: number;
  /** The permission that gives it; absent when Graph's answer named none. */
  permissionId?: string;
  line: ResultLineView;
}

/** How one invite call ended. `uncertain`: no answer that says whether Graph acted. */
export interface InviteAttempt {
  at: number;
  /** Indexes into `recipients` this call invited. */
  recipients: number[];
  result: 'granted' | 'refused' | 'notProcessed' | 'uncertain';
  /** Graph's `request-id`, when an answer carried one. */
  graphRequestId?: string;
  status?: number;
}

/** A claim on a `sharing` request: only the holder of `token` writes its outcome before `until`. */
export interface ShareLease {
  token: string;
  until: number;
}
