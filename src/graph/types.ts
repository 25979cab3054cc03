/**
 * Domain types that cross the Graph port. They carry only what Sharebot shows or acts on,
 * never raw Graph JSON, so the flows and cards do not depend on the SDK.
 */

/** The two roles `driveItem: invite` accepts (see docs: graph-contract §1.4). */
export type Role = 'read' | 'write';

export type DriveType = 'personal' | 'business' | 'documentLibrary';

/** How an item is addressed for follow-up calls: by drive and id, or through a sharing URL. */
export type ItemAddress = { driveId: string; itemId: string } | { shareId: string };

export interface DriveItemInfo {
  driveId: string;
  id: string;
  name: string;
  webUrl: string;
  kind: 'file' | 'folder';
  size?: number;
  lastModifiedDateTime?: string;
  lastModifiedByName?: string;
  /** Human breadcrumb of the parent folder, e.g. "/Reports/2026"; undefined when Graph did not say. */
  folderPath?: string;
  parentId?: string;
  driveType?: DriveType;
  /** Set when the item was reached through a pasted sharing URL: invite goes through /shares. */
  shareId?: string;
  /** True when the item lives in another person's drive (a `remoteItem` hit). */
  remote?: boolean;
  /** True for a drive's root folder. */
  isRoot?: boolean;
  /** Set for special folders (documents, photos, ...). */
  specialFolder?: string;
}

export interface PersonInfo {
  kind: 'user' | 'group' | 'contact';
  /** Directory object id, when known. */
  id?: string;
  displayName: string;
  email?: string;
  userPrincipalName?: string;
  jobTitle?: string;
  department?: string;
  userType?: 'Member' | 'Guest';
}

export interface PermissionInfo {
  id: string;
  roles: string[];
  /** Who the permission is for, read from grantedToV2, then grantedTo, then invitation. */
  grantee?: { id?: string; displayName?: string; email?: string };
  link?: { type?: string; scope?: string; webUrl?: string };
  /** True when Graph reported `inheritedFrom` (personal drives only; see graph-contract §2.1). */
  inherited: boolean;
  expirationDateTime?: string;
}

/** Invite notification messages longer than this are refused by Graph (graph-contract §1.2). */
export const maxInviteMessageLength = 2000;

/** One recipient of an invite: exactly one of the three (graph-contract §1.2). */
export type InviteRecipient = { email: string } | { objectId: string } | { alias: string };

export interface InviteRequest {
  item: ItemAddress;
  recipients: InviteRecipient[];
  roles: Role[];
  requireSignIn: boolean;
  sendInvitation: boolean;
  message?: string;
  expirationDateTime?: string;
  password?: string;
}

export interface InvitedPermission extends PermissionInfo {
  /** The email address Graph echoed in `invitation.email`, when present. */
  invitationEmail?: string;
  /** Present on a 207 entry: access was granted but the notification failed. */
  notificationError?: {
    code: string;
    message: string;
    localizedMessage?: string;
    /** The most specific `innererror` code, e.g. exchangeInvalidUser (graph-contract §1.7). */
    innerCode?: string;
  };
}

export interface InviteResult {
  /** True when Graph answered 207 Multi-Status. */
  partial: boolean;
  permissions: InvitedPermission[];
}

/** What went wrong with one Graph call, already classified for the flows. */
export type FailureKind =
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'invalid'
  | 'throttled'
  | 'unavailable'
  | 'network'
  | 'unknown';

export interface GraphFailure {
  kind: FailureKind;
  /** HTTP status; -1 when the request never got an answer. */
  status: number;
  /** Graph `error.code`, e.g. itemNotFound; '' when absent. */
  code: string;
  /** The most specific inner code, when Graph gave one. */
  innerCode?: string;
  /** Developer text from Graph. Never shown to users. */
  message: string;
  /** Seconds to wait before retrying (from Retry-After), when throttled. */
  retryAfterSeconds?: number;
  requestId?: string;
}

/** Thrown by the Graph port when a call fails after its retries. */
export class GraphRequestError extends Error {
  constructor(readonly failure: GraphFailure) {
    super(`Graph ${failure.status} ${failure.code}: ${failure.message}`);
    this.name = 'GraphRequestError';
  }
}
