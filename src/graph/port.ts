import type { DriveItemInfo, ItemAddress } from '../domain/item';
import type { PermissionInfo } from '../domain/permission';
import type { PersonInfo } from '../domain/person';
import type { GraphFailure, InviteRequest, InviteResult } from './types';

/**
 * Independent reads the flows need. The port may answer several in one `$batch` round trip
 * (graph-contract §5.3), so callers should ask for everything they can at once.
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
  /** `/users?$filter=mail eq ... or userPrincipalName eq ...`. */
  | { kind: 'userByEmail'; email: string }
  /** `/users/{id}`. */
  | { kind: 'user'; id: string }
  /** `/groups?$filter=startswith(displayName, ...) or mail eq ...`. */
  | { kind: 'groupsByName'; query: string; top?: number }
  /** `/drives/{d}/items/{i}/permissions` (or through /shares). */
  | { kind: 'permissions'; item: ItemAddress };

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
  userByEmail: PersonInfo | null;
  user: PersonInfo | null;
  groupsByName: PersonInfo[];
  permissions: PermissionInfo[];
}

export type LookupOutcome<K extends Lookup['kind']> =
  | { ok: true; value: LookupValues[K] }
  | { ok: false; error: GraphFailure };

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
}

/** Builds a port that acts as the user whose token the callback returns. */
export type GraphPortFactory = (getAccessToken: () => Promise<string>) => GraphPort;
