import type { TenantRuntime } from '../graph-runtime';
import { noExpiryValue } from '../model/access';
import type { DriveEntity, ItemEntity } from '../model/entities';
import type { StoredPermission } from '../model/stored-permission';
import { groupIdentitySet, siteUser, userIdentitySet } from './render-identity';

const deprecatedGrantedTo = 'GrantedTo has been deprecated. Refer to GrantedToV2';
const deprecatedIdentities = 'GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2';

/** How to render: whether the caller may see share secrets, and where an inherited grant comes from. */
export interface PermissionView {
  /** Callers who can create permissions see `shareId` and link URLs (docs/graph-notes.md §7). */
  revealSecrets: boolean;
  inheritedFrom?: ItemEntity;
  /** Invite and createLink answers carry `@odata.type`. */
  withType?: boolean;
}

/**
 * A permission in Graph's shape: grantedToV2 (+ siteUser outside personal drives) plus the deprecated
 * grantedTo with its annotation; `hasPassword` and `expirationDateTime` on personal drives;
 * `inheritedFrom` only on personal drives (docs/graph-notes.md §1.5, §1.6, §2.1).
 */
export function renderPermission(
  rt: TenantRuntime,
  drive: DriveEntity,
  p: StoredPermission,
  view: PermissionView,
): Record<string, unknown> {
  const personal = drive.driveType === 'personal';
  const out: Record<string, unknown> = {};
  if (view.withType) out['@odata.type'] = '#microsoft.graph.permission';
  out.id = p.id;
  out.roles = [...p.roles];
  if (p.grantee?.kind === 'user') {
    const user = rt.index.user(p.grantee.id);
    if (user) {
      out['@deprecated.GrantedTo'] = deprecatedGrantedTo;
      out.grantedTo = userIdentitySet(user);
      out.grantedToV2 = { ...userIdentitySet(user), ...(personal ? {} : { siteUser: siteUser(user) }) };
    }
  } else if (p.grantee?.kind === 'group') {
    const group = rt.index.group(p.grantee.id);
    if (group) {
      out['@deprecated.GrantedTo'] = deprecatedGrantedTo;
      out.grantedTo = { user: { id: group.id, displayName: group.displayName, email: group.mail } };
      out.grantedToV2 = {
        ...groupIdentitySet(group),
        ...(personal
          ? {}
          : {
              siteGroup: {
                displayName: group.displayName,
                id: '0',
                loginName: group.mail ?? group.displayName,
              },
            }),
      };
    }
  }
  if (p.invitation) {
    const invitedBy = p.invitation.invitedBy
      ? userIdentitySet(rt.index.user(p.invitation.invitedBy))
      : undefined;
    out.invitation = {
      email: p.invitation.email,
      signInRequired: p.invitation.signInRequired,
      ...(invitedBy ? { invitedBy } : {}),
    };
  }
  if (p.link) {
    out.link = {
      scope: p.link.scope,
      type: p.link.type,
      ...(view.revealSecrets ? { webUrl: p.link.webUrl } : {}),
      ...(personal ? {} : { preventsDownload: false }),
    };
    if (p.link.scope === 'users') {
      const grantees = p.link.grantees.map((id) => rt.index.user(id)).filter((u) => u !== undefined);
      out['@deprecated.GrantedToIdentities'] = deprecatedIdentities;
      out.grantedToIdentities = grantees.map((u) => userIdentitySet(u));
      out.grantedToIdentitiesV2 = grantees.map((u) => ({
        ...userIdentitySet(u),
        ...(personal ? {} : { siteUser: siteUser(u) }),
      }));
    }
  } else if (p.invitationLinkUrl && view.revealSecrets) {
    out.link = { type: p.roles.includes('write') ? 'edit' : 'view', webUrl: p.invitationLinkUrl };
  }
  if (p.shareId && view.revealSecrets) out.shareId = p.shareId;
  if (personal) {
    out.expirationDateTime = p.expirationDateTime ?? noExpiryValue;
    out.hasPassword = p.hasPassword ?? false;
    if (view.inheritedFrom) {
      out.inheritedFrom = {
        driveId: drive.id,
        driveType: drive.driveType,
        id: view.inheritedFrom.id,
        path: `/drive/root:${view.inheritedFrom.path}`,
      };
    }
  } else if (p.expirationDateTime) {
    out.expirationDateTime = p.expirationDateTime;
  }
  return out;
}
