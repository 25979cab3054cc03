/** The role names a stored permission can carry. */
export type SandboxRole = 'read' | 'write' | 'owner';

/** A sharing link on a permission. */
export interface StoredLink {
  type: 'view' | 'edit' | 'embed';
  scope: 'anonymous' | 'organization' | 'users';
  webUrl: string;
  /** User ids a `users`-scoped link was given to. */
  grantees: string[];
}

/** A permission as the sandbox stores it; rendered into Graph JSON on the way out. */
export interface StoredPermission {
  id: string;
  roles: SandboxRole[];
  /** A directory user or group the permission is granted to. */
  grantee?: { kind: 'user' | 'group'; id: string };
  /** Present when the permission came from an invite by email. */
  invitation?: { email: string; signInRequired: boolean; invitedBy?: string };
  link?: StoredLink;
  /** Personal-drive invites also mail a sharing link; its URL (docs/graph-notes.md §1.6, §2.3). */
  invitationLinkUrl?: string;
  shareId?: string;
  expirationDateTime?: string;
  hasPassword?: boolean;
}
