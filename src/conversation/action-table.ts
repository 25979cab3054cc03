import { type Verb, Verbs } from '../cards/models';
import type { UnchangedNote } from '../wording/unchanged';
import type { AccessActionHandler } from './access/access-action-handler';
import type { AccessStatus } from './access/access-request';
import type { RoleChangeActionHandler } from './access/role-change-action-handler';
import type { RoleChangeStatus } from './access/role-change-request';
import type { ActionHandler, ActionReply } from './action-reply';
import { cancelRoleChangeClick, changeRoleClick } from './flows/change-role';
import { checkShare } from './flows/check-share';
import { askUndoGroup, cancelGroup, confirmGroup, keepGroup, undoGroup } from './flows/confirm-group';
import { cancelShare, confirmShare } from './flows/confirm-share';
import { cancelLinkClick, createLinkClick } from './flows/create-link';
import { deleteLinkClick } from './flows/delete-link';
import { pickFile, pickPerson } from './flows/pick-choice';
import { keepAccessClick, pickRemovalClick, removeAccessClick } from './flows/remove-access';
import {
  endAccessNow,
  extendAccess,
  keepChangedAccess,
  letAccessEnd,
  removeChangedAccess,
} from './flows/timed-access-clicks';
import { askUndo, keepShare, undoShare } from './flows/undo-share';
import { changeListedRoleClick, removeListedClick } from './flows/who-has-access';
import type { LinkActionHandler } from './links/link-action-handler';
import type { LinkStatus } from './links/link-request';
import type { ChatTurn } from './ports/chat-turn';
import type { FlowDeps } from './ports/flow-deps';
import { refreshView } from './request-guard';
import { allStatuses, grantedStatuses, openStatuses, type ShareStatus } from './share-states';

/** One row of the action table: the statuses a request must be in, what the click does, and what stays as it was if it cannot. */
export type ActionRow = ShareActionRow | LinkActionRow | AccessActionRow | RoleChangeActionRow | ViewRow;

/** A row that only shows a share request's card to whoever asks (a user-specific view's refresh). */
export interface ViewRow {
  records: 'view';
  handler: (turn: ChatTurn, requestId: string, deps: FlowDeps) => Promise<ActionReply>;
  unchanged: UnchangedNote;
}

/** A row acting on a share request (the ledger's records). */
export interface ShareActionRow {
  records?: 'shares';
  statuses: readonly ShareStatus[];
  handler: ActionHandler;
  /** Said when the click cannot act (no token, Graph refused): whether anything was shared. */
  unchanged: UnchangedNote;
}

/** A row acting on a sharing-link request: the router guards it against the link records. */
export interface LinkActionRow {
  records: 'links';
  statuses: readonly LinkStatus[];
  handler: LinkActionHandler;
  unchanged: UnchangedNote;
}

/** A row acting on an access request (who has access, remove, stop sharing): guarded against those records. */
export interface AccessActionRow {
  records: 'access';
  statuses: readonly AccessStatus[];
  handler: AccessActionHandler;
  unchanged: UnchangedNote;
}

/** A row acting on a role change: the router guards it against the role-change records. */
export interface RoleChangeActionRow {
  records: 'roleChanges';
  statuses: readonly RoleChangeStatus[];
  handler: RoleChangeActionHandler;
  unchanged: UnchangedNote;
}

/** Every card verb, its allowed request statuses and its handler (docs/teams-notes.md §T6: route by key, not by substring). */
export const actionTable: Record<Verb, ActionRow> = {
  [Verbs.confirmShare]: { statuses: ['confirming'], handler: confirmShare, unchanged: 'nothingShared' },
  [Verbs.cancelShare]: { statuses: openStatuses, handler: cancelShare, unchanged: 'nothingShared' },
  [Verbs.pickFile]: { statuses: ['pickingFile'], handler: pickFile, unchanged: 'nothingShared' },
  [Verbs.pickPerson]: { statuses: ['pickingPerson'], handler: pickPerson, unchanged: 'nothingShared' },
  [Verbs.shareMissing]: { statuses: ['partlyShared'], handler: confirmShare, unchanged: 'nobodyElseInvited' },
  [Verbs.checkShare]: { statuses: ['unknown'], handler: checkShare, unchanged: 'notCheckedYet' },
  [Verbs.undo]: { statuses: grantedStatuses, handler: askUndo, unchanged: 'accessKept' },
  [Verbs.undoConfirm]: { statuses: grantedStatuses, handler: undoShare, unchanged: 'accessKept' },
  [Verbs.undoCancel]: { statuses: grantedStatuses, handler: keepShare, unchanged: 'accessKept' },
  // Several items on one card: the rows guard the first member; each handler looks at every member.
  [Verbs.confirmGroup]: { statuses: allStatuses, handler: confirmGroup, unchanged: 'nothingShared' },
  [Verbs.cancelGroup]: { statuses: allStatuses, handler: cancelGroup, unchanged: 'nothingShared' },
  [Verbs.undoGroup]: { statuses: allStatuses, handler: askUndoGroup, unchanged: 'accessKept' },
  [Verbs.undoGroupConfirm]: { statuses: allStatuses, handler: undoGroup, unchanged: 'accessKept' },
  [Verbs.undoGroupCancel]: { statuses: allStatuses, handler: keepGroup, unchanged: 'accessKept' },
  [Verbs.refreshShare]: { records: 'view', handler: refreshView, unchanged: 'nothingShared' },
  // Timed access: the reminder, and the questions Sharebot asks instead of ending it; each handler
  // also checks where the end stands (flows/timed-access-clicks.ts).
  [Verbs.extendAccess]: { statuses: grantedStatuses, handler: extendAccess, unchanged: 'accessKept' },
  [Verbs.endAccessNow]: { statuses: grantedStatuses, handler: endAccessNow, unchanged: 'accessKept' },
  [Verbs.letAccessEnd]: { statuses: grantedStatuses, handler: letAccessEnd, unchanged: 'accessKept' },
  [Verbs.removeChangedAccess]: {
    statuses: grantedStatuses,
    handler: removeChangedAccess,
    unchanged: 'accessKept',
  },
  [Verbs.keepChangedAccess]: {
    statuses: grantedStatuses,
    handler: keepChangedAccess,
    unchanged: 'accessKept',
  },
  [Verbs.createLink]: {
    records: 'links',
    statuses: ['confirming'],
    handler: createLinkClick,
    unchanged: 'nothingShared',
  },
  [Verbs.cancelLink]: {
    records: 'links',
    statuses: ['confirming'],
    handler: cancelLinkClick,
    unchanged: 'nothingShared',
  },
  [Verbs.deleteLink]: {
    records: 'links',
    statuses: ['confirming'],
    handler: deleteLinkClick,
    unchanged: 'accessKept',
  },
  [Verbs.changeListedRole]: {
    records: 'access',
    statuses: ['listing'],
    handler: changeListedRoleClick,
    unchanged: 'roleKept',
  },
  [Verbs.removeListed]: {
    records: 'access',
    statuses: ['listing'],
    handler: removeListedClick,
    unchanged: 'accessKept',
  },
  [Verbs.pickRemoval]: {
    records: 'access',
    statuses: ['pickingPerson'],
    handler: pickRemovalClick,
    unchanged: 'accessKept',
  },
  [Verbs.removeAccess]: {
    records: 'access',
    statuses: ['confirming'],
    handler: removeAccessClick,
    unchanged: 'accessKept',
  },
  [Verbs.keepAccess]: {
    records: 'access',
    statuses: ['confirming', 'pickingPerson'],
    handler: keepAccessClick,
    unchanged: 'accessKept',
  },
  [Verbs.changeRole]: {
    records: 'roleChanges',
    statuses: ['confirming'],
    handler: changeRoleClick,
    unchanged: 'roleKept',
  },
  [Verbs.cancelRoleChange]: {
    records: 'roleChanges',
    statuses: ['confirming'],
    handler: cancelRoleChangeClick,
    unchanged: 'roleKept',
  },
};
