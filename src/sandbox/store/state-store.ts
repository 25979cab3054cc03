import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TenantModel } from '../model/entities';
import { stableGuid } from '../model/hash-ids';
import { shareIdFor, sharingLinkWebUrl } from '../model/sharing-links';
import type { SandboxRole, StoredPermission } from '../model/stored-permission';
import { writeFileAtomic } from './atomic-write';
import { KeyedMutex } from './keyed-mutex';

interface StateFile {
  version: 1;
  tenantHash: string;
  /** "driveId|itemId" -> direct permissions of the item */
  permissions: Record<string, StoredPermission[]>;
  /** "driveId|itemId" of items whose inheritance was broken without retaining inherited grants */
  brokenInheritance: string[];
}

/** The key of an item in the state maps. */
function itemKey(driveId: string, itemId: string): string {
  return `${driveId}|${itemId}`;
}

/**
 * The mutable part of the tenant (permissions), persisted in the state directory as one JSON file
 * per tenant content hash. Every change is on disk before the caller acknowledges it.
 */
export class StateStore {
  private permissions = new Map<string, StoredPermission[]>();
  private broken = new Set<string>();
  private readonly mutex = new KeyedMutex();
  private writeChain: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string | null,
    private readonly tenantHash: string,
  ) {}

  /** Opens the state for a tenant: the saved one if its hash matches, else the tenant's seed grants. */
  static async open(stateDir: string | null, tenantHash: string, model: TenantModel): Promise<StateStore> {
    const file = stateDir ? join(stateDir, `state-${tenantHash}.json`) : null;
    const store = new StateStore(file, tenantHash);
    if (stateDir) await mkdir(stateDir, { recursive: true });
    const saved = file ? await readState(file) : undefined;
    if (saved && saved.tenantHash === tenantHash) {
      store.permissions = new Map(Object.entries(saved.permissions));
      store.broken = new Set(saved.brokenInheritance);
    } else {
      store.seed(model);
    }
    return store;
  }

  /** Forgets all changes: deletes the state file and re-seeds from the tenant. */
  async reset(model: TenantModel): Promise<void> {
    await this.writeChain;
    if (this.file) await rm(this.file, { force: true });
    this.permissions.clear();
    this.broken.clear();
    this.seed(model);
  }

  private seed(model: TenantModel): void {
    for (const drive of model.drives) {
      for (const item of drive.items.values()) {
        if (item.seedPermissions.length === 0) continue;
        const list: StoredPermission[] = item.seedPermissions.map((p, i) => {
          const id = p.id ?? stableGuid('seed-permission', drive.id, item.id, String(i));
          const roles = p.roles.filter(
            (r): r is SandboxRole => r === 'read' || r === 'write' || r === 'owner',
          );
          const grantee = p.grantedTo
            ? {
                kind: model.groups.some((g) => g.id === p.grantedTo) ? ('group' as const) : ('user' as const),
                id: p.grantedTo,
              }
            : undefined;
          return {
            id,
            roles,
            ...(grantee ? { grantee } : {}),
            ...(p.invitationEmail ? { invitation: { email: p.invitationEmail, signInRequired: true } } : {}),
            ...(p.link
              ? {
                  link: {
                    type: p.link.type,
                    scope: p.link.scope,
                    webUrl: sharingLinkWebUrl(model, drive, item, id),
                    grantees: p.link.grantedTo ?? [],
                  },
                }
              : {}),
            ...(p.link || p.invitationEmail ? { shareId: shareIdFor(id) } : {}),
            ...(p.expirationDateTime ? { expirationDateTime: p.expirationDateTime } : {}),
          };
        });
        this.permissions.set(itemKey(drive.id, item.id), list);
      }
    }
  }

  /** The item's own (non-inherited) permissions. */
  direct(driveId: string, itemId: string): StoredPermission[] {
    return this.permissions.get(itemKey(driveId, itemId)) ?? [];
  }

  /** Every item's direct permissions as [driveId, itemId, permissions]. */
  all(): Array<[string, string, StoredPermission[]]> {
    return [...this.permissions].map(([key, list]) => {
      const [driveId, itemId] = key.split('|');
      return [driveId, itemId, list];
    });
  }

  /** Whether the item stopped inheriting its ancestors' permissions. */
  isInheritanceBroken(driveId: string, itemId: string): boolean {
    return this.broken.has(itemKey(driveId, itemId));
  }

  /**
   * Read-modify-write of one item's permissions under that item's lock; resolves after the new
   * state is durably on disk.
   */
  async update<T>(
    driveId: string,
    itemId: string,
    change: (current: StoredPermission[]) => {
      next: StoredPermission[];
      breakInheritance?: boolean;
      result: T;
    },
  ): Promise<T> {
    const key = itemKey(driveId, itemId);
    return this.mutex.run(key, async () => {
      const { next, breakInheritance, result } = change(this.direct(driveId, itemId).map(clonePermission));
      if (next.length > 0) this.permissions.set(key, next);
      else this.permissions.delete(key);
      if (breakInheritance) this.broken.add(key);
      await this.persist();
      return result;
    });
  }

  private persist(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    const write = async () => {
      const state: StateFile = {
        version: 1,
        tenantHash: this.tenantHash,
        permissions: Object.fromEntries(this.permissions),
        brokenInheritance: [...this.broken],
      };
      await writeFileAtomic(file, JSON.stringify(state));
    };
    const next = this.writeChain.then(write, write);
    this.writeChain = next.catch(() => undefined);
    return next;
  }
}

function clonePermission(p: StoredPermission): StoredPermission {
  return JSON.parse(JSON.stringify(p)) as StoredPermission;
}

async function readState(file: string): Promise<StateFile | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as StateFile;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`Sandbox state file ${file} is unreadable: ${(err as Error).message}`);
  }
}
