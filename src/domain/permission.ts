/** One entry of an item's access list, as Sharebot shows and acts on it. */
export interface PermissionInfo {
  id: string;
  roles: string[];
  /** Who the permission is for, read from grantedToV2, then grantedTo, then invitation. */
  grantee?: { id?: string; displayName?: string; email?: string };
  link?: { type?: string; scope?: string; webUrl?: string };
  /** True when Graph reported `inheritedFrom` (personal drives only; see docs/graph-notes.md §2.1). */
  inherited: boolean;
  expirationDateTime?: string;
}
