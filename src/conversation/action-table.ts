import { type Verb, Verbs } from '../cards/models';
import type { ActionHandler } from './action-reply';
import { checkShare } from './flows/check-share';
import { cancelShare, confirmShare } from './flows/confirm-share';
import { pickFile, pickPerson } from './flows/pick-choice';
import { askUndo, keepShare, undoShare } from './flows/undo-share';
import { grantedStatuses, openStatuses, type ShareStatus } from './share-states';

/** One row of the action table: the statuses a request must be in, and what the click does. */
export interface ActionRow {
  statuses: readonly ShareStatus[];
  handler: ActionHandler;
}

/** Every card verb, its allowed request statuses and its handler (docs/teams-notes.md §T6: route by key, not by substring). */
export const actionTable: Record<Verb, ActionRow> = {
  [Verbs.confirmShare]: { statuses: ['confirming'], handler: confirmShare },
  [Verbs.cancelShare]: { statuses: openStatuses, handler: cancelShare },
  [Verbs.pickFile]: { statuses: ['pickingFile'], handler: pickFile },
  [Verbs.pickPerson]: { statuses: ['pickingPerson'], handler: pickPerson },
  [Verbs.shareMissing]: { statuses: ['partlyShared'], handler: confirmShare },
  [Verbs.checkShare]: { statuses: ['unknown'], handler: checkShare },
  [Verbs.undo]: { statuses: grantedStatuses, handler: askUndo },
  [Verbs.undoConfirm]: { statuses: grantedStatuses, handler: undoShare },
  [Verbs.undoCancel]: { statuses: grantedStatuses, handler: keepShare },
};
