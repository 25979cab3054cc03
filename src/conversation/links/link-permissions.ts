import type { PermissionInfo } from '../../domain/permission';
import { type LinkScope, type LinkType, linkScopes, linkTypes } from '../../domain/sharing-link';
import type { LinkView } from './link-request';

/** The sharing links among an item's permissions (not inherited ones Sharebot cannot delete here). */
export function linksAmong(permissions: readonly PermissionInfo[]): LinkView[] {
  const links: LinkView[] = [];
  for (const p of permissions) {
    const type = p.link?.type as LinkType | undefined;
    const scope = p.link?.scope as LinkScope | undefined;
    if (!type || !scope || !linkTypes.includes(type) || !linkScopes.includes(scope)) continue;
    links.push({
      permissionId: p.id,
      type,
      scope,
      ...(p.link?.webUrl ? { webUrl: p.link.webUrl } : {}),
      ...(p.expirationDateTime ? { expirationDateTime: p.expirationDateTime } : {}),
    });
  }
  return links;
}

/** The link as Sharebot keeps it, from the permission Graph answered with. */
export function linkViewOf(permission: PermissionInfo, type: LinkType, scope: LinkScope): LinkView {
  const [found] = linksAmong([permission]);
  return (
    found ?? {
      permissionId: permission.id,
      type,
      scope,
      ...(permission.link?.webUrl ? { webUrl: permission.link.webUrl } : {}),
    }
  );
}
