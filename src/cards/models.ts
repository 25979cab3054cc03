import type { DriveItemInfo } from '../domain/item';
import type { PersonInfo } from '../domain/person';
import type { Role } from '../domain/role';

/** Card action verbs. Routing is by these constants, never by text. */
export const Verbs = {
  confirmShare: 'share.confirm',
  cancelShare: 'share.cancel',
  pickFile: 'share.pickFile',
  pickPerson: 'share.pickPerson',
  undo: 'share.undo',
  undoConfirm: 'share.undoConfirm',
  undoCancel: 'share.undoCancel',
  /** Reads the item's access again when an invite's outcome is not known. */
  checkShare: 'share.check',
  /** Invites the people a partly done share missed. */
  shareMissing: 'share.missing',
  /** Creates the sharing link a link confirmation card describes. */
  createLink: 'link.create',
  /** Cancels a link confirmation card (create or delete). */
  cancelLink: 'link.cancel',
  /** Deletes the one sharing link a delete confirmation card names. */
  deleteLink: 'link.delete',
  /** Remove on one line of the who-has-access card: asks for a confirmation of that one permission. */
  removeListed: 'access.removeListed',
  /** Make editor / Make viewer on one line of the who-has-access card: asks for a confirmation of that change. */
  changeListedRole: 'access.changeListedRole',
  /** Picks which of several people of one name loses access. */
  pickRemoval: 'access.pick',
  /** Removes exactly the permissions a removal confirmation card names. */
  removeAccess: 'access.remove',
  /** "Keep it" on a removal confirmation (or a pick): nothing is removed. */
  keepAccess: 'access.keep',
  /** Changes the role of the one permission a role-change card names. */
  changeRole: 'role.change',
  /** Cancels a role-change card. */
  cancelRoleChange: 'role.cancel',
  /** Share on a card for several items. */
  confirmGroup: 'group.confirm',
  /** Cancel on a card for several items. */
  cancelGroup: 'group.cancel',
  /** Undo on the result of several items: asks first. */
  undoGroup: 'group.undo',
  /** "Yes, remove" on that question: removes what the share created on every item. */
  undoGroupConfirm: 'group.undoConfirm',
  /** "Keep it" on that question: the result again. */
  undoGroupCancel: 'group.undoCancel',
  /** A card's automatic refresh (user-specific view): the requester gets the card with every detail. */
  refreshShare: 'share.refresh',
  /** Timed access: moves the end to the date and time on the reminder card. */
  extendAccess: 'access.extend',
  /** Timed access: removes it now (reminder's End now, Remove now when no token was had at the end). */
  endAccessNow: 'access.endNow',
  /** Timed access: the reminder is dismissed; the end stays as planned. */
  letAccessEnd: 'access.letEnd',
  /** Timed access whose role someone changed: remove it anyway. */
  removeChangedAccess: 'access.removeChanged',
  /** Timed access whose role someone changed: keep it, no end any more. */
  keepChangedAccess: 'access.keepChanged',
} as const;
export type Verb = (typeof Verbs)[keyof typeof Verbs];

/**
 * The only data a card action carries: an opaque request id, and for pick cards the index of the
 * choice. What will be shared lives in bot state, never in the card (a client could alter it).
 */
export interface ActionData {
  verb: Verb;
  requestId: string;
  /** For pick cards: "0".."4", or "none". */
  choice?: string;
}

/** Input ids on the link confirmation card; their values arrive with Create link. */
export const LinkInputs = {
  type: 'linkType',
  scope: 'linkScope',
} as const;

/** Input ids on the confirm card; their values arrive with the Share action. */
export const ConfirmInputs = {
  role: 'role',
  notify: 'notify',
  message: 'message',
  /** When access ends: a date (yyyy-MM-dd, empty: no end) and a time (HH:mm, empty: 23:59). */
  endDate: 'endDate',
  endTime: 'endTime',
} as const;

/** Input ids on the Undo question; their values arrive with "Yes, remove". */
export const UndoInputs = {
  /** Whose access goes: `all`, or one person's position in the share. */
  who: 'undoWho',
} as const;

/** The input id of recipient `index`'s own role choice, on a card where people get different roles. */
export function recipientRoleInput(index: number): string {
  return `${ConfirmInputs.role}.${index}`;
}

export interface RecipientView {
  displayName: string;
  email?: string;
  /** A guest user of the tenant. */
  guest: boolean;
  /** An address outside the tenant's domains. */
  external: boolean;
  /** A group: everyone in it gets access. */
  group: boolean;
  /** The role this recipient already has on the item, if any. */
  existingRole?: Role;
  /** The role this recipient is to get, set only when people get different roles: the card then offers a choice per person. */
  role?: Role;
}

export interface ExistingAccessView {
  displayName: string;
  role: string;
  /** "link" for sharing links, "direct" for people, "inherited" where Graph said so. */
  via: 'direct' | 'link' | 'inherited';
}

export interface ConfirmCardModel {
  requestId: string;
  item: DriveItemView;
  recipients: RecipientView[];
  role: Role;
  /** Notify by email (sendInvitation). */
  notify: boolean;
  message?: string;
  /** The sentence about when access ends (src/wording/timed-access.ts), or that it does not. */
  endLine: string;
  /** The end inputs' values in the requester's time zone; empty when no end was asked. */
  endInputs: { date?: string; time?: string };
  /** Who already has access (at most a handful shown). */
  existingAccess: ExistingAccessView[];
  /** Plain sentences to show above the buttons (e.g. "the expiry you asked for is not supported here"). */
  notes: string[];
  /**
   * In a group chat or channel: the requester's chat id, for whom the card refreshes to the view
   * with who already has access; everyone else sees the card without it.
   */
  privateTo?: string;
}

export interface FileChoiceView {
  item: DriveItemInfo;
}

/**
 * A drive item as the cards show it. The optional names let the card say where the file lives
 * ("Design Team library", "shared by Ana Lopez"); without them the card falls back to the drive type.
 */
export interface DriveItemView extends DriveItemInfo {
  /** The drive's (document library's) display name, e.g. "Design Team". */
  driveName?: string;
  /** Who shared the item, for items in another person's drive (a `remoteItem`). */
  sharedByName?: string;
}

/** The help card, optionally led by a sentence saying why it is shown (e.g. "I didn't get that."). */
export interface HelpCardModel {
  lead?: string;
}

export interface PickFileCardModel {
  requestId: string;
  /** What the person typed for the item. */
  query: string;
  /** At most 5. */
  choices: DriveItemView[];
}

export interface PickPersonCardModel {
  requestId: string;
  /** What the person typed for this recipient. */
  query: string;
  /** At most 5. */
  choices: PersonInfo[];
  /** The choices are close spellings of a name no one has: the card asks "did you mean …?". */
  suggested?: boolean;
  /** The verb the choices send (a share's pick by default; a removal's pick for "remove Ana from …"). */
  verb?: Verb;
  /** The words around the typed ones, when not the share's "Who did you mean by “…”?". */
  question?: { before: string; after: string };
}

export interface ResultLineView {
  displayName: string;
  email?: string;
  role: Role;
  /** The permission's link, or the item's webUrl when Graph gave none. */
  link: string;
  /** Whether the invitation email went out; 'unknown' when Graph's answer was lost. */
  emailSent: boolean | 'unknown';
  /** Graph's localizedMessage for a 207 entry: access granted, notification failed. */
  warning?: string;
  /** Not invited: they already had this access through the group of this name. */
  throughGroup?: string;
}

export interface ResultCardModel {
  requestId: string;
  item: DriveItemView;
  lines: ResultLineView[];
  /** Whether Undo is still offered (not after an undo). */
  canUndo: boolean;
  /** True when some people the request named did not get access: offers to invite them again. */
  canShareMissing?: boolean;
  /** Sentences shown under the heading (from src/wording), e.g. who is still missing. */
  notes?: string[];
}

/** A share whose outcome is not known yet: what it was about, and "Check again". */
export interface UnknownShareCardModel {
  requestId: string;
  itemName: string;
  title: string;
  text: string;
}

/** The second confirmation before Undo removes the permissions a share created. */
export interface UndoConfirmCardModel {
  requestId: string;
  /** The shared item's name. */
  itemName: string;
  /** Who would lose the access this share gave them. */
  recipientNames: string[];
  /** When several people got a permission of their own: each, to take away from one person only. */
  oneByOne?: { value: string; name: string }[];
}

/** One card for several items shared with the same people: each item, the people, one Share. */
export interface GroupConfirmCardModel {
  /** The first member's request id: what the card's buttons carry. */
  requestId: string;
  items: DriveItemView[];
  recipients: RecipientView[];
  /** One role for everyone; with a role per person, each recipient carries theirs. */
  role: Role;
  notify: boolean;
  message?: string;
  /** The end asked for, in words, when there is one. */
  endText?: string;
  /** In a group chat or channel: the requester's chat id (see ConfirmCardModel.privateTo). */
  privateTo?: string;
  /** A sentence shown above the buttons, e.g. why Share did not go ahead. */
  note?: string;
}

/** How several items ended: one line per item. */
export interface GroupResultCardModel {
  requestId: string;
  title: string;
  lines: { text: string; ok: boolean }[];
  /** Whether Undo is offered for the items that were shared. */
  canUndo: boolean;
}

/** A card that just says something (cancelled, expired, refused, error, sharing...). */
export interface NoticeCardModel {
  title: string;
  text: string;
  tone: 'info' | 'good' | 'warning' | 'attention';
}
