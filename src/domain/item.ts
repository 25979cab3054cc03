/** The kind of drive an item lives in, as Graph's `parentReference.driveType` names it. */
export type DriveType = 'personal' | 'business' | 'documentLibrary';

/** How an item is addressed for follow-up calls: by drive and id, or through a sharing URL. */
export type ItemAddress = { driveId: string; itemId: string } | { shareId: string };

/** A file or folder as Sharebot shows and acts on it, never raw Graph JSON. */
export interface DriveItemInfo {
  driveId: string;
  id: string;
  name: string;
  webUrl: string;
  kind: 'file' | 'folder';
  size?: number;
  lastModifiedDateTime?: string;
  lastModifiedByName?: string;
  /** Human breadcrumb of the parent folder, e.g. "/Reports/2026"; undefined when Graph did not say. */
  folderPath?: string;
  parentId?: string;
  driveType?: DriveType;
  /** Set when the item was reached through a pasted sharing URL: invite goes through /shares. */
  shareId?: string;
  /** True when the item lives in another person's drive (a `remoteItem` hit). */
  remote?: boolean;
  /** True for a drive's root folder. */
  isRoot?: boolean;
  /** Set for special folders (documents, photos, ...). */
  specialFolder?: string;
}
