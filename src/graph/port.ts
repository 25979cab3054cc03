// The Graph port: what flows may ask of Microsoft Graph, and the types and failures it answers with.
import type { DriveItemInfo, ItemAddress } from '../domain/item';
import type { PermissionInfo } from '../domain/permission';
import type { PersonInfo } from '../domain/person';
import type { Role } from '../domain/role';
import type { LinkScope, LinkType } from '../domain/sharing-link';

/**
 * Independent reads the flows need. The port may answer several in one `$batch` round trip
 * (docs/graph-notes.md §5.3), so callers should ask for everything they can at once.
 */
export type Lookup =
  /** `/me/drive/search(q=...)`: the user's drive plus items shared with them (remoteItem). */
  | { kind: 'searchFiles'; query: string; top?: number }
  /** `/me/drive/root:/{path}`: a drive path such as "/Reports/report.xlsx". */
  | { kind: 'itemByPath'; path: string }
  /** `/me/drive/special/{name}`. */
  | { kind: 'specialFolder'; name: string }
  /** `/me/drive/following`. */
  | { kind: 'following' }
  /** `/shares/u!{base64url}/driveItem` for a pasted OneDrive or SharePoint URL. */
  | { kind: 'sharedUrl'; url: string }
  /** One item by drive and id, with the fields a card shows. */
  | { kind: 'item'; driveId: string; itemId: string }
  /** `/me/people?$search=`: relevance-ranked people and groups. */
  | { kind: 'people'; query: string; top?: number }
  /** `/users?$filter=startswith(displayName|givenName|surname|mail|userPrincipalName, ...)`. */
  | { kind: 'usersByName'; query: string; top?: number }
  /**
   * `/users?$search="displayName:ana" OR "mail:ana" OR ...` (ConsistencyLevel: eventual): users with a
   * name or address word starting with any of the stems; the candidates for "did you mean …?".
   */
  | { kind: 'usersByWords'; stems: string[]; top?: number }
  /** `/users?$filter=mail eq ... or userPrincipalName eq ...`. */
  | { kind: 'userByEmail'; email: string }
  /** `/users/{id}`. */
  | { kind: 'user'; id: string }
  /** `/groups/{id}`: one group, e.g. the team behind a channel. */
  | { kind: 'group'; id: string }
  /** `/groups?$filter=startswith(displayName, ...) or mail eq ...`. */
  | { kind: 'groupsByName'; query: string; top?: number }
  /** `/drives/{d}/items/{i}/permissions` (or through /shares). */
  | { kind: 'permissions'; item: ItemAddress }
  /**
   * `POST /users/{id | userPrincipalName}/checkMemberGroups` with at most 20 group ids: the ones the
   * user belongs to, directly or through nested groups (a read, safe to repeat; docs/graph-notes.md §4.4).
   */
  | { kind: 'memberGroups'; user: string; groupIds: string[] };

/** The value each lookup kind yields. A single thing that does not exist is null, not an error. */
export interface LookupValues {
  searchFiles: DriveItemInfo[];
  itemByPath: DriveItemInfo | null;
  specialFolder: DriveItemInfo | null;
  following: DriveItemInfo[];
  sharedUrl: DriveItemInfo | null;
  item: DriveItemInfo | null;
  people: PersonInfo[];
  usersByName: PersonInfo[];
  usersByWords: PersonInfo[];
  userByEmail: PersonInfo | null;
  user: PersonInfo | null;
  group: PersonInfo | null;
  groupsByName: PersonInfo[];
  permissions: PermissionInfo[];
  memberGroups: string[];
}

/** What one lookup yielded: its value, or the classified failure. */
export type LookupOutcome<K extends Lookup['kind']> =
  | { ok: true; value: LookupValues[K] }
  | { ok: false; error: GraphFailure };

/** One outcome per lookup, in the order the lookups were asked. */
export type LookupOutcomes<Q extends readonly Lookup[]> = { [I in keyof Q]: LookupOutcome<Q[I]['kind']> };

/** Everything Sharebot asks of Microsoft Graph, acting as one signed-in user. */
export interface GraphPort {
  /** Runs independent reads, batched where possible; one outcome per query, in order. */
  lookup<const Q extends readonly Lookup[]>(queries: Q): Promise<LookupOutcomes<Q>>;
  /** The signed-in user. */
  me(): Promise<PersonInfo>;
  /** `POST .../invite`. Throws GraphRequestError on a whole-request failure; 207 is a result. */
  invite(request: InviteRequest): Promise<InviteResult>;
  /** `DELETE .../permissions/{id}`. Throws GraphRequestError on failure. */
  deletePermission(item: ItemAddress, permissionId: string): Promise<void>;
  /**
   * `POST .../permissions/{id}/revokeGrants`: takes people off a specific-people link, leaving it
   * to the others (https://learn.microsoft.com/graph/api/permission-revokegrants); the link as it
   * stands after. Throws GraphRequestError.
   */
  revokeGrants(item: ItemAddress, permissionId: string, grantees: InviteRecipient[]): Promise<PermissionInfo>;
  /**
   * `PATCH .../permissions/{id}` with `{ roles }`: the permission as Graph answers it. Only a
   * person's or group's own permission can change role; links cannot. Throws GraphRequestError.
   */
  updatePermissionRoles(item: ItemAddress, permissionId: string, roles: Role[]): Promise<PermissionInfo>;
  /** `POST .../createLink`: the link permission (a new one, or the equal one that existed). Throws GraphRequestError. */
  createLink(request: CreateLinkRequest): Promise<PermissionInfo>;
}

/**
 * One `driveItem: createLink` call
 * (https://learn.microsoft.com/graph/api/driveitem-createlink): `recipients` only for a `users` link.
 */
export interface CreateLinkRequest {
  item: ItemAddress;
  type: LinkType;
  scope: LinkScope;
  expirationDateTime?: string;
  recipients?: InviteRecipient[];
}

/** Builds a port that acts as the user whose token the callback returns. */
export type GraphPortFactory = (getAccessToken: () => Promise<string>) => GraphPort;

/** One recipient of an invite: exactly one of the three (docs/graph-notes.md §1.2). */
export type InviteRecipient = { email: string } | { objectId: string } | { alias: string };

/** One `driveItem: invite` call: the item, who, which role and how they are told. */
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

/** One permission an invite created, with what Graph said about its notification. */
export interface InvitedPermission extends PermissionInfo {
  /** The email address Graph echoed in `invitation.email`, when present. */
  invitationEmail?: string;
  /** Present on a 207 entry: access was granted but the notification failed. */
  notificationError?: {
    code: string;
    message: string;
    localizedMessage?: string;
    /** The most specific `innererror` code, e.g. exchangeInvalidUser (docs/graph-notes.md §1.7). */
    innerCode?: string;
  };
}

/** What an invite answered: one permission per recipient. */
export interface InviteResult {
  /** True when Graph answered 207 Multi-Status. */
  partial: boolean;
  permissions: InvitedPermission[];
  /** Graph's `request-id` for the call, for support and the ledger. */
  requestId?: string;
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

/** One failed Graph call, classified so flows can explain it. */
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

/**
 * Whether a failed call that changes something may still have taken effect. Only an answer
 * proves Graph did nothing: a 4xx refusal, or 503/509/429, which Graph sends before processing
 * (docs/graph-notes.md §5.2). A 500, 502 or 504, a dropped connection or a timeout says nothing
 * about what happened on Graph's side, so the item's access has to be read before anyone is told.
 */
export function mayHaveActed(failure: GraphFailure): boolean {
  if (failure.status === -1) return failure.kind === 'network' || failure.kind === 'unknown';
  if (failure.status >= 400 && failure.status < 500) return false;
  return failure.status !== 503 && failure.status !== 509;
}

/** The failure behind anything a Graph call threw; an unexpected error counts as one that may have acted. */
export function toFailure(error: unknown): GraphFailure {
  if (error instanceof GraphRequestError) return error.failure;
  return {
    kind: 'unknown',
    status: -1,
    code: '',
    message: error instanceof Error ? error.name : 'unexpected',
  };
}
