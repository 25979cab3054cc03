import type { ItemAddress } from '../domain/item';
import type { PermissionInfo } from '../domain/permission';
import type { Role } from '../domain/role';

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
