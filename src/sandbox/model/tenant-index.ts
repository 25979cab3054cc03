import type { DriveEntity, GroupEntity, ItemEntity, TenantModel, UserEntity } from './entities';
import { urlLookupKey } from './web-urls';

/** Fast lookups over a tenant model: users, groups, drives, items by id, path and webUrl. */
export class TenantIndex {
  private readonly usersByKey = new Map<string, UserEntity>();
  private readonly groupsByKey = new Map<string, GroupEntity>();
  private readonly drivesById = new Map<string, DriveEntity>();
  private readonly itemsByUrl = new Map<string, ItemEntity>();

  constructor(readonly model: TenantModel) {
    for (const u of model.users) {
      for (const key of [u.id, u.userPrincipalName, u.mail])
        if (key) this.usersByKey.set(key.toLowerCase(), u);
    }
    for (const g of model.groups) {
      for (const key of [g.id, g.mail]) if (key) this.groupsByKey.set(key.toLowerCase(), g);
    }
    for (const d of [...model.drives, ...model.provisionedDrives.values()]) {
      this.drivesById.set(d.id, d);
      for (const item of d.items.values()) {
        const key = urlLookupKey(item.webUrl);
        if (key) this.itemsByUrl.set(key, item);
      }
    }
  }

  /** A user by id, userPrincipalName or mail (case-insensitive). */
  user(key: string): UserEntity | undefined {
    return this.usersByKey.get(key.toLowerCase());
  }

  /** A group by id or mail (case-insensitive). */
  group(key: string): GroupEntity | undefined {
    return this.groupsByKey.get(key.toLowerCase());
  }

  /** A drive by id. */
  drive(id: string): DriveEntity | undefined {
    return this.drivesById.get(id);
  }

  /** The user's own OneDrive (personal or business): the tenant file's, else the provisioned one of a licensed user. */
  userDrive(userId: string): DriveEntity | undefined {
    return (
      this.model.drives.find(
        (d) => d.owner.kind === 'user' && d.owner.id === userId && d.driveType !== 'documentLibrary',
      ) ?? this.model.provisionedDrives.get(userId)
    );
  }

  /** A group's document library. */
  groupDrive(groupId: string): DriveEntity | undefined {
    return this.model.drives.find((d) => d.owner.kind === 'group' && d.owner.id === groupId);
  }

  /** A SharePoint library by site id or site name. */
  siteDrive(siteKey: string): DriveEntity | undefined {
    const key = siteKey.toLowerCase();
    return this.model.drives.find(
      (d) =>
        d.driveType === 'documentLibrary' &&
        (d.siteId?.toLowerCase() === key || d.siteName?.toLowerCase() === key),
    );
  }

  /** An item of a drive by id. */
  item(driveId: string, itemId: string): ItemEntity | undefined {
    return this.drivesById.get(driveId)?.items.get(itemId);
  }

  /** The item at a relative path below a folder, matching names case-insensitively like OneDrive. */
  itemAtPath(from: ItemEntity, segments: string[]): ItemEntity | undefined {
    let current: ItemEntity | undefined = from;
    for (const segment of segments) {
      if (segment === '') continue;
      current = current?.children.find((c) => c.name.toLowerCase() === segment.toLowerCase());
      if (!current) return undefined;
    }
    return current;
  }

  /** The item whose webUrl is the given URL (after normalising encoding and case). */
  itemByWebUrl(url: string): ItemEntity | undefined {
    const key = urlLookupKey(url);
    return key ? this.itemsByUrl.get(key) : undefined;
  }

  /** The parent chain of an item, nearest first, ending at the root. */
  ancestors(item: ItemEntity): ItemEntity[] {
    const out: ItemEntity[] = [];
    const drive = this.drivesById.get(item.driveId);
    let parentId = item.parentId;
    while (parentId && drive) {
      const parent = drive.items.get(parentId);
      if (!parent) break;
      out.push(parent);
      parentId = parent.parentId;
    }
    return out;
  }

  /** Whether the user owns the drive (its owner user, or a member of its owning group). */
  ownsDrive(userId: string, drive: DriveEntity): boolean {
    if (drive.owner.kind === 'user') return drive.owner.id === userId;
    return this.groupHasMember(drive.owner.id, userId);
  }

  /** Whether the user is a member of the group. */
  groupHasMember(groupId: string, userId: string): boolean {
    return this.model.groups.find((g) => g.id === groupId)?.members.has(userId) ?? false;
  }
}
