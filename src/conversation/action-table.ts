import { type Verb, Verbs } from '../cards/models';
import type { UnchangedNote } from '../wording/unchanged';
import type { ActionHandler } from './action-reply';
import { checkShare } from './flows/check-share';
import { cancelShare, confirmShare } from './flows/confirm-share';
import { pickFile, pickPerson } from './flows/pick-choice';
import { askUndo, keepShare, undoShare } from './flows/undo-share';
import { grantedStatuses, openStatuses, type ShareStatus } from './share-states';

/** One row of the action table: the statuses a request must be in, what the click does, and what stays as it was if it cannot. */
export interface ActionRow {
  statuses: readonly ShareStatus[];
  handler: ActionHandler;
  /** Said when the click cannot act (no token, Graph refused): whether anything was shared. */
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
};
