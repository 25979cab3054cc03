// Request builders: drive paths, sharing-URL ids, item paths, OData literals, $select lists and the invite body.
import type { ItemAddress } from '../domain/item';
import { maxInviteMessageLength } from '../domain/limits';
import type { Role } from '../domain/role';
import {
  type CreateLinkRequest,
  type GraphFailure,
  GraphRequestError,
  type InviteRecipient,
  type InviteRequest,
} from './port';

/**
 * Characters that may stay raw inside one path segment (docs/graph-notes.md §3.2, the RFC 3986 `pchar`
 * set). Everything else, including space, `#`, `%`, `?`, `[`, `]` and all non-ASCII, is
 * percent-encoded as UTF-8.
 */
const RAW_IN_SEGMENT = new Set(
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@",
);

/** Lone UTF-16 surrogates cannot be encoded as UTF-8; Graph names never contain them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes one drive path segment (a file or folder name). */
export function encodePathSegment(segment: string): string {
  let encoded = '';
  for (const char of segment.replace(LONE_SURROGATE, '\uFFFD')) {
    encoded += RAW_IN_SEGMENT.has(char) ? char : encodeURIComponent(char);
  }
  return encoded;
}

/**
 * Encodes a drive path such as "/Reports/Q1 #2.xlsx" for `root:/{path}:` addressing, one segment
 * at a time (docs/graph-notes.md §3.2: never encode the whole URL at once, or `/` would be lost).
 * Empty segments from doubled or trailing slashes are dropped; the root encodes to "".
 */
export function encodeDrivePath(path: string): string {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  return segments.map((segment) => `/${encodePathSegment(segment)}`).join('');
}

/**
 * Turns a pasted OneDrive/SharePoint sharing URL into a `/shares/{token}` id:
 * "u!" + unpadded base64url of the URL's UTF-8 bytes (docs/graph-notes.md §3.3).
 */
export function encodeSharingUrl(url: string): string {
  return `u!${Buffer.from(url.trim(), 'utf8').toString('base64url')}`;
}

/**
 * The Graph path of an addressed item. Drive + id is the documented form for every drive type
 * (docs/graph-notes.md §1.1). The `/shares/{id}/driveItem` form is UNCONFIRMED for actions such as
 * invite and permission delete; it is kept because an item reached through a pasted link may
 * have no other address the user can act on, and our sandbox supports it. Flows should prefer
 * the drive + id that the `/shares` lookup returned.
 */
export function itemAddressPath(address: ItemAddress): string {
  if ('shareId' in address) return `/shares/${encodeURIComponent(address.shareId)}/driveItem`;
  return `/drives/${encodeURIComponent(address.driveId)}/items/${encodeURIComponent(address.itemId)}`;
}

/**
 * Builders for text that goes into Graph URLs. Literals are returned raw; callers percent-encode
 * whole query values with `encodeURIComponent`, so the SDK (which only splits the query string on
 * `&` and the first `=`) passes them through untouched.
 */

/** An OData string literal with single quotes doubled (docs/graph-notes.md §3.1, §4.2): O'Brien -> 'O''Brien'. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A quoted `$search` phrase for `/me/people` (docs/graph-notes.md §4.1). OData 4.0 search phrases
 * cannot contain a double quote at all, so quotes (and backslashes) in the typed text become
 * spaces; people's names never need them.
 */
export function searchPhrase(value: string): string {
  const cleaned = value.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return `"${cleaned}"`;
}

/** Builds `?a=b&c=d` from already-formatted values, percent-encoding each value. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * `$select` lists: only what the cards and flows use (docs/graph-notes.md §3.4 suggested select, minus
 * `shared`/`createdBy` which nothing shows, plus `root`/`specialFolder` which guard the flows).
 */

/** Drive item fields for confirmation cards. */
export const DRIVE_ITEM_SELECT =
  'id,name,size,webUrl,parentReference,lastModifiedDateTime,lastModifiedBy,file,folder,remoteItem,root,specialFolder';

/** Relevance-ranked person fields; `/me/people` has no `mail` (docs/graph-notes.md §4.1). */
export const PERSON_SELECT =
  'id,displayName,givenName,surname,userPrincipalName,scoredEmailAddresses,personType,jobTitle,department';

/** Directory user fields; `userType` is not in the default set (docs/graph-notes.md §4.2). */
export const USER_SELECT = 'id,displayName,mail,userPrincipalName,userType,jobTitle,department';

/** Group fields a recipient choice shows. */
export const GROUP_SELECT = 'id,displayName,mail';

/** Permission fields PermissionInfo is read from. */
export const PERMISSION_SELECT =
  'id,roles,link,invitation,grantedTo,grantedToV2,grantedToIdentities,grantedToIdentitiesV2,inheritedFrom,expirationDateTime';

const ROLES: readonly Role[] = ['read', 'write'];

/** The JSON body of `POST …/invite`: the request without its address, exactly the documented fields (docs/graph-notes.md §1.2). */
export type InviteBody = Omit<InviteRequest, 'item'>;

/**
 * Checks an invite against the rules Graph enforces (docs/graph-notes.md §1.3) and builds its body.
 * Throws GraphRequestError (kind "invalid", status -1) instead of spending a call Graph would refuse.
 */
export function buildInviteBody(request: InviteRequest): InviteBody {
  if (request.recipients.length === 0) refuse('An invite needs at least one recipient');
  if (request.roles.length === 0 || !request.roles.every((role) => ROLES.includes(role))) {
    refuse('Invite roles must be read or write');
  }
  if (!request.requireSignIn && !request.sendInvitation) {
    refuse('requireSignIn and sendInvitation cannot both be false');
  }
  if (request.message !== undefined && request.message.length > maxInviteMessageLength) {
    refuse(`The invite message is longer than ${maxInviteMessageLength} characters`);
  }
  const body: InviteBody = {
    recipients: request.recipients.map(oneRecipientField),
    roles: [...new Set(request.roles)],
    requireSignIn: request.requireSignIn,
    sendInvitation: request.sendInvitation,
  };
  if (request.message !== undefined) body.message = request.message;
  if (request.expirationDateTime !== undefined) body.expirationDateTime = request.expirationDateTime;
  if (request.password !== undefined) body.password = request.password;
  return body;
}

/** Graph refuses a driveRecipient with more than one of email/objectId/alias (docs/graph-notes.md §1.2). */
function oneRecipientField(recipient: InviteRecipient): InviteRecipient {
  const fields = (['email', 'objectId', 'alias'] as const).filter((key) => key in recipient);
  if (fields.length !== 1) refuse('Each recipient needs exactly one of email, objectId or alias');
  if ('email' in recipient && recipient.email.trim()) return { email: recipient.email.trim() };
  if ('objectId' in recipient && recipient.objectId.trim()) return { objectId: recipient.objectId.trim() };
  if ('alias' in recipient && recipient.alias.trim()) return { alias: recipient.alias.trim() };
  return refuse('A recipient is empty');
}

function refuse(message: string): never {
  const failure: GraphFailure = { kind: 'invalid', status: -1, code: 'clientValidation', message };
  throw new GraphRequestError(failure);
}

/** Builds a revokeGrants body: each grantee as exactly one field (https://learn.microsoft.com/graph/api/permission-revokegrants). */
export function buildRevokeGrantsBody(grantees: InviteRecipient[]): { grantees: InviteRecipient[] } {
  if (grantees.length === 0) refuse('revokeGrants needs at least one grantee');
  return { grantees: grantees.map(oneRecipientField) };
}

/** The JSON body of `POST …/createLink`: the request without its address (https://learn.microsoft.com/graph/api/driveitem-createlink). */
export type CreateLinkBody = Omit<CreateLinkRequest, 'item'>;

/** Builds a createLink body; recipients go only with a `users` link, each as exactly one field. */
export function buildCreateLinkBody(request: CreateLinkRequest): CreateLinkBody {
  const body: CreateLinkBody = { type: request.type, scope: request.scope };
  if (request.expirationDateTime !== undefined) body.expirationDateTime = request.expirationDateTime;
  if (request.scope === 'users' && request.recipients && request.recipients.length > 0) {
    body.recipients = request.recipients.map(oneRecipientField);
  }
  return body;
}

/** The path of one permission of an item: `…/items/{i}/permissions/{id}`. */
export function permissionPath(item: ItemAddress, permissionId: string): string {
  return `${itemAddressPath(item)}/permissions/${encodeURIComponent(permissionId)}`;
}

/** The JSON body of `PATCH …/permissions/{id}`: only `roles` may change (https://learn.microsoft.com/graph/api/permission-update). */
export interface UpdateRolesBody {
  roles: Role[];
}

/** Builds the role update body; an empty list is refused before anything is sent. */
export function buildUpdateRolesBody(roles: readonly Role[]): UpdateRolesBody {
  if (roles.length === 0) refuse('A role update needs at least one role');
  return { roles: [...new Set(roles)] };
}
