import type { TenantDrive, TenantFile, TenantItem } from '../tenant/tenant-file';
import type { DriveEntity, DriveOwner, GroupEntity, ItemEntity, TenantModel, UserEntity } from './entities';
import {
  businessDriveId,
  businessItemId,
  hashHex,
  personalDriveId,
  personalItemId,
  stableGuid,
} from './hash-ids';
import { mimeTypeFor } from './mime-types';
import {
  businessDriveWebUrl,
  encodeSegments,
  libraryWebUrl,
  personalDriveWebUrl,
  personalItemWebUrl,
  tenantHostPrefix,
} from './web-urls';

const defaultDate = '2024-01-15T09:30:00Z';

function buildUsers(file: TenantFile): UserEntity[] {
  return file.users.map((u) => {
    const parts = u.displayName.trim().split(/\s+/);
    const mail = u.mail === undefined ? u.userPrincipalName : u.mail;
    return {
      id: u.id,
      displayName: u.displayName,
      givenName: u.givenName ?? (parts.length > 1 ? parts[0] : u.displayName),
      surname: u.surname ?? (parts.length > 1 ? parts.slice(1).join(' ') : null),
      userPrincipalName: u.userPrincipalName,
      mail,
      mailNickname: (mail ?? u.userPrincipalName).split('@')[0].split('#')[0],
      jobTitle: u.jobTitle ?? null,
      department: u.department ?? null,
      officeLocation: u.officeLocation ?? null,
      userType: u.userType ?? 'Member',
      mailboxUnavailable: u.mailboxUnavailable ?? false,
      oneDriveLicense: u.oneDriveLicense ?? true,
    };
  });
}

function buildGroups(file: TenantFile): GroupEntity[] {
  const groups = file.groups ?? [];
  const byId = new Map(groups.map((g) => [g.id, g]));
  /** The group's users and those of every group nested in it; `seen` stops a loop of groups. */
  const transitiveUsers = (id: string, seen: Set<string>): string[] => {
    const group = byId.get(id);
    if (!group || seen.has(id)) return [];
    seen.add(id);
    return [...(group.members ?? []), ...(group.memberGroups ?? []).flatMap((m) => transitiveUsers(m, seen))];
  };
  return groups.map((g) => ({
    id: g.id,
    displayName: g.displayName,
    description: g.description ?? null,
    mail: g.mail ?? null,
    mailNickname:
      g.mailNickname ?? (g.mail ? g.mail.split('@')[0] : g.displayName.replace(/[^A-Za-z0-9]/g, '')),
    members: new Set(transitiveUsers(g.id, new Set())),
    directMembers: new Set(g.members ?? []),
  }));
}

function driveOwner(d: TenantDrive): DriveOwner {
  return 'user' in d.owner ? { kind: 'user', id: d.owner.user } : { kind: 'group', id: d.owner.group };
}

/** Builds the read-only tenant model; generated ids depend only on the file content. */
export function buildModel(file: TenantFile): TenantModel {
  const users = buildUsers(file);
  const groups = buildGroups(file);
  const userById = new Map(users.map((u) => [u.id, u]));
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const drives = file.drives.map((d) => buildDrive(file, d, userById, groupById));
  const following = new Map<string, Array<{ driveId: string; itemId: string }>>();
  for (const [userId, refs] of Object.entries(file.following ?? {})) {
    following.set(
      userId,
      refs.map((ref) => resolveFollowRef(drives, ref)),
    );
  }
  const provisionedDrives = new Map<string, DriveEntity>();
  for (const user of users) {
    const hasDrive = file.drives.some(
      (d) => 'user' in d.owner && d.owner.user === user.id && d.driveType !== 'documentLibrary',
    );
    if (user.oneDriveLicense && !hasDrive)
      provisionedDrives.set(user.id, buildDrive(file, emptyOneDrive(user.id), userById, groupById));
  }
  return { tenant: file.tenant, users, groups, drives, provisionedDrives, following };
}

/**
 * The drive Graph provisions for a licensed user on first delegated access
 * (https://learn.microsoft.com/graph/api/drive-get): an empty OneDrive for work or school.
 * Its ids derive from the tenant and the user, so it is the same drive after every restart.
 */
function emptyOneDrive(userId: string): TenantDrive {
  return { name: 'OneDrive', driveType: 'business', owner: { user: userId }, items: [] };
}

function resolveFollowRef(drives: DriveEntity[], ref: string): { driveId: string; itemId: string } {
  const sep = ref.indexOf(':/');
  if (sep < 0) throw new Error(`following: "${ref}" must look like "<drive id or name>:/path"`);
  const driveRef = ref.slice(0, sep);
  const path = ref.slice(sep + 1).replace(/\/$/, '');
  const byId = drives.filter((d) => d.id === driveRef);
  const candidates =
    byId.length > 0 ? byId : drives.filter((d) => d.name.toLowerCase() === driveRef.toLowerCase());
  if (candidates.length !== 1) throw new Error(`following: drive "${driveRef}" is unknown or ambiguous`);
  const item = [...candidates[0].items.values()].find((i) => i.path.toLowerCase() === path.toLowerCase());
  if (!item) throw new Error(`following: no item at "${ref}"`);
  return { driveId: candidates[0].id, itemId: item.id };
}

function buildDrive(
  file: TenantFile,
  d: TenantDrive,
  userById: Map<string, UserEntity>,
  groupById: Map<string, GroupEntity>,
): DriveEntity {
  const owner = driveOwner(d);
  const seed = [file.tenant.id, owner.kind, owner.id, d.driveType, d.name];
  const id = d.id ?? (d.driveType === 'personal' ? personalDriveId(...seed) : businessDriveId(...seed));
  const ownerGroup = owner.kind === 'group' ? groupById.get(owner.id) : undefined;
  const ownerUser = owner.kind === 'user' ? userById.get(owner.id) : undefined;
  const siteName =
    d.driveType === 'documentLibrary'
      ? (d.siteName ?? ownerGroup?.mailNickname ?? d.name.replace(/\s+/g, ''))
      : null;
  const siteId =
    d.driveType === 'documentLibrary'
      ? (d.siteId ??
        `${tenantHostPrefix(file.tenant)}.sharepoint.com,${stableGuid('site', id)},${stableGuid('web', id)}`)
      : null;
  let webUrl: string;
  if (d.webUrl) webUrl = d.webUrl;
  else if (d.driveType === 'personal') webUrl = personalDriveWebUrl(id);
  else if (d.driveType === 'business')
    webUrl = businessDriveWebUrl(file.tenant, ownerUser?.userPrincipalName ?? owner.id);
  else webUrl = libraryWebUrl(file.tenant, siteName ?? d.name, d.name);
  const defaultAuthor = owner.kind === 'user' ? owner.id : ([...(ownerGroup?.members ?? [])][0] ?? null);
  const items = new Map<string, ItemEntity>();
  const makeId = (path: string) =>
    d.driveType === 'personal' ? personalItemId(id, 'item', path) : businessItemId(id, 'item', path);
  const root: ItemEntity = {
    id: makeId(''),
    driveId: id,
    parentId: null,
    name: 'root',
    path: '',
    isFolder: true,
    children: [],
    size: 0,
    mimeType: null,
    createdDateTime: defaultDate,
    lastModifiedDateTime: defaultDate,
    createdBy: defaultAuthor,
    lastModifiedBy: defaultAuthor,
    specialFolder: null,
    eTag: '',
    cTag: '',
    webUrl,
    seedPermissions: [],
  };
  const build = (t: TenantItem, parent: ItemEntity, segments: string[]): ItemEntity => {
    const path = `/${segments.join('/')}`;
    const itemId = t.id ?? makeId(path.toLowerCase());
    const isFolder = Array.isArray(t.children);
    const item: ItemEntity = {
      id: itemId,
      driveId: id,
      parentId: parent.id,
      name: t.name,
      path,
      isFolder,
      children: [],
      size: 0,
      mimeType: isFolder ? null : (t.mimeType ?? mimeTypeFor(t.name)),
      createdDateTime: t.createdDateTime ?? t.lastModifiedDateTime ?? defaultDate,
      lastModifiedDateTime: t.lastModifiedDateTime ?? defaultDate,
      createdBy: t.createdBy ?? t.lastModifiedBy ?? defaultAuthor,
      lastModifiedBy: t.lastModifiedBy ?? defaultAuthor,
      specialFolder: t.specialFolder ?? null,
      eTag: t.eTag ?? '',
      cTag: '',
      webUrl:
        t.webUrl ??
        (d.driveType === 'personal' ? personalItemWebUrl(itemId) : `${webUrl}/${encodeSegments(segments)}`),
      seedPermissions: t.permissions ?? [],
    };
    item.children = (t.children ?? []).map((c) => build(c, item, [...segments, c.name]));
    item.size = isFolder
      ? item.children.reduce((sum, c) => sum + c.size, 0)
      : (t.size ?? 1024 + (Number.parseInt(hashHex(itemId).slice(0, 6), 16) % 200000));
    return item;
  };
  root.children = d.items.map((t) => build(t, root, [t.name]));
  root.size = root.children.reduce((sum, c) => sum + c.size, 0);
  const index = (item: ItemEntity) => {
    const guid = stableGuid('etag', id, item.id).toUpperCase();
    if (!item.eTag) item.eTag = `"{${guid}},1"`;
    item.cTag = `"c:{${guid}},1"`;
    items.set(item.id, item);
    for (const c of item.children) index(c);
  };
  index(root);
  return {
    id,
    name: d.name,
    driveType: d.driveType,
    owner,
    premium: d.premium ?? false,
    siteId,
    siteName,
    webUrl,
    createdDateTime: defaultDate,
    root,
    items,
  };
}
