import type { DriveItem, ItemReference } from '@microsoft/microsoft-graph-types';
import type { DriveItemInfo, DriveType } from '../domain/item';
import { folderPathFrom } from './folder-path';
import { listValue } from './graph-json';
import { UnexpectedGraphResponse } from './unexpected-response';

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
 * graph-contract §3.4) is mapped to the remote drive and id, because that is where invite must go.
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
