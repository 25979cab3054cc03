// The JSON the tab's API answers with: shared by the server side and the page (type-only there).
import type { Role } from './role';

/** Where one person's access from a share stands now, read from Graph. */
export type TabAccessState =
  /** The permission this share created is there with the role shared. */
  | 'active'
  /** It is there, but with another role than the one shared (someone changed it). */
  | 'changed'
  /** It is gone (removed here, in chat, or in OneDrive). */
  | 'removed'
  /** They had this access before the share (Graph merged it): the tab leaves it alone. */
  | 'hadBefore'
  /** The item is gone or no longer reachable. */
  | 'itemGone'
  /** Graph could not be read just now. */
  | 'unknown';

/** One person a share reached. */
export interface TabRecipientRow {
  /** Their position in the share, which the remove call names. */
  index: number;
  name: string;
  email?: string;
  role: Role;
  state: TabAccessState;
  /** Whether Remove may be offered: the share created the permission and it is still there. */
  removable: boolean;
}

/** One share in the list. */
export interface TabShareRow {
  requestId: string;
  /** ISO 8601. */
  sharedAt: string;
  itemName: string;
  itemUrl: string;
  itemKind: 'file' | 'folder';
  /** ISO 8601, when the share has an end that is still to come (Sharebot's, or Graph's on personal drives). */
  endsAt?: string;
  /** Whether Extend may be offered: Sharebot ends this share and the end is still scheduled. */
  extendable: boolean;
  recipients: TabRecipientRow[];
}

/** `GET /tab/api/shares`. */
export interface TabSharesAnswer {
  user: { name: string };
  /** Sandbox mode in a plain browser: the page says it runs outside Teams, as LOCAL_USER. */
  outsideTeams: boolean;
  shares: TabShareRow[];
}

/** `POST /tab/api/shares/{requestId}/extend` with `{ "endsAt": ISO 8601 }`: what happened, in one sentence. */
export interface TabExtendAnswer {
  result: 'extended' | 'notExtended' | 'notYours';
  message: string;
  share?: TabShareRow;
}

/** `POST /tab/api/shares/{requestId}/recipients/{index}/remove`: what happened, in one sentence. */
export interface TabRemoveAnswer {
  /** `removed` and `alreadyGone` both mean the access is gone now. */
  result: 'removed' | 'alreadyGone' | 'notRemoved' | 'notYours';
  message: string;
  /** The share as it stands after the call, when it is still listed. */
  share?: TabShareRow;
}
