import { SandboxAdminClient } from './sandbox-admin-client';

/** A permission on a drive item, as the sandbox (like Graph) lists it. */
export interface SandboxPermission {
  id: string;
  roles: string[];
  grantedToV2?: { user?: { id?: string; displayName?: string; email?: string }; group?: { id?: string } };
  grantedTo?: { user?: { id?: string; displayName?: string; email?: string } };
  invitation?: { email?: string };
  link?: { webUrl?: string };
}

/** A drive item found by path: its id, its drive and its address. */
export interface SandboxItem {
  id: string;
  driveId: string;
  webUrl: string;
}

/** Reads the Graph sandbox the way a signed-in user would, to check what a share really did. */
export class SandboxUserView {
  private readonly admin: SandboxAdminClient;

  /** `origin` is the sandbox's address, e.g. http://127.0.0.1:5001. */
  constructor(private readonly origin: string) {
    this.admin = new SandboxAdminClient(origin);
  }

  /** Finds an item by path in a drive (default: the user's own), as that user. */
  async itemByPath(userId: string, drivePath: string, driveId?: string): Promise<SandboxItem> {
    const encoded = drivePath.split('/').map(encodeURIComponent).join('/');
    const drive = driveId ? `drives/${driveId}` : 'me/drive';
    const item = await this.getJson<{ id: string; webUrl: string; parentReference: { driveId: string } }>(
      userId,
      `/v1.0/${drive}/root:${encoded}`,
    );
    return { id: item.id, driveId: item.parentReference.driveId, webUrl: item.webUrl };
  }

  /** An item's permissions, read as a given user (the owner sees all). */
  async permissionsAs(userId: string, driveId: string, itemId: string): Promise<SandboxPermission[]> {
    const list = await this.getJson<{ value: SandboxPermission[] }>(
      userId,
      `/v1.0/drives/${driveId}/items/${itemId}/permissions`,
    );
    return list.value;
  }

  /** The roles the user with directory id `granteeId` holds on a file in `ownerId`'s OneDrive (empty when none). */
  async rolesOf(ownerId: string, drivePath: string, granteeId: string): Promise<string[]> {
    const item = await this.itemByPath(ownerId, drivePath);
    const permissions = await this.permissionsAs(ownerId, item.driveId, item.id);
    return permissions
      .filter(
        (permission) => (permission.grantedToV2?.user?.id ?? permission.grantedTo?.user?.id) === granteeId,
      )
      .flatMap((permission) => permission.roles);
  }

  /** Sends a Graph call as a user (e.g. an invite or createLink to set up a test's access) and returns its JSON. */
  async sendAs(
    userId: string,
    method: 'POST' | 'PATCH',
    pathAndQuery: string,
    body: unknown,
  ): Promise<unknown> {
    const token = await this.admin.token(userId);
    const response = await fetch(`${this.origin}${pathAndQuery}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${pathAndQuery}: ${response.status} ${await response.text()}`);
    return await response.json();
  }

  private async getJson<T>(userId: string, pathAndQuery: string): Promise<T> {
    const token = await this.admin.token(userId);
    const response = await fetch(`${this.origin}${pathAndQuery}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`GET ${pathAndQuery}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}
