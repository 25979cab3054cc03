import type { DriveEntity, ItemEntity, TenantModel } from './entities';
import { hashHex } from './hash-ids';
import { linkKindLetter, linkToken, personalSiteName, tenantHostPrefix } from './web-urls';

/** The sharing-link URL of a permission, in the style of the drive's service (1drv.ms or SharePoint `/:x:/`). */
export function sharingLinkWebUrl(
  model: TenantModel,
  drive: DriveEntity,
  item: ItemEntity,
  permissionId: string,
): string {
  const kind = linkKindLetter(item.name, item.isFolder);
  const token = linkToken(permissionId);
  const prefix = tenantHostPrefix(model.tenant);
  if (drive.driveType === 'personal') return `https://1drv.ms/${kind}/s!${token}`;
  if (drive.driveType === 'business') {
    const owner = model.users.find((u) => drive.owner.kind === 'user' && u.id === drive.owner.id);
    return `https://${prefix}-my.sharepoint.com/:${kind}:/g/personal/${personalSiteName(owner?.userPrincipalName ?? drive.owner.id)}/${token}`;
  }
  return `https://${prefix}.sharepoint.com/:${kind}:/s/${encodeURIComponent(drive.siteName ?? drive.name)}/${token}`;
}

/** A shareId for a permission: usable as `/shares/{shareId}`; stable for the permission id. */
export function shareIdFor(permissionId: string): string {
  return `s!${Buffer.from(hashHex('share', permissionId), 'hex').toString('base64url').slice(0, 34)}`;
}
