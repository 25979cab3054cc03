import type { IdentitySet, Permission, SharePointIdentitySet } from '@microsoft/microsoft-graph-types';
import type { PermissionInfo } from '../domain/permission';
import { stringField } from './graph-json';
import { UnexpectedGraphResponse } from './unexpected-response';

type Grantee = NonNullable<PermissionInfo['grantee']>;

/** `0001-01-01T00:00:00Z` (DateTime.MinValue) means "never expires" (graph-contract §2.1). */
const NO_EXPIRY = /^0001-01-01/;

/**
 * Maps a Graph permission. The grantee is read field by field from `grantedToV2`
 * (user, then siteUser, then group), then the deprecated `grantedTo`, then `invitation`
 * (graph-contract §1.6, §2.1). `inherited` is true whenever `inheritedFrom` is present, even as
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
  const fields = Object.entries(grantee).filter(([, value]) => value !== undefined);
  return fields.length > 0 ? (Object.fromEntries(fields) as Grantee) : undefined;
}

/** SharePoint login names look like "i:0#.f|membership|ana@contoso.com"; the email is the last part. */
function emailFromLoginName(loginName: string | undefined): string | undefined {
  const last = loginName?.split('|').pop();
  return last?.includes('@') ? last : undefined;
}
