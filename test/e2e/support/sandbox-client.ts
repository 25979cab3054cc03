/** A permission on a drive item, as the sandbox (like Graph) lists it. */
export interface ItemPermission {
  id: string;
  roles: string[];
  grantedToV2?: { user?: { id?: string; displayName?: string; email?: string } };
  grantedTo?: { user?: { id?: string; displayName?: string; email?: string } };
}

/** Reads the Graph sandbox the way a signed-in user would, to check what a click really did. */
export class SandboxClient {
  /** `origin` is the sandbox's address, e.g. http://127.0.0.1:5001. */
  constructor(private readonly origin: string) {}

  /** The permissions of a file in `userId`'s own OneDrive, read as that user (owners see all). */
  async permissionsOf(userId: string, drivePath: string): Promise<ItemPermission[]> {
    const headers = { authorization: `Bearer ${await this.tokenFor(userId)}` };
    const encoded = drivePath.split('/').map(encodeURIComponent).join('/');
    const item = await this.getJson<{ id: string; parentReference: { driveId: string } }>(
      `/v1.0/me/drive/root:${encoded}`,
      headers,
    );
    const list = await this.getJson<{ value: ItemPermission[] }>(
      `/v1.0/drives/${item.parentReference.driveId}/items/${item.id}/permissions`,
      headers,
    );
    return list.value;
  }

  /** The roles the user with this directory id holds on the file (empty when none). */
  async rolesOf(ownerId: string, drivePath: string, granteeId: string): Promise<string[]> {
    const permissions = await this.permissionsOf(ownerId, drivePath);
    return permissions
      .filter(
        (permission) => (permission.grantedToV2?.user?.id ?? permission.grantedTo?.user?.id) === granteeId,
      )
      .flatMap((permission) => permission.roles);
  }

  private async tokenFor(userId: string): Promise<string> {
    const response = await fetch(`${this.origin}/_sandbox/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: userId }),
    });
    if (!response.ok)
      throw new Error(`sandbox token for ${userId}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { access_token: string }).access_token;
  }

  private async getJson<T>(pathAndQuery: string, headers: Record<string, string>): Promise<T> {
    const response = await fetch(`${this.origin}${pathAndQuery}`, { headers });
    if (!response.ok) throw new Error(`GET ${pathAndQuery}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}
