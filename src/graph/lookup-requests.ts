// Turns each Lookup into one Graph GET plus the reader for its answer.
import type { DriveItem, Group, Permission, Person, User } from '@microsoft/microsoft-graph-types';
import type { PersonInfo } from '../domain/person';
import {
  type DriveItemContext,
  fromGroup,
  fromPerson,
  fromUser,
  isRecord,
  listValue,
  toDriveItemInfo,
  toDriveItemList,
  toPermissionInfo,
  UnexpectedGraphResponse,
} from './json-mappers';
import type { Lookup, LookupValues } from './port';
import {
  DRIVE_ITEM_SELECT,
  encodeDrivePath,
  encodeSharingUrl,
  GROUP_SELECT,
  itemAddressPath,
  odataString,
  PERMISSION_SELECT,
  PERSON_SELECT,
  queryString,
  searchPhrase,
  USER_SELECT,
} from './requests';

/** One lookup turned into a Graph read (a GET, or a POST action that only reads) and a reader for its answer. */
export interface LookupRequest {
  /** POST only for read-only actions such as checkMemberGroups; absent means GET. */
  method?: 'POST';
  /** The JSON body of a POST read. */
  body?: Record<string, unknown>;
  /** Relative to the API version, already percent-encoded, e.g. "/me/drive/root:/a%20b.docx:?$select=…". */
  url: string;
  /** Extra request headers (also sent inside `$batch`). */
  headers?: Record<string, string>;
  /** True for single-thing lookups: a 404 means "no such thing", not a failure. */
  nullWhenMissing: boolean;
  /** Maps the JSON body; throws UnexpectedGraphResponse when it is not what Graph documents. */
  read(body: unknown): LookupValues[Lookup['kind']];
}

const itemSelect = (top?: number) => queryString({ $select: DRIVE_ITEM_SELECT, $top: top });

/** Maps a Lookup to its Graph request (see port.ts for the URL of each kind). */
export function toLookupRequest(query: Lookup): LookupRequest {
  switch (query.kind) {
    case 'searchFiles':
      return list(
        `/me/drive/search(q=${encodeURIComponent(odataString(query.query))})${itemSelect(query.top)}`,
        toDriveItemList,
      );
    case 'itemByPath': {
      const path = encodeDrivePath(query.path);
      return single(`/me/drive/${path ? `root:${path}:` : 'root'}${itemSelect()}`, (body) => driveItem(body));
    }
    case 'specialFolder':
      return single(`/me/drive/special/${encodeURIComponent(query.name)}${itemSelect()}`, (body) =>
        driveItem(body),
      );
    case 'following':
      return list(`/me/drive/following${itemSelect()}`, toDriveItemList);
    case 'sharedUrl': {
      const shareId = encodeSharingUrl(query.url);
      return {
        ...single(`/shares/${shareId}/driveItem${itemSelect()}`, (body) => driveItem(body, { shareId })),
        // Peek without keeping access the link would grant (docs/graph-notes.md §3.3).
        headers: { Prefer: 'redeemSharingLinkIfNecessary' },
      };
    }
    case 'item': {
      const url = `${itemAddressPath({ driveId: query.driveId, itemId: query.itemId })}${itemSelect()}`;
      return single(url, (body) => driveItem(body, { driveId: query.driveId }));
    }
    case 'people': {
      const params = { $search: searchPhrase(query.query), $select: PERSON_SELECT, $top: query.top };
      return list(`/me/people${queryString(params)}`, (body) =>
        listValue(body).map((p) => fromPerson(p as Person)),
      );
    }
    case 'usersByName': {
      const literal = odataString(query.query);
      const fields = ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'];
      const filter = fields.map((field) => `startswith(${field},${literal})`).join(' or ');
      return list(`/users${queryString({ $filter: filter, $select: USER_SELECT, $top: query.top })}`, users);
    }
    case 'usersByWords': {
      // Directory $search matches word prefixes of displayName and the start of mail; it is an
      // advanced query, so it needs ConsistencyLevel: eventual (docs/graph-notes.md §4.2).
      const clauses = query.stems.flatMap((stem) => {
        const term = searchPhrase(stem).slice(1, -1);
        return [`"displayName:${term}"`, `"mail:${term}"`];
      });
      const params = { $search: clauses.join(' OR '), $select: USER_SELECT, $top: query.top };
      return { ...list(`/users${queryString(params)}`, users), headers: { ConsistencyLevel: 'eventual' } };
    }
    case 'userByEmail': {
      const literal = odataString(query.email.trim());
      const filter = `mail eq ${literal} or userPrincipalName eq ${literal}`;
      const url = `/users${queryString({ $filter: filter, $select: USER_SELECT })}`;
      return single(url, (body) => bestEmailMatch(users(body), query.email));
    }
    case 'user':
      return single(
        `/users/${encodeURIComponent(query.id)}${queryString({ $select: USER_SELECT })}`,
        (body) => fromUser(record(body) as User),
      );
    case 'group':
      return single(
        `/groups/${encodeURIComponent(query.id)}${queryString({ $select: GROUP_SELECT })}`,
        (body) => fromGroup(record(body) as Group),
      );
    case 'groupsByName': {
      const literal = odataString(query.query);
      const filter = `startswith(displayName,${literal}) or mail eq ${literal}`;
      const url = `/groups${queryString({ $filter: filter, $select: GROUP_SELECT, $top: query.top })}`;
      return list(url, (body) => listValue(body).map((group) => fromGroup(group as Group)));
    }
    case 'permissions':
      return list(
        `${itemAddressPath(query.item)}/permissions${queryString({ $select: PERMISSION_SELECT })}`,
        (body) => listValue(body).map((permission) => toPermissionInfo(permission as Permission)),
      );
    case 'memberGroups':
      // checkMemberGroups is transitive and only reads, so it may be retried and batched like a GET
      // (https://learn.microsoft.com/graph/api/directoryobject-checkmembergroups).
      return {
        ...list(`/users/${encodeURIComponent(query.user)}/checkMemberGroups`, memberGroupIds),
        method: 'POST',
        body: { groupIds: query.groupIds },
      };
  }
}

function single(url: string, read: LookupRequest['read']): LookupRequest {
  return { url, nullWhenMissing: true, read };
}

function list(url: string, read: LookupRequest['read']): LookupRequest {
  return { url, nullWhenMissing: false, read };
}

function driveItem(body: unknown, context?: DriveItemContext) {
  return toDriveItemInfo(record(body) as DriveItem, context);
}

function users(body: unknown): PersonInfo[] {
  return listValue(body).map((user) => fromUser(user as User));
}

/** Prefers the user whose mail is the address, then whose UPN is; null when none matched. */
function bestEmailMatch(candidates: PersonInfo[], email: string): PersonInfo | null {
  const wanted = email.trim().toLowerCase();
  return (
    candidates.find((user) => user.email?.toLowerCase() === wanted) ??
    candidates.find((user) => user.userPrincipalName?.toLowerCase() === wanted) ??
    null
  );
}

/** The `value` of a checkMemberGroups answer: the ids of the asked groups the user is in. */
function memberGroupIds(body: unknown): string[] {
  return listValue(body).filter((id): id is string => typeof id === 'string');
}

function record(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw new UnexpectedGraphResponse('Graph returned no JSON object');
  return body;
}
