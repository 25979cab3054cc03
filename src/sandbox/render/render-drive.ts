import type { TenantRuntime } from '../graph-runtime';
import type { DriveEntity, ItemEntity, UserEntity } from '../model/entities';
import { hashHex } from '../model/hash-ids';
import { groupIdentitySet, userIdentitySet } from './render-identity';

/** A drive resource. */
export function renderDrive(rt: TenantRuntime, drive: DriveEntity): Record<string, unknown> {
  const owner =
    drive.owner.kind === 'user'
      ? userIdentitySet(rt.index.user(drive.owner.id))
      : (() => {
          const group = rt.index.group(drive.owner.id);
          return group ? groupIdentitySet(group) : undefined;
        })();
  return {
    createdDateTime: drive.createdDateTime,
    description: '',
    id: drive.id,
    lastModifiedDateTime: drive.createdDateTime,
    name: drive.name,
    webUrl: drive.webUrl,
    driveType: drive.driveType,
    createdBy: { user: { displayName: 'System Account' } },
    owner,
    quota: {
      deleted: 0,
      remaining: 1099511627776 - drive.root.size,
      state: 'normal',
      total: 1099511627776,
      used: drive.root.size,
    },
  };
}

/** The itemReference of an item's parent: `path` like `/drive/root:/Reports` (absent for the root). */
export function parentReference(
  rt: TenantRuntime,
  item: ItemEntity,
  withPath: boolean,
): Record<string, unknown> {
  const drive = rt.access.driveOf(item);
  const ref: Record<string, unknown> = { driveType: drive.driveType, driveId: drive.id };
  if (item.parentId) {
    const parent = drive.items.get(item.parentId);
    ref.id = item.parentId;
    if (parent) ref.name = parent.parentId ? parent.name : drive.name;
    if (withPath && parent) ref.path = `/drive/root:${parent.path}`;
  }
  if (drive.siteId) ref.siteId = drive.siteId;
  return ref;
}

function fileOrFolder(item: ItemEntity): Record<string, unknown> {
  if (item.isFolder) return { folder: { childCount: item.children.length } };
  return {
    file: {
      mimeType: item.mimeType,
      hashes: {
        quickXorHash: Buffer.from(hashHex('content', item.id), 'hex').toString('base64').slice(0, 28),
      },
    },
  };
}

/** A driveItem as seen by `viewer`; `shared` appears when the item has its own grants. */
export function renderItem(
  rt: TenantRuntime,
  item: ItemEntity,
  options: { withParentPath?: boolean } = {},
): Record<string, unknown> {
  const drive = rt.access.driveOf(item);
  const isRoot = item.parentId === null;
  const out: Record<string, unknown> = {
    createdDateTime: item.createdDateTime,
    eTag: item.eTag,
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    name: isRoot ? 'root' : item.name,
    webUrl: item.webUrl,
    cTag: item.cTag,
    size: item.size,
    createdBy: item.createdBy ? userIdentitySet(rt.index.user(item.createdBy)) : undefined,
    lastModifiedBy: item.lastModifiedBy ? userIdentitySet(rt.index.user(item.lastModifiedBy)) : undefined,
    parentReference: parentReference(rt, item, options.withParentPath ?? true),
    ...fileOrFolder(item),
  };
  if (isRoot) out.root = {};
  if (item.specialFolder) out.specialFolder = { name: item.specialFolder };
  const own = rt.state.direct(drive.id, item.id);
  if (own.length > 0) {
    out.shared = {
      scope: own.some((p) => p.link?.scope === 'anonymous')
        ? 'anonymous'
        : own.some((p) => p.link?.scope === 'organization')
          ? 'organization'
          : 'users',
      ...(drive.owner.kind === 'user' ? { owner: userIdentitySet(rt.index.user(drive.owner.id)) } : {}),
    };
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/**
 * A search hit. On business drives and SharePoint libraries parentReference has no `path`
 * (docs/graph-notes.md §3.1, §8.8); every hit carries `searchResult`.
 */
export function renderSearchHit(rt: TenantRuntime, item: ItemEntity): Record<string, unknown> {
  const drive = rt.access.driveOf(item);
  const hit = renderItem(rt, item, { withParentPath: drive.driveType === 'personal' });
  return { ...hit, searchResult: {} };
}

/**
 * An item that lives in another drive, as `/me/drive/search` and `/me/drive/following` return it:
 * the top level mirrors the item and `remoteItem` says where to act on it (docs/graph-notes.md §3.4).
 */
export function renderRemoteItem(
  rt: TenantRuntime,
  item: ItemEntity,
  viewer: UserEntity,
  forSearch: boolean,
): Record<string, unknown> {
  const full = renderItem(rt, item, { withParentPath: false });
  const viewerDrive = rt.index.userDrive(viewer.id);
  const { eTag: _eTag, cTag: _cTag, shared, ...rest } = full;
  const remote: Record<string, unknown> = { ...rest };
  delete remote.root;
  const out: Record<string, unknown> = {
    id: item.id,
    name: item.name,
    webUrl: item.webUrl,
    size: item.size,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    ...(item.isFolder ? { folder: full.folder } : { file: full.file }),
    parentReference: viewerDrive ? { driveId: viewerDrive.id, driveType: viewerDrive.driveType } : undefined,
    remoteItem: { ...remote, ...(shared ? { shared } : {}) },
  };
  if (forSearch) out.searchResult = {};
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}
