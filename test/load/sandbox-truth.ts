import type { SandboxAdminClient } from '../support/sandbox-admin-client';
import type { SandboxPermission } from '../support/sandbox-user-view';
import { hasGrant } from '../support/share-scenario';
import type { Participant } from '../support/teams-people';
import type { LoadItem } from './load-cast';

/** Where an item lives in the sandbox. */
interface ItemAddress {
  driveId: string;
  itemId: string;
}

/**
 * What the sandbox really holds, read as each item's owner straight from the sandbox (not through
 * the proxy, and with a path the load run's fault rules leave alone), so the load conversations
 * can hold every card's claim against the permissions at that moment. Owners' tokens are fetched
 * once and item ids looked up once, before the run.
 */
export class SandboxTruth {
  private readonly tokens = new Map<string, string>();
  private readonly items = new Map<string, ItemAddress>();
  /** Reads of the permissions made so far. */
  reads = 0;

  constructor(
    private readonly origin: string,
    private readonly admin: SandboxAdminClient,
  ) {}

  /** A fault rule's pathRegex that leaves out the truth reads: a permissions list without a query. */
  static readonly unfaultedPath = '^(?!.*/permissions$)';

  /** Looks every item up by path as its owner (before faults are switched on). */
  async prepare(items: LoadItem[]): Promise<void> {
    for (const item of items) {
      const key = keyOf(item);
      if (this.items.has(key)) continue;
      const encoded = item.path.split('/').map(encodeURIComponent).join('/');
      const found = await this.get<{ id: string; parentReference: { driveId: string } }>(
        item.ownerId,
        `/v1.0/me/drive/root:${encoded}`,
      );
      this.items.set(key, { driveId: found.parentReference.driveId, itemId: found.id });
    }
  }

  /** The item's permissions now, as its owner sees them. */
  async permissions(item: LoadItem): Promise<SandboxPermission[]> {
    const address = this.items.get(keyOf(item));
    if (!address) throw new Error(`not prepared: ${item.path}`);
    this.reads += 1;
    const list = await this.get<{ value: SandboxPermission[] }>(
      item.ownerId,
      `/v1.0/drives/${address.driveId}/items/${address.itemId}/permissions`,
    );
    return list.value;
  }

  /** Whether `person` holds at least `role` on the item now, directly. */
  static holds(
    permissions: SandboxPermission[],
    person: Participant,
    role: 'read' | 'write' = 'read',
  ): boolean {
    return hasGrant(permissions, person, role);
  }

  /** Direct grants that repeat: two permissions on one item for the same person. */
  static duplicateGrants(permissions: SandboxPermission[]): string[] {
    const seen = new Map<string, number>();
    for (const permission of permissions) {
      if (permission.link) continue;
      const user = permission.grantedToV2?.user?.id ?? permission.grantedTo?.user?.id;
      if (!user) continue;
      seen.set(user, (seen.get(user) ?? 0) + 1);
    }
    return [...seen].filter(([, count]) => count > 1).map(([user]) => user);
  }

  private async get<T>(ownerId: string, pathAndQuery: string): Promise<T> {
    let token = this.tokens.get(ownerId);
    if (!token) {
      token = await this.admin.token(ownerId);
      this.tokens.set(ownerId, token);
    }
    const response = await fetch(`${this.origin}${pathAndQuery}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`GET ${pathAndQuery}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}

function keyOf(item: LoadItem): string {
  return `${item.ownerId}:${item.path}`;
}
