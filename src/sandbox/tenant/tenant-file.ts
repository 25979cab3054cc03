/**
 * The sandbox tenant file: the JSON shape a tenant is loaded from.
 * Documented in docs/sandbox.md. Optional fields are generated (ids, eTags, webUrls) and stay
 * stable across restarts because they are derived from the file's content, not from randomness.
 */

/** Tenant policy for sharing outside the verified domains. */
export type ExternalSharing = 'enabled' | 'existingGuestsOnly' | 'disabled';
/** The three kinds of drive Graph reports in `driveType`. */
export type TenantDriveType = 'business' | 'personal' | 'documentLibrary';
/** Directory user type: members of the tenant or B2B guests. */
export type UserType = 'Member' | 'Guest';

/** The tenant itself: identity, domains and external sharing policy. */
export interface TenantInfo {
  id: string;
  displayName: string;
  /** Verified domains. An address outside these is external. */
  domains: string[];
  externalSharing: ExternalSharing;
}

/** A directory user. */
export interface TenantUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail?: string | null;
  givenName?: string;
  surname?: string;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
  userType?: UserType;
  /** When true, invitation mail to (or from) this user fails: invite answers 207 for them. */
  mailboxUnavailable?: boolean;
  /** Whether the user may use OneDrive (default true): a licensed user the file gives no drive gets an empty one. */
  oneDriveLicense?: boolean;
}

/** A Microsoft 365 group; its members own the group's library. */
export interface TenantGroup {
  id: string;
  displayName: string;
  mail?: string | null;
  description?: string;
  /** Mail alias; defaults to the local part of `mail`. Also the SharePoint site name of its library. */
  mailNickname?: string;
  /** User ids. */
  members: string[];
  /**
   * Ids of groups nested in this one: their members belong to this group too, transitively (as
   * Entra counts them for transitiveMemberOf, checkMemberGroups and access granted to the group).
   */
  memberGroups?: string[];
}

/** A grant that exists when the tenant is loaded. */
export interface TenantPermission {
  id?: string;
  roles: string[];
  /** A user id (or group id) the permission is granted to. */
  grantedTo?: string;
  /** An email invitee that has not redeemed the invitation. */
  invitationEmail?: string;
  /** A sharing link instead of a direct grant. */
  link?: { type: 'view' | 'edit'; scope: 'anonymous' | 'organization' | 'users'; grantedTo?: string[] };
  expirationDateTime?: string;
}

/** A file or folder of a drive. */
export interface TenantItem {
  id?: string;
  name: string;
  /** Present (possibly empty) for folders; absent for files. */
  children?: TenantItem[];
  size?: number;
  mimeType?: string;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  /** User id. */
  lastModifiedBy?: string;
  /** User id. Defaults to the drive owner (or lastModifiedBy). */
  createdBy?: string;
  /** One of documents, photos, cameraroll, approot, music, desktop: marks a special folder. */
  specialFolder?: string;
  eTag?: string;
  webUrl?: string;
  permissions?: TenantPermission[];
}

/** A OneDrive (personal or business) or a SharePoint document library. */
export interface TenantDrive {
  id?: string;
  name: string;
  driveType: TenantDriveType;
  owner: { user: string } | { group: string };
  /** Premium personal accounts accept expirationDateTime on invite. */
  premium?: boolean;
  /** For SharePoint libraries: the site id used by /sites/{id}/drive. Generated when absent. */
  siteId?: string;
  /** For SharePoint libraries: the `/sites/<siteName>` URL segment. Defaults to the owning group's mailNickname. */
  siteName?: string;
  webUrl?: string;
  items: TenantItem[];
}

/** The whole tenant file. */
export interface TenantFile {
  tenant: TenantInfo;
  users: TenantUser[];
  groups?: TenantGroup[];
  drives: TenantDrive[];
  /** user id -> ["<drive id or unique drive name>:/path/to/item"] */
  following?: Record<string, string[]>;
}
