import type { StateStore } from '../store/state-store';
import type { DriveEntity, ItemEntity, UserEntity } from './entities';
import type { StoredPermission } from './stored-permission';
import type { TenantIndex } from './tenant-index';

/** A permission that reaches an item, with the item it is set on (itself or an ancestor). */
export interface EffectivePermission {
  permission: StoredPermission;
  source: ItemEntity;
  inherited: boolean;
}

const noExpiry = '0001-01-01T00:00:00Z';

/** Whether a permission has expired (the DateTime.MinValue "0001-..." means never). */
function isExpired(p: StoredPermission, now = Date.now()): boolean {
  if (!p.expirationDateTime || p.expirationDateTime.startsWith('0001-')) return false;
  return Date.parse(p.expirationDateTime) <= now;
}

/** The "no expiry" value personal drives report (docs/graph-notes.md §1.6). */
export const noExpiryValue = noExpiry;

/** Answers who can see and share what: drive ownership plus direct and inherited permissions. */
export class AccessRules {
  constructor(
    private readonly index: TenantIndex,
    private readonly state: StateStore,
  ) {}

  /** Direct permissions first, then those inherited from ancestors until inheritance was broken. */
  effective(item: ItemEntity): EffectivePermission[] {
    const out: EffectivePermission[] = [];
    const chain = [item, ...this.index.ancestors(item)];
    for (const [i, node] of chain.entries()) {
      for (const permission of this.state.direct(node.driveId, node.id)) {
        if (!isExpired(permission)) out.push({ permission, source: node, inherited: i > 0 });
      }
      if (this.state.isInheritanceBroken(node.driveId, node.id)) break;
    }
    return out;
  }

  /** Whether the permission is for this user (directly, via a group, an invitation or a specific-people link). */
  appliesTo(p: StoredPermission, user: UserEntity): boolean {
    if (p.grantee?.kind === 'user' && p.grantee.id === user.id) return true;
    if (p.grantee?.kind === 'group' && this.index.groupHasMember(p.grantee.id, user.id)) return true;
    const email = p.invitation?.email.toLowerCase();
    if (
      email &&
      !p.grantee &&
      (email === user.mail?.toLowerCase() || email === user.userPrincipalName.toLowerCase())
    ) {
      return true;
    }
    return p.link?.scope === 'users' && p.link.grantees.includes(user.id);
  }

  /** The drive that holds the item. */
  driveOf(item: ItemEntity): DriveEntity {
    const drive = this.index.drive(item.driveId);
    if (!drive) throw new Error(`item ${item.id} has no drive`);
    return drive;
  }

  /** Owner of the drive, or any permission reaching the item applies to the user. */
  canRead(user: UserEntity, item: ItemEntity): boolean {
    if (this.index.ownsDrive(user.id, this.driveOf(item))) return true;
    return this.effective(item).some((e) => this.appliesTo(e.permission, user));
  }

  /** Owner of the drive, or a write (or owner) permission reaching the item applies to the user. */
  canWrite(user: UserEntity, item: ItemEntity): boolean {
    if (this.index.ownsDrive(user.id, this.driveOf(item))) return true;
    return this.effective(item).some(
      (e) =>
        this.appliesTo(e.permission, user) && e.permission.roles.some((r) => r === 'write' || r === 'owner'),
    );
  }

  /** Items in a drive, other than its root, that the user can read. */
  readableItems(user: UserEntity, drive: DriveEntity): ItemEntity[] {
    const owner = this.index.ownsDrive(user.id, drive);
    return [...drive.items.values()].filter((i) => i.parentId !== null && (owner || this.canRead(user, i)));
  }
}
