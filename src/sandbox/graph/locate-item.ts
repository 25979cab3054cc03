import type { TenantRuntime } from '../graph-runtime';
import { accessDenied, invalidRequest, itemNotFound } from '../http/graph-error';
import type { SandboxCall } from '../http/graph-exchange';
import type { DriveEntity, ItemEntity } from '../model/entities';
import type { StoredPermission } from '../model/stored-permission';
import { urlLookupKey } from '../model/web-urls';
import type { DriveItemUrl, UrlDriveRef } from './drive-item-url';

/** A resolved item and its drive. */
export interface LocatedItem {
  drive: DriveEntity;
  item: ItemEntity;
}

/** Finds the drive a URL names; 404 itemNotFound when there is none. */
export function locateDrive(rt: TenantRuntime, call: SandboxCall, ref: UrlDriveRef): DriveEntity {
  let drive: DriveEntity | undefined;
  switch (ref.kind) {
    case 'me':
      drive = rt.index.userDrive(call.user.id);
      break;
    case 'user': {
      const user = rt.index.user(ref.key);
      drive = user ? rt.index.userDrive(user.id) : undefined;
      break;
    }
    case 'group':
      drive = rt.index.groupDrive(ref.id);
      break;
    case 'site':
      drive = rt.index.siteDrive(ref.id);
      break;
    case 'drive':
      drive = rt.index.drive(ref.id);
      break;
    case 'share':
      throw invalidRequest('A share is not a drive.');
  }
  if (!drive) throw itemNotFound('The requested drive could not be found.');
  return drive;
}

/** Decodes a `u!` sharing token into the URL it carries. */
function decodeShareUrl(token: string): string {
  try {
    return Buffer.from(token.slice(2), 'base64url').toString('utf8');
  } catch {
    throw invalidRequest('The sharing token is malformed.');
  }
}

/** A share token (`u!base64url(url)` or a permission's shareId) resolved to its item and, if any, the link. */
export function locateSharedItem(
  rt: TenantRuntime,
  call: SandboxCall,
  token: string,
): LocatedItem & { link?: StoredPermission } {
  let found: (LocatedItem & { link?: StoredPermission }) | undefined;
  if (token.startsWith('u!')) {
    const url = decodeShareUrl(token);
    const key = urlLookupKey(url);
    if (!key) throw invalidRequest('The sharing URL is not a valid absolute URL.');
    const item = rt.index.itemByWebUrl(url);
    if (item) found = { drive: rt.access.driveOf(item), item };
    else
      found = findPermission(rt, (p) =>
        [p.link?.webUrl, p.invitationLinkUrl].some((u) => u && urlLookupKey(u) === key),
      );
  } else if (token.startsWith('s!')) {
    found = findPermission(rt, (p) => p.shareId === token);
  } else {
    throw invalidRequest(
      'The share id must be a shareId or "u!" followed by the base64url-encoded sharing URL.',
    );
  }
  if (!found) throw itemNotFound('The sharing link or item could not be found.');
  if (rt.access.canRead(call.user, found.item)) return found;
  const link = found.link?.link;
  const linkOpens =
    link !== undefined &&
    (link.scope === 'anonymous' ||
      (link.scope === 'organization' && call.user.userType === 'Member') ||
      (link.scope === 'users' && link.grantees.includes(call.user.id)));
  if (linkOpens) return found;
  throw accessDenied();
}

function findPermission(
  rt: TenantRuntime,
  test: (p: StoredPermission) => boolean,
): (LocatedItem & { link: StoredPermission }) | undefined {
  for (const [driveId, itemId, list] of rt.state.all()) {
    const permission = list.find(test);
    const item = rt.index.item(driveId, itemId);
    if (permission && item) return { drive: rt.access.driveOf(item), item, link: permission };
  }
  return undefined;
}

/**
 * Resolves a parsed address to an item the caller may read: 404 itemNotFound when it does not
 * exist, 403 accessDenied when it exists but the caller has no access.
 */
export function locateItem(rt: TenantRuntime, call: SandboxCall, address: DriveItemUrl): LocatedItem {
  let base: LocatedItem;
  let readChecked = false;
  const ref = address.item;
  if (address.drive.kind === 'share') {
    const share = locateSharedItem(rt, call, address.drive.token);
    readChecked = true;
    if (ref.kind === 'shareChild') {
      const child = share.drive.items.get(ref.id);
      const inside =
        child &&
        (child.id === share.item.id || rt.index.ancestors(child).some((a) => a.id === share.item.id));
      if (!child || !inside) throw itemNotFound();
      base = { drive: share.drive, item: child };
    } else {
      base = share;
    }
  } else {
    // Followed items can live in any drive, so `/me/drive/following/{id}` works without an own drive.
    const needsDrive = !(ref.kind === 'following' && address.drive.kind === 'me');
    const drive = needsDrive ? locateDrive(rt, call, address.drive) : rt.index.userDrive(call.user.id);
    let item: ItemEntity | undefined;
    switch (ref.kind) {
      case 'root':
        item = drive?.root;
        break;
      case 'id':
        item = drive?.items.get(ref.id);
        break;
      case 'special':
        item = [...(drive?.items.values() ?? [])].find(
          (i) => i.specialFolder?.toLowerCase() === ref.name.toLowerCase(),
        );
        break;
      case 'following': {
        const followed = (rt.model.following.get(call.user.id) ?? []).find((f) => f.itemId === ref.id);
        item = followed ? rt.index.item(followed.driveId, followed.itemId) : undefined;
        break;
      }
      default:
        throw invalidRequest('This URL does not address a drive item.');
    }
    if (!item) throw itemNotFound();
    base = { drive: rt.access.driveOf(item), item };
  }
  if (address.relativePath && address.relativePath.length > 0) {
    const target = rt.index.itemAtPath(base.item, address.relativePath);
    if (!target) throw itemNotFound();
    base = { drive: base.drive, item: target };
  }
  if (!readChecked && !rt.access.canRead(call.user, base.item)) throw accessDenied();
  return base;
}
