import type { TenantDriveType, TenantInfo, TenantPermission, UserType } from '../tenant/tenant-file';

/** A directory user with every defaultable field filled in. */
export interface UserEntity {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  userPrincipalName: string;
  mail: string | null;
  mailNickname: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  userType: UserType;
  mailboxUnavailable: boolean;
  oneDriveLicense: boolean;
}

/** A Microsoft 365 group. */
export interface GroupEntity {
  id: string;
  displayName: string;
  description: string | null;
  mail: string | null;
  mailNickname: string;
  /** Every user in the group, also through nested groups: who its grants and its library reach. */
  members: Set<string>;
  /** The users listed in the group itself (what `memberOf` counts). */
  directMembers: Set<string>;
}

/** Who owns a drive: a user, or a group whose members all count as owners. */
export type DriveOwner = { kind: 'user'; id: string } | { kind: 'group'; id: string };

/** A file or folder, with generated ids, eTags and webUrls already filled in. */
export interface ItemEntity {
  id: string;
  driveId: string;
  parentId: string | null;
  name: string;
  /** Decoded path from the drive root: "" for the root, "/Reports/report.xlsx" otherwise. */
  path: string;
  isFolder: boolean;
  children: ItemEntity[];
  size: number;
  mimeType: string | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdBy: string | null;
  lastModifiedBy: string | null;
  specialFolder: string | null;
  eTag: string;
  cTag: string;
  webUrl: string;
  seedPermissions: TenantPermission[];
}

/** A drive with its item tree and indexes. */
export interface DriveEntity {
  id: string;
  name: string;
  driveType: TenantDriveType;
  owner: DriveOwner;
  premium: boolean;
  siteId: string | null;
  siteName: string | null;
  webUrl: string;
  createdDateTime: string;
  root: ItemEntity;
  items: Map<string, ItemEntity>;
}

/** The whole loaded tenant: read-only; changes live in the state store. */
export interface TenantModel {
  tenant: TenantInfo;
  users: UserEntity[];
  groups: GroupEntity[];
  drives: DriveEntity[];
  /** user id -> the empty OneDrive of a licensed user the tenant file gives none (Graph provisions it on first use; the sandbox builds it with the model, same ids) */
  provisionedDrives: Map<string, DriveEntity>;
  /** user id -> followed items */
  following: Map<string, Array<{ driveId: string; itemId: string }>>;
}
