// JSON mappers: Graph JSON to the domain types (items, people, permissions, invite results).
import type {
  DriveItem,
  Group,
  IdentitySet,
  ItemReference,
  Permission,
  Person,
  SharePointIdentitySet,
  User,
} from '@microsoft/microsoft-graph-types';
import type { DriveItemInfo, DriveType } from '../domain/item';
import type { PermissionInfo } from '../domain/permission';
import type { PersonInfo } from '../domain/person';
import type { InvitedPermission, InviteResult } from './port';

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `value` array of a Graph collection page; throws UnexpectedGraphResponse when absent. */
export function listValue(body: unknown): unknown[] {
  const value = isRecord(body) ? body.value : undefined;
  if (!Array.isArray(value)) throw new UnexpectedGraphResponse('Graph returned no value array');
  return value;
}

/** A string property of a JSON object, or undefined when absent, empty or not a string. */
export function stringField(record: unknown, key: string): string | undefined {
  if (!isRecord(record)) return undefined;
  const value = record[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** `innerError` nests (docs/graph-notes.md §5.1); invite's per-entry errors spell it `innererror` (§1.7). */
export function innerError(error: unknown): Record<string, unknown> | undefined {
  if (!isRecord(error)) return undefined;
  const key = Object.keys(error).find((name) => name.toLowerCase() === 'innererror');
  const inner = key ? error[key] : undefined;
  return isRecord(inner) ? inner : undefined;
}

/** The code of the deepest `innerError` that has one. */
export function innermostCode(error: unknown): string | undefined {
  let code: string | undefined;
  for (let inner = innerError(error); inner; inner = innerError(inner)) {
    code = stringField(inner, 'code') ?? code;
  }
  return code;
}

/** Thrown by the mappers when Graph JSON lacks something Sharebot cannot act without. */
export class UnexpectedGraphResponse extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnexpectedGraphResponse';
  }
}

/**
 * Turns `parentReference.path` ("/drive/root:/Documents/sub") into a human breadcrumb
 * ("/Documents/sub"): everything up to the first `:` is the drive part (docs/graph-notes.md §2.2).
 * Whether Graph percent-encodes the rest is UNCONFIRMED, so it is decoded only when it decodes
 * cleanly. Returns undefined when Graph gave no path (search hits on ODB/SharePoint, §3.1).
 */
export function folderPathFrom(path: string | null | undefined): string | undefined {
  if (typeof path !== 'string') return undefined;
  const colon = path.indexOf(':');
  if (colon === -1) return undefined;
  const rest = path.slice(colon + 1);
  const breadcrumb = rest.startsWith('/') ? rest : `/${rest}`;
  return decodeIfEncoded(breadcrumb);
}

function decodeIfEncoded(text: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What the caller already knows about an item that Graph may leave out of the JSON. */
export interface DriveItemContext {
  /** The drive the request addressed, used when `parentReference.driveId` is missing. */
  driveId?: string;
  /** The `/shares` id the item was reached through. */
  shareId?: string;
}

const DRIVE_TYPES: readonly DriveType[] = ['personal', 'business', 'documentLibrary'];

/**
 * Maps a Graph driveItem to DriveItemInfo. A `remoteItem` (an item shared from another drive,
 * docs/graph-notes.md §3.4) is mapped to the remote drive and id, because that is where invite must go.
 * Throws UnexpectedGraphResponse when no drive id or item id can be found.
 */
export function toDriveItemInfo(item: DriveItem, context: DriveItemContext = {}): DriveItemInfo {
  const remote = item.remoteItem ?? undefined;
  const parent: ItemReference | undefined =
    (remote ? remote.parentReference : item.parentReference) ?? undefined;
  const id = remote ? remote.id : item.id;
  const driveId = parent?.driveId ?? (remote ? undefined : context.driveId);
  if (!id || !driveId) {
    throw new UnexpectedGraphResponse('Graph returned a drive item without a drive id or item id');
  }
  const isFolder = Boolean(remote ? remote.folder : (item.folder ?? item.root));
  const lastModifiedBy = (remote ? remote.lastModifiedBy : item.lastModifiedBy) ?? undefined;
  const info: DriveItemInfo = {
    driveId,
    id,
    name: item.name ?? remote?.name ?? '',
    webUrl: (remote ? remote.webUrl : item.webUrl) ?? item.webUrl ?? '',
    kind: isFolder ? 'folder' : 'file',
  };
  const size = remote ? remote.size : item.size;
  if (typeof size === 'number') info.size = size;
  const modified = (remote ? remote.lastModifiedDateTime : item.lastModifiedDateTime) ?? undefined;
  if (modified) info.lastModifiedDateTime = modified;
  const modifiedBy = lastModifiedBy?.user?.displayName ?? undefined;
  if (modifiedBy) info.lastModifiedByName = modifiedBy;
  const folderPath = folderPathFrom(parent?.path);
  if (folderPath !== undefined) info.folderPath = folderPath;
  if (parent?.id) info.parentId = parent.id;
  const driveType = DRIVE_TYPES.find((type) => type === parent?.driveType);
  if (driveType) info.driveType = driveType;
  if (context.shareId) info.shareId = context.shareId;
  if (remote) info.remote = true;
  if (!remote && item.root) info.isRoot = true;
  const special = remote ? remote.specialFolder?.name : item.specialFolder?.name;
  if (special) info.specialFolder = special;
  return info;
}

/** Maps a `{ value: driveItem[] }` page, leaving out entries Sharebot could not act on. */
export function toDriveItemList(body: unknown): DriveItemInfo[] {
  const items: DriveItemInfo[] = [];
  for (const entry of listValue(body)) {
    try {
      items.push(toDriveItemInfo(entry as DriveItem));
    } catch (error) {
      if (!(error instanceof UnexpectedGraphResponse)) throw error;
    }
  }
  return items;
}

type Grantee = NonNullable<PermissionInfo['grantee']>;

/** `0001-01-01T00:00:00Z` (DateTime.MinValue) means "never expires" (docs/graph-notes.md §2.1). */
const NO_EXPIRY = /^0001-01-01/;

/**
 * Maps a Graph permission. The grantee is read field by field from `grantedToV2`
 * (user, then siteUser, then group), then the deprecated `grantedTo`, then `invitation`
 * (docs/graph-notes.md §1.6, §2.1). `inherited` is true whenever `inheritedFrom` is present, even as
 * `{}` (OBS, devx-api#223).
 */
export function toPermissionInfo(permission: Permission): PermissionInfo {
  if (!permission.id) throw new UnexpectedGraphResponse('Graph returned a permission without an id');
  const info: PermissionInfo = {
    id: permission.id,
    roles: (permission.roles ?? []).filter((role): role is string => typeof role === 'string'),
    inherited: permission.inheritedFrom !== undefined && permission.inheritedFrom !== null,
  };
  const grantee = granteeOf(permission);
  if (grantee) info.grantee = grantee;
  const link = permission.link;
  if (link) {
    info.link = {};
    if (link.type) info.link.type = link.type;
    if (link.scope) info.link.scope = link.scope;
    if (link.webUrl) info.link.webUrl = link.webUrl;
    const grantees = linkGranteesOf(permission);
    if (grantees.length > 0) info.link.grantees = grantees;
  }
  if (permission.expirationDateTime && !NO_EXPIRY.test(permission.expirationDateTime)) {
    info.expirationDateTime = permission.expirationDateTime;
  }
  return info;
}

function granteeOf(permission: Permission): Grantee | undefined {
  const v2: SharePointIdentitySet | undefined = permission.grantedToV2 ?? undefined;
  const v1: IdentitySet | undefined = permission.grantedTo ?? undefined;
  const identities = [v2?.user, v2?.siteUser, v2?.group, v2?.siteGroup, v1?.user].filter(Boolean);
  const grantee: Grantee = {};
  for (const identity of identities) {
    // siteUser/siteGroup ids are SharePoint list ids, not directory ids.
    if (identity !== v2?.siteUser && identity !== v2?.siteGroup) grantee.id ??= stringField(identity, 'id');
    grantee.displayName ??= stringField(identity, 'displayName');
    grantee.email ??=
      stringField(identity, 'email') ?? emailFromLoginName(stringField(identity, 'loginName'));
  }
  grantee.email ??= permission.invitation?.email ?? undefined;
  // A group's members are not listed here: whether someone is in it takes another read.
  if (v2?.group || v2?.siteGroup) grantee.group = true;
  const fields = Object.entries(grantee).filter(([, value]) => value !== undefined);
  return fields.length > 0 ? (Object.fromEntries(fields) as Grantee) : undefined;
}

/**
 * The people a specific-people link was given to: `grantedToIdentitiesV2`, else the deprecated
 * `grantedToIdentities` (https://learn.microsoft.com/graph/api/resources/permission).
 */
function linkGranteesOf(
  permission: Permission,
): NonNullable<NonNullable<PermissionInfo['link']>['grantees']> {
  const sets: (SharePointIdentitySet | IdentitySet)[] =
    permission.grantedToIdentitiesV2 ?? permission.grantedToIdentities ?? [];
  const grantees: NonNullable<NonNullable<PermissionInfo['link']>['grantees']> = [];
  for (const set of sets) {
    const user = set.user;
    if (!user) continue;
    const id = stringField(user, 'id');
    const displayName = stringField(user, 'displayName');
    const email = stringField(user, 'email') ?? emailFromLoginName(stringField(user, 'loginName'));
    if (!id && !email) continue;
    grantees.push({
      ...(id ? { id } : {}),
      ...(displayName ? { displayName } : {}),
      ...(email ? { email } : {}),
    });
  }
  return grantees;
}

/** SharePoint login names look like "i:0#.f|membership|ana@contoso.com"; the email is the last part. */
function emailFromLoginName(loginName: string | undefined): string | undefined {
  const last = loginName?.split('|').pop();
  return last?.includes('@') ? last : undefined;
}

/**
 * Maps a `/me/people` result. The email is `scoredEmailAddresses[0].address` because people have
 * no `mail` (docs/graph-notes.md §4.1). `personType.class` "Group" is a group; a person whose subclass
 * is not OrganizationUser (PersonalContact, ImplicitContact) is a contact outside the directory.
 * `id` is left out on purpose: whether `person.id` is the Entra object id is UNCONFIRMED
 * (docs/graph-notes.md §4.1), so flows must not send it as an invite `objectId`.
 */
export function fromPerson(person: Person): PersonInfo {
  const info: PersonInfo = { kind: personKind(person), displayName: person.displayName ?? '' };
  const email = person.scoredEmailAddresses?.find((scored) => scored.address)?.address ?? undefined;
  if (email) info.email = email;
  if (person.userPrincipalName) info.userPrincipalName = person.userPrincipalName;
  if (person.jobTitle) info.jobTitle = person.jobTitle;
  if (person.department) info.department = person.department;
  return info;
}

function personKind(person: Person): PersonInfo['kind'] {
  const type = person.personType;
  if (type?.class === 'Group') return 'group';
  if (!type?.subclass || type.subclass === 'OrganizationUser') return 'user';
  return 'contact';
}

/** Maps a directory user (`/users`, `/me`). */
export function fromUser(user: User): PersonInfo {
  const info: PersonInfo = { kind: 'user', displayName: user.displayName ?? user.userPrincipalName ?? '' };
  if (user.id) info.id = user.id;
  if (user.mail) info.email = user.mail;
  if (user.userPrincipalName) info.userPrincipalName = user.userPrincipalName;
  if (user.jobTitle) info.jobTitle = user.jobTitle;
  if (user.department) info.department = user.department;
  if (user.userType === 'Member' || user.userType === 'Guest') info.userType = user.userType;
  return info;
}

/** Maps a directory group (`/groups`). */
export function fromGroup(group: Group): PersonInfo {
  const info: PersonInfo = { kind: 'group', displayName: group.displayName ?? group.mail ?? '' };
  if (group.id) info.id = group.id;
  if (group.mail) info.email = group.mail;
  return info;
}

/**
 * Maps an invite answer. 200 and 207 both list one permission per recipient; on 207 an entry
 * whose notification failed carries `error` (docs/graph-notes.md §1.7): access was still granted.
 */
export function toInviteResult(status: number, body: unknown): InviteResult {
  return { partial: status === 207, permissions: listValue(body).map(toInvitedPermission) };
}

function toInvitedPermission(entry: unknown): InvitedPermission {
  const permission = (isRecord(entry) ? entry : {}) as Permission & Record<string, unknown>;
  const invited: InvitedPermission = withId(permission);
  const invitationEmail = stringField(permission.invitation, 'email');
  if (invitationEmail) invited.invitationEmail = invitationEmail;
  const error = permission.error;
  if (isRecord(error)) {
    invited.notificationError = {
      code: stringField(error, 'code') ?? '',
      message: stringField(error, 'message') ?? '',
    };
    const localizedMessage = stringField(error, 'localizedMessage');
    if (localizedMessage) invited.notificationError.localizedMessage = localizedMessage;
    const innerCode = innermostCode(error);
    if (innerCode) invited.notificationError.innerCode = innerCode;
  }
  return invited;
}

/** An entry without an id still means a grant happened, so it is kept (with id "") rather than lost. */
function withId(permission: Permission): InvitedPermission {
  if (permission.id) return toPermissionInfo(permission);
  return { ...toPermissionInfo({ ...permission, id: 'unknown' }), id: '' };
}
